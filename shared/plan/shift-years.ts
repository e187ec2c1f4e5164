import type { Plan } from '../model/plan';
import { shiftPartialDate } from '../format/partial-date';

/**
 * Moves every year in a plan by `delta`: the period, budget years (programme management, each
 * focus area's own line and each measure), indicator years and the measures' start and end (each keeping its precision: a year stays a year).
 */
export function shiftPlanYears(plan: Plan, delta: number): Plan {
  if (delta === 0) return plan;
  const year = <T extends { year: number }>(item: T): T => ({ ...item, year: item.year + delta });
  const point = <T extends { year: number } | null>(p: T): T => (p ? year(p) : p);
  const financing = (f: Plan['budget']['programmeManagement']['financing']) =>
    f.mode === 'amount' ? { ...f, amounts: f.amounts.map(year) } : f;
  return {
    ...plan,
    info: {
      ...plan.info,
      periodStart: plan.info.periodStart + delta,
      periodEnd: plan.info.periodEnd + delta,
    },
    mainGoals: plan.mainGoals.map((main) => ({
      ...main,
      subGoals: main.subGoals.map((sub) => ({
        ...sub,
        resultGoals: sub.resultGoals.map((result) => ({
          ...result,
          indicator: result.indicator && {
            ...result.indicator,
            baseline: point(result.indicator.baseline),
            target: point(result.indicator.target),
          },
        })),
      })),
    })),
    focusAreas: plan.focusAreas.map((area) => ({
      ...area,
      budget: { costs: area.budget.costs.map(year), financing: financing(area.budget.financing) },
    })),
    measures: plan.measures.map((m) => ({
      ...m,
      startDate: m.startDate && shiftPartialDate(m.startDate, delta),
      endDate: m.endDate && shiftPartialDate(m.endDate, delta),
      budget: { costs: m.budget.costs.map(year), financing: financing(m.budget.financing) },
    })),
    budget: {
      ...plan.budget,
      frame: plan.budget.frame.map(year),
      programmeManagement: {
        costs: plan.budget.programmeManagement.costs.map(year),
        financing: financing(plan.budget.programmeManagement.financing),
      },
    },
  };
}
