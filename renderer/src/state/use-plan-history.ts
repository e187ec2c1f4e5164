import { useEffect, useState } from 'react';
import type { PlanHistoryView } from '#shared/model/plan-history';
import { getPlanApi } from '../api/get-plan-api';
import { useSessionSnapshot } from './plan-context';

export type HistoryState =
  | { phase: 'loading' }
  | { phase: 'ready'; history: PlanHistoryView }
  | { phase: 'failed'; message: string };

/**
 * The open plan's versions and change log as the main process keeps them. Fetched again after
 * every save, adoption and restore (`historyRevision` grows), so this session's own changes
 * appear in the log without reloading.
 */
export function usePlanHistory(): HistoryState {
  const { path, historyRevision } = useSessionSnapshot();
  const [state, setState] = useState<HistoryState>({ phase: 'loading' });
  useEffect(() => {
    let current = true;
    getPlanApi()
      .getPlanHistory({ path })
      .then(
        (reply) => {
          if (!current) return;
          setState(
            reply.ok
              ? { phase: 'ready', history: reply.history }
              : { phase: 'failed', message: reply.message },
          );
        },
        (error: unknown) => {
          if (!current) return;
          const message = error instanceof Error ? error.message : String(error);
          // A refetch that fails keeps what was shown; only a first fetch shows the problem.
          setState((shown) => (shown.phase === 'ready' ? shown : { phase: 'failed', message }));
        },
      );
    return () => {
      current = false;
    };
  }, [path, historyRevision]);
  return state;
}
