import { useEffect, useState } from 'react';
import type { Plan } from '#shared/model/plan';
import type { PlanHistoryView } from '#shared/model/plan-history';
import { comparePlans } from '#shared/plan/compare/compare-plans';
import { latestAdopted } from '#shared/plan/history/version-chain';
import { useSessionSnapshot } from './plan-context';
import { SETTLE_MS } from './use-quality-problems';
import { useVersionPlan } from './use-version-plan';

// One count per pair of plans, shared by the header and «Versjoner og endringer».
const counted = new WeakMap<Plan, WeakMap<Plan, number>>();

function countChanges(adopted: Plan, now: Plan): number {
  let byNow = counted.get(adopted);
  if (!byNow) counted.set(adopted, (byNow = new WeakMap()));
  let count = byNow.get(now);
  if (count === undefined) {
    const { total } = comparePlans(adopted, now);
    count = total.added + total.changed + total.removed + total.moved;
    byNow.set(now, count);
  }
  return count;
}

/**
 * How many things differ between the newest adopted version and the draft: null while that is
 * not known yet or the plan was never adopted. Counted when typing pauses, like the checks.
 */
export function useChangesSinceAdoption(history: PlanHistoryView | null): number | null {
  const { path, plan, historyRevision } = useSessionSnapshot();
  const latest = history ? latestAdopted(history.versions) : null;
  // A write (a save, adopting, restoring) or another adopted version counts the plan as it is
  // at once; only typing in between waits, so the header does not work on every keystroke.
  const moment = `${latest?.id ?? ''}|${historyRevision}`;
  const [settled, setSettled] = useState({ plan, moment });
  if (settled.moment !== moment) setSettled({ plan, moment });
  useEffect(() => {
    if (settled.plan === plan) return;
    const timer = setTimeout(() => setSettled({ plan, moment }), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [plan, moment, settled]);
  const adopted = useVersionPlan(path, latest?.id ?? null);
  return adopted?.phase === 'ready' ? countChanges(adopted.plan, settled.plan) : null;
}
