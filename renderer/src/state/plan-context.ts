import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Plan } from '#shared/model/plan';
import type { PlanChange, PlanSession, SessionSnapshot } from './plan-session';

export const PlanSessionContext = createContext<PlanSession | null>(null);

export function usePlanSession(): PlanSession {
  const session = useContext(PlanSessionContext);
  if (!session) throw new Error('usePlanSession brukes utenfor en åpen plan.');
  return session;
}

export function useSessionSnapshot(): SessionSnapshot {
  const session = usePlanSession();
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}

/** The open plan and the one way to change it. */
export function usePlan(): {
  plan: Plan;
  edit: (change: PlanChange, coalesceKey?: string, options?: { untimed?: boolean }) => void;
} {
  const session = usePlanSession();
  const { plan } = useSessionSnapshot();
  return { plan, edit: session.edit };
}

/** Whether a field holds typing that is not in the plan yet; only what shows this redraws. */
export function useDraftsPending(): boolean {
  const session = usePlanSession();
  return useSyncExternalStore(session.subscribeDrafts, session.hasDrafts);
}
