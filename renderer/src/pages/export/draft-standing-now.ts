import type { PlanApi } from '#shared/ipc/contract';
import type { Plan } from '#shared/model/plan';
import type { DraftStanding } from '#shared/model/plan-history';
import { draftStanding } from '#shared/plan/history/draft-standing';
import { shareUnchanged } from '#shared/plan/history/share-unchanged';
import { latestAdopted } from '#shared/plan/history/version-chain';

/**
 * Whether the plan being exported has moved from its newest adopted version, asked at the
 * moment of export (not from what a page fetched earlier), so a document never calls changed
 * content adopted. A history that cannot be read gives no standing rather than a failed export.
 */
export async function draftStandingNow(
  api: Pick<PlanApi, 'getPlanHistory' | 'getVersionPlan'>,
  path: string,
  plan: Plan,
): Promise<DraftStanding | null> {
  const reply = await api.getPlanHistory({ path });
  if (!reply.ok) return null;
  const latest = latestAdopted(reply.history.versions);
  if (!latest) return null;
  const adopted = await api.getVersionPlan({ path, versionId: latest.id });
  if (!adopted.ok) return null;
  // Sharing what is unchanged makes the comparison skip it (the version arrives parsed anew).
  const version = { version: latest, plan: shareUnchanged(plan, adopted.plan) };
  return draftStanding(plan, version, reply.history.draftNumber);
}
