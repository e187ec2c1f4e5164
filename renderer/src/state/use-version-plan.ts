import { useEffect, useState } from 'react';
import type { Plan } from '#shared/model/plan';
import { shareUnchanged } from '#shared/plan/history/share-unchanged';
import { getPlanApi } from '../api/get-plan-api';
import { usePlanSession } from './plan-context';

// A recorded version never changes, so its content is fetched once per file and kept.
const cache = new Map<string, Plan>();
const keyOf = (path: string, versionId: string) => `${path}\n${versionId}`;

export type VersionPlanState =
  { phase: 'loading' } | { phase: 'ready'; plan: Plan } | { phase: 'failed'; message: string };

/** One recorded version's content; `null` as id gives nothing to load (the caller uses «now»). */
export function useVersionPlan(path: string, versionId: string | null): VersionPlanState | null {
  const session = usePlanSession();
  const cached = versionId ? cache.get(keyOf(path, versionId)) : undefined;
  const [state, setState] = useState<{ key: string; state: VersionPlanState } | null>(null);
  const key = versionId ? keyOf(path, versionId) : '';
  useEffect(() => {
    if (!versionId || cache.has(key)) return;
    let current = true;
    getPlanApi()
      .getVersionPlan({ path, versionId })
      .then(
        (reply) => {
          // What the version has in common with the draft becomes the draft's own objects, so
          // comparing them later (after every pause in typing) skips it: a version arrives
          // parsed anew and would otherwise be read field by field, 500 measures each time.
          if (!reply.ok) {
            if (current) setState({ key, state: { phase: 'failed', message: reply.message } });
            return;
          }
          const plan = shareUnchanged(session.plan, reply.plan);
          cache.set(key, plan);
          if (current) setState({ key, state: { phase: 'ready', plan } });
        },
        (error: unknown) => {
          if (!current) return;
          const message = error instanceof Error ? error.message : String(error);
          setState({ key, state: { phase: 'failed', message } });
        },
      );
    return () => {
      current = false;
    };
  }, [path, versionId, key, session]);
  if (!versionId) return null;
  if (cached) return { phase: 'ready', plan: cached };
  return state?.key === key ? state.state : { phase: 'loading' };
}
