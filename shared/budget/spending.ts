import type { CostLine, SourceAmount } from '../model/budget';
import { financingInYear, type FinancingSettings } from './financing';

/** Budget against spending (regnskap) for one source, or a total. */
export interface MoneyFigure {
  budget: number;
  spent: number;
  /** Avvik: spent − budget. Positive means more was spent than budgeted. */
  deviation: number;
  /** The deviation as a percent of the budget, one decimal; null when nothing was budgeted. */
  deviationPercent: number | null;
}

export function moneyFigure(budget: number, spent: number): MoneyFigure {
  const deviation = spent - budget;
  return {
    budget,
    spent,
    deviation,
    deviationPercent: budget === 0 ? null : Math.round((deviation / budget) * 1000) / 10,
  };
}

export function addFigures(figures: readonly MoneyFigure[]): MoneyFigure {
  let budget = 0;
  let spent = 0;
  for (const f of figures) {
    budget += f.budget;
    spent += f.spent;
  }
  return moneyFigure(budget, spent);
}

/** What was spent in one year, per source id. */
export function spentInYear(spent: readonly SourceAmount[], year: number): Map<string, number> {
  const result = new Map<string, number>();
  for (const s of spent) {
    if (s.year === year) result.set(s.sourceId, (result.get(s.sourceId) ?? 0) + s.amount);
  }
  return result;
}

export function totalSpent(spent: readonly SourceAmount[], year?: number): number {
  return spent.reduce(
    (sum, s) => (year === undefined || s.year === year ? sum + s.amount : sum),
    0,
  );
}

/** One cost line's budget and spending per source in one year, in the order of the sources. */
export function lineMoneyInYear(
  line: CostLine,
  spent: readonly SourceAmount[],
  settings: FinancingSettings,
  year: number,
): { sourceId: string; figure: MoneyFigure }[] {
  const budget = financingInYear(line, settings, year);
  const used = spentInYear(spent, year);
  return settings.sources.map((s) => ({
    sourceId: s.id,
    figure: moneyFigure(budget.get(s.id) ?? 0, used.get(s.id) ?? 0),
  }));
}

/**
 * Sets the spending of one year and source: replaces what is there, removes it for null or 0,
 * so the list holds one amount per year and source.
 */
export function withSpent(
  spent: readonly SourceAmount[],
  year: number,
  sourceId: string,
  amount: number | null,
): SourceAmount[] {
  const others = spent.filter((s) => !(s.year === year && s.sourceId === sourceId));
  if (!amount) return others;
  return [...others, { year, sourceId, amount }].sort(
    (a, b) => a.year - b.year || a.sourceId.localeCompare(b.sourceId),
  );
}
