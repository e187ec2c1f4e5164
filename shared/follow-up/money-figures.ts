import type { Plan } from '../model/plan';
import { programmeYears } from '../budget/budget-tables';
import { countedMeasures } from '../budget/counted-measures';
import { costInYear } from '../budget/financing';
import {
  addFigures,
  lineMoneyInYear,
  moneyFigure,
  totalSpent,
  type MoneyFigure,
} from '../budget/spending';

/**
 * Budget (cost) against spending for the whole programme, one row per programme year.
 * `recorded` says whether any spending is entered for the year: a year without it has no
 * accounts yet, and its «−100 %» would be no deviation at all.
 */
export function moneyByYear(
  plan: Plan,
): { year: number; figure: MoneyFigure; recorded: boolean }[] {
  const recordedYears = new Set(
    [
      ...plan.budget.programmeManagementSpent,
      ...countedMeasures(plan.measures).flatMap((m) => m.spent),
    ].map((s) => s.year),
  );
  return programmeYears(plan).map((year) => {
    let budget = costInYear(plan.budget.programmeManagement, year);
    let spent = totalSpent(plan.budget.programmeManagementSpent, year);
    for (const m of countedMeasures(plan.measures)) {
      budget += costInYear(m.budget, year);
      spent += totalSpent(m.spent, year);
    }
    return { year, figure: moneyFigure(budget, spent), recorded: recordedYears.has(year) };
  });
}

/** One line (a measure or programme management) per source over several years. */
export function lineMoneyOverYears(
  plan: Plan,
  line: { budget: Plan['measures'][number]['budget']; spent: Plan['measures'][number]['spent'] },
  years: readonly number[],
): { sourceId: string; figure: MoneyFigure }[] {
  const perYear = years.map((year) => lineMoneyInYear(line.budget, line.spent, plan.budget, year));
  return plan.budget.sources.map((s) => ({
    sourceId: s.id,
    figure: addFigures(perYear.map((rows) => rows.find((r) => r.sourceId === s.id)!.figure)),
  }));
}

/** The programme management line in the shape lineMoneyOverYears takes. */
export const programmeManagementLine = (plan: Plan) => ({
  budget: plan.budget.programmeManagement,
  spent: plan.budget.programmeManagementSpent,
});
