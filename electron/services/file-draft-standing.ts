import type { Plan } from '#shared/model/plan';
import type { DraftStanding, PlanHistory } from '#shared/model/plan-history';
import { draftStanding } from '#shared/plan/history/draft-standing';
import {
  draftNumberAfter,
  latestAdopted,
  summaryOf,
  versionContent,
} from '#shared/plan/history/version-chain';
import { readPlanValue } from '#shared/plan/read-plan';
import { unpackHistory } from './history-codec';

/**
 * The draft's standing against its newest adopted version, from a plan file's history as read
 * (for the command-line export, which has no window to ask). A version that cannot be read
 * gives no standing: the document then says what «Om planen» says.
 */
export function fileDraftStanding(plan: Plan, history: PlanHistory): DraftStanding | null {
  let versions;
  try {
    versions = unpackHistory(history).versions;
  } catch {
    return null;
  }
  const latest = latestAdopted(versions);
  if (!latest) return null;
  const adopted = readPlanValue(versionContent(versions, latest.id));
  if (!adopted.ok) return null;
  return draftStanding(
    plan,
    { version: summaryOf(latest), plan: adopted.plan },
    draftNumberAfter(versions),
  );
}
