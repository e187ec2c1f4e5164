import type { CostLine, SourceAmount } from '../model/budget';
import type { Plan } from '../model/plan';
import { programmeYears } from '../budget/budget-tables';
import { areaCostLines, countedCostLines } from '../budget/counted-lines';
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
  const lines = countedCostLines(plan);
  const recordedYears = new Set(lines.flatMap((l) => l.spent).map((s) => s.year));
  return programmeYears(plan).map((year) => {
    let budget = 0;
    let spent = 0;
    for (const line of lines) {
      budget += costInYear(line.budget, year);
      spent += totalSpent(line.spent, year);
    }
    return { year, figure: moneyFigure(budget, spent), recorded: recordedYears.has(year) };
  });
}

/** One line (a measure, a focus area's own line or programme management) per source over years. */
export function lineMoneyOverYears(
  plan: Plan,
  line: { budget: CostLine; spent: readonly SourceAmount[] },
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

/**
 * One focus area's money per source over several years: its own line and its counted measures
 * (counted-lines.ts), so the final report's figures add up to the programme's.
 */
export function areaMoneyOverYears(
  plan: Plan,
  focusAreaId: string,
  years: readonly number[],
): { sourceId: string; figure: MoneyFigure }[] {
  const perLine = areaCostLines(plan, focusAreaId).map((line) =>
    lineMoneyOverYears(plan, line, years),
  );
  return plan.budget.sources.map((s, i) => ({
    sourceId: s.id,
    figure: addFigures(perLine.map((rows) => rows[i]!.figure)),
  }));
}
