import { programmeYears, yearlyBudgetByFocusArea } from '../budget/budget-tables';
import { countedCostLines } from '../budget/counted-lines';
import { splitOf, splitTotal } from '../budget/financing';
import { balanceInWords, lineFigures } from '../budget/line-figures';
import { formatKroner, formatPercent } from '../format/numbers';
import type { CostLine } from '../model/budget';
import type { Plan } from '../model/plan';
import { measureLabel } from '../plan/labels';
import { listInWords, yearsOutsidePeriod } from '../plan/budget-operations';
// Type-only: quality-checks.ts imports this module for its values.
import type { QualityProblem } from './quality-checks';
import { balanceField, CHECK_FIELDS, frameField } from './check-fields';

export type BudgetProblemKind =
  | 'budget-split-not-100'
  | 'budget-without-financing'
  | 'budget-unbalanced'
  | 'budget-over-frame'
  | 'budget-outside-period';

/** Settings on the budget page that problems point to (entityId), besides measure ids. */
export const BUDGET_TARGETS = {
  split: 'split',
  frame: 'frame',
  programmeManagement: 'programledelse',
} as const;

/** The entity id a problem with a focus area's own line points to (its block on Budsjett). */
export const areaLineTarget = (focusAreaId: string) => `satsningsomrade-${focusAreaId}`;

/**
 * Where the money does not add up, for Kvalitetssjekk. Each counted line (programme management,
 * each focus area's own line and every counted measure, see counted-lines.ts) is checked in the years of the programme period:
 * - a split that is not 100 % (the default split once; an own split per line);
 * - a cost with nothing to finance it (an empty split, or no amounts at all);
 * - with amounts per source, each year where financing differs from the cost (with a split,
 *   a difference can only come from the split, which is reported instead);
 * - a year whose total cost is over the stated frame;
 * - costs, amounts or frame in years outside the programme period, which no table shows.
 */
export function findBudgetProblems(plan: Plan): QualityProblem[] {
  const problems: QualityProblem[] = [];
  const years = programmeYears(plan);
  const period = `${plan.info.periodStart}–${plan.info.periodEnd}`;

  const defaultTotal = splitTotal(plan.budget.defaultSplit);
  if (defaultTotal !== 100) {
    problems.push({
      key: 'split:default',
      kind: 'budget-split-not-100',
      message: `Standardfordelingen er ${formatPercent(defaultTotal)} til sammen. Den må være 100 %.`,
      section: 'budsjett',
      entityId: BUDGET_TARGETS.split,
      field: CHECK_FIELDS.defaultSplit,
    });
  }

  const checkLine = (line: CostLine, id: string, label: string) => {
    const figures = lineFigures(line, plan.budget, years);
    const hasCost = figures.some((f) => f.cost > 0);
    const split = splitOf(line.financing, plan.budget);
    const financesNothing =
      line.financing.mode === 'amount'
        ? line.financing.amounts.every((a) => a.amount === 0)
        : splitTotal(split ?? []) === 0;
    if (hasCost && financesNothing) {
      problems.push({
        key: `financing:${id}`,
        kind: 'budget-without-financing',
        message: `${label} har kostnad, men ingen finansiering.`,
        section: 'budsjett',
        entityId: id,
        field: CHECK_FIELDS.financing,
      });
    } else if (line.financing.mode === 'percent') {
      const total = splitTotal(line.financing.split);
      if (total !== 100) {
        problems.push({
          key: `split:${id}`,
          kind: 'budget-split-not-100',
          message: `${label}: egen fordeling er ${formatPercent(total)} til sammen, ikke 100 %.`,
          section: 'budsjett',
          entityId: id,
          field: CHECK_FIELDS.split,
        });
      }
    } else if (line.financing.mode === 'amount') {
      for (const f of figures) {
        if (f.balance.state === 'balansert') continue;
        problems.push({
          key: `balance:${id}:${f.year}`,
          kind: 'budget-unbalanced',
          message: `${label}: ${lowerFirst(balanceInWords(f.balance, f.year))}`,
          section: 'budsjett',
          entityId: id,
          field: balanceField(f.year),
        });
      }
    }
    const outside = yearsOutsidePeriod(plan, line);
    if (outside.length > 0) {
      problems.push({
        key: `outside:${id}`,
        kind: 'budget-outside-period',
        message: `${label} har beløp i ${listInWords(outside.map(String))}, utenfor programperioden ${period}. De er ikke med i budsjettet.`,
        section: 'budsjett',
        entityId: id,
        field: CHECK_FIELDS.outside,
      });
    }
  };

  // A shared project led by another district is financed there and need not balance here, so
  // only the counted lines are checked.
  const measures = new Map(plan.measures.map((m) => [m.id, m]));
  for (const line of countedCostLines(plan)) {
    if (line.kind === 'programledelse')
      checkLine(line.budget, BUDGET_TARGETS.programmeManagement, line.label);
    else if (line.kind === 'satsningsomrade')
      checkLine(line.budget, areaLineTarget(line.id), line.label);
    else checkLine(line.budget, line.id, measureLabel(measures.get(line.id) ?? {}, plan.measures));
  }

  for (const year of years) {
    const frame = plan.budget.frame
      .filter((f) => f.year === year)
      .reduce((sum, f) => sum + f.amount, 0);
    if (frame === 0) continue;
    const cost = yearlyBudgetByFocusArea(plan, year).sum.cost;
    if (cost > frame) {
      problems.push({
        key: `frame:${year}`,
        kind: 'budget-over-frame',
        message: `Programmet koster ${formatKroner(cost)} i ${year}. Det er ${formatKroner(cost - frame)} mer enn rammen på ${formatKroner(frame)}.`,
        section: 'budsjett',
        entityId: BUDGET_TARGETS.frame,
        field: frameField(year),
      });
    }
  }
  const frameOutside = [
    ...new Set(
      plan.budget.frame
        .map((f) => f.year)
        .filter((y) => y < plan.info.periodStart || y > plan.info.periodEnd),
    ),
  ].sort((a, b) => a - b);
  if (frameOutside.length > 0) {
    problems.push({
      key: 'outside:frame',
      kind: 'budget-outside-period',
      message: `Rammen har beløp i ${listInWords(frameOutside.map(String))}, utenfor programperioden ${period}. De er ikke med i budsjettet.`,
      section: 'budsjett',
      entityId: BUDGET_TARGETS.frame,
      field: CHECK_FIELDS.outside,
    });
  }
  return problems;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
