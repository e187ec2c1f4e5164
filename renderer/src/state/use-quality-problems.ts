import { useEffect, useMemo, useState } from 'react';
import { runQualityChecks, type QualityProblem } from '#shared/checks/quality-checks';
import type { Plan } from '#shared/model/plan';
import { useSessionSnapshot } from './plan-context';

/** How long the plan must rest before the checks run again. */
export const SETTLE_MS = 300;

const checked = new WeakMap<Plan, QualityProblem[]>();

/** One run per plan version, shared by the navigation badge and the page. */
function problemsOf(plan: Plan): QualityProblem[] {
  let problems = checked.get(plan);
  if (!problems) {
    problems = runQualityChecks(plan);
    checked.set(plan, problems);
  }
  return problems;
}

/**
 * The plan's problems, kept up to date as it changes. The checks take several milliseconds on a
 * big plan (with the budget sums), so they run when typing pauses, not on every keystroke.
 */
export function useQualityProblems(): QualityProblem[] {
  const { plan } = useSessionSnapshot();
  const [settled, setSettled] = useState(plan);
  useEffect(() => {
    if (settled === plan) return;
    const timer = setTimeout(() => setSettled(plan), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [plan, settled]);
  return useMemo(() => problemsOf(settled), [settled]);
}
