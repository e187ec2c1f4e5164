import type { Plan } from '../model/plan';
import { countedCostLines } from '../budget/counted-lines';
import { isLedByOther } from '../budget/counted-measures';
import type { CostLine, SourceAmount } from '../model/budget';
import { addFigures, lineMoneyInYear, type MoneyFigure } from '../budget/spending';

/** Budget (the financing per source) against spending in one year, per line and in sums. */
export interface YearSpending {
  year: number;
  programmeManagement: MoneyFigure;
  areas: {
    focusAreaId: string;
    name: string;
    /** The area's own line («Felles for satsningsområdet»). */
    areaLine: MoneyFigure;
    /** counted false: a shared project another district leads and finances; not in the sums. */
    measures: { measureId: string; figure: MoneyFigure; counted: boolean }[];
    sum: MoneyFigure;
  }[];
  /** Every counted line (counted-lines.ts), also measures outside any focus area. */
  total: MoneyFigure;
}

const lineSum = (
  plan: Plan,
  line: { budget: CostLine; spent: readonly SourceAmount[] },
  year: number,
) => addFigures(lineMoneyInYear(line.budget, line.spent, plan.budget, year).map((r) => r.figure));

export function spendingInYear(plan: Plan, year: number): YearSpending {
  const programmeManagement = lineSum(
    plan,
    { budget: plan.budget.programmeManagement, spent: plan.budget.programmeManagementSpent },
    year,
  );
  const areas = plan.focusAreas.map((area) => {
    const measures = plan.measures
      .filter((m) => m.focusAreaId === area.id)
      .map((m) => ({ measureId: m.id, figure: lineSum(plan, m, year), counted: !isLedByOther(m) }));
    const areaLine = lineSum(plan, area, year);
    return {
      focusAreaId: area.id,
      name: `${area.code} ${area.title}`.trim() || 'Satsningsområde uten navn',
      areaLine,
      measures,
      sum: addFigures([areaLine, ...measures.filter((m) => m.counted).map((m) => m.figure)]),
    };
  });
  const total = addFigures(countedCostLines(plan).map((line) => lineSum(plan, line, year)));
  return { year, programmeManagement, areas, total };
}

/** Everything recorded as spent from one source, all years: what removing the source drops. */
export function spentFromSource(plan: Plan, sourceId: string): number {
  const sum = (list: readonly { sourceId: string; amount: number }[]) =>
    list.reduce((total, s) => (s.sourceId === sourceId ? total + s.amount : total), 0);
  return (
    sum(plan.budget.programmeManagementSpent) +
    plan.focusAreas.reduce((t, a) => t + sum(a.spent), 0) +
    plan.measures.reduce((t, m) => t + sum(m.spent), 0)
  );
}
