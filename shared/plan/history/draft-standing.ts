import type { Plan } from '../../model/plan';
import type { DraftStanding, VersionSummary } from '../../model/plan-history';
import { comparePlans } from '../compare/compare-plans';
import { versionInSentence } from './version-labels';

/**
 * Whether the draft has moved from the newest adopted version, for a document that must not
 * call changed content «Vedtatt»: null when nothing was adopted or nothing has changed since.
 */
export function draftStanding(
  draft: Plan,
  adopted: { version: VersionSummary; plan: Plan } | null,
  draftNumber: string | null,
): DraftStanding | null {
  if (!adopted || !draftNumber) return null;
  const { total } = comparePlans(adopted.plan, draft);
  const changes = total.added + total.changed + total.removed + total.moved;
  if (changes === 0) return null;
  return { number: draftNumber, adopted: versionInSentence(adopted.version), changes };
}
