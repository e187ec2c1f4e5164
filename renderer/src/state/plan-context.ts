import { createContext, useContext, useEffect, useId, useSyncExternalStore } from 'react';
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

/**
 * Marks this field as holding refused text while `refused` is true, so the header says that not
 * everything is saved. Outside an open plan (the start screen, a dialog's own form) it does nothing.
 */
export function useRefusedInput(refused: boolean): void {
  const session = useContext(PlanSessionContext);
  const key = useId();
  useEffect(() => {
    if (!session) return;
    session.refused.set(key, refused);
    return () => session.refused.set(key, false);
  }, [session, key, refused]);
}

/** How many fields hold refused text. */
export function useRefusedCount(): number {
  const session = usePlanSession();
  return useSyncExternalStore(session.refused.subscribe, session.refused.count);
}
