import type { Plan } from '../model/plan';
import { withSpent } from '../budget/spending';

// Spending (regnskap) per year and financing source, beside the budget. Pure; each returns the
// same plan object when nothing changes, so an unchanged field makes no undo step.

const sameAmount = (
  list: { year: number; sourceId: string; amount: number }[],
  year: number,
  sourceId: string,
  amount: number | null,
) => (list.find((s) => s.year === year && s.sourceId === sourceId)?.amount ?? 0) === (amount ?? 0);

export function setMeasureSpent(
  plan: Plan,
  measureId: string,
  year: number,
  sourceId: string,
  amount: number | null,
): Plan {
  const measure = plan.measures.find((m) => m.id === measureId);
  if (!measure || !plan.budget.sources.some((s) => s.id === sourceId)) return plan;
  if (sameAmount(measure.spent, year, sourceId, amount)) return plan;
  return {
    ...plan,
    measures: plan.measures.map((m) =>
      m.id === measureId ? { ...m, spent: withSpent(m.spent, year, sourceId, amount) } : m,
    ),
  };
}

export function setProgrammeManagementSpent(
  plan: Plan,
  year: number,
  sourceId: string,
  amount: number | null,
): Plan {
  const spent = plan.budget.programmeManagementSpent;
  if (!plan.budget.sources.some((s) => s.id === sourceId)) return plan;
  if (sameAmount(spent, year, sourceId, amount)) return plan;
  return {
    ...plan,
    budget: { ...plan.budget, programmeManagementSpent: withSpent(spent, year, sourceId, amount) },
  };
}

/** Spending of a focus area's own line («Felles for satsningsområdet»). */
export function setFocusAreaSpent(
  plan: Plan,
  focusAreaId: string,
  year: number,
  sourceId: string,
  amount: number | null,
): Plan {
  const area = plan.focusAreas.find((a) => a.id === focusAreaId);
  if (!area || !plan.budget.sources.some((s) => s.id === sourceId)) return plan;
  if (sameAmount(area.spent, year, sourceId, amount)) return plan;
  return {
    ...plan,
    focusAreas: plan.focusAreas.map((a) =>
      a.id === focusAreaId ? { ...a, spent: withSpent(a.spent, year, sourceId, amount) } : a,
    ),
  };
}
