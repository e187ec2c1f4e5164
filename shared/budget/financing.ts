import type { BudgetSettings, CostLine, Financing, FinancingSource } from '../model/budget';
import { allocateByPercent } from './allocate';

export type SourceAmounts = Map<string, number>;

export function costInYear(line: CostLine, year: number): number {
  return line.costs.filter((c) => c.year === year).reduce((sum, c) => sum + c.amount, 0);
}

/** A cost line's cost over the given years: a measure's cost for the programme period. */
export function costOverYears(line: CostLine, years: readonly number[]): number {
  return years.reduce((sum, year) => sum + costInYear(line, year), 0);
}

/** What financing needs of the programme settings: the sources and the default split. */
export type FinancingSettings = Pick<BudgetSettings, 'sources' | 'defaultSplit'>;

export function splitOf(financing: Financing, budget: FinancingSettings) {
  if (financing.mode === 'percent') return financing.split;
  if (financing.mode === 'default') return budget.defaultSplit;
  return null;
}

/** How much each source pays for a cost line in one year. */
export function financingInYear(
  line: CostLine,
  budget: FinancingSettings,
  year: number,
): SourceAmounts {
  const result: SourceAmounts = new Map(budget.sources.map((s) => [s.id, 0]));
  const split = splitOf(line.financing, budget);
  if (split) {
    const cost = costInYear(line, year);
    for (const { key, amount } of allocateByPercent(
      cost,
      split.map((s) => ({ key: s.sourceId, percent: s.percent })),
    )) {
      result.set(key, (result.get(key) ?? 0) + amount);
    }
  } else if (line.financing.mode === 'amount') {
    for (const a of line.financing.amounts) {
      if (a.year === year) result.set(a.sourceId, (result.get(a.sourceId) ?? 0) + a.amount);
    }
  }
  return result;
}

export function sumAmounts(amounts: SourceAmounts): number {
  let sum = 0;
  for (const value of amounts.values()) sum += value;
  return sum;
}

export type Balance =
  | { state: 'balansert'; cost: number; financed: number; difference: 0 }
  | {
      state: 'underfinansiert' | 'overfinansiert';
      cost: number;
      financed: number;
      difference: number;
    };

/** Cost against financing: difference > 0 means financing exceeds the cost. */
export function balanceOf(cost: number, financed: number): Balance {
  const difference = financed - cost;
  if (difference === 0) return { state: 'balansert', cost, financed, difference: 0 };
  return {
    state: difference < 0 ? 'underfinansiert' : 'overfinansiert',
    cost,
    financed,
    difference,
  };
}

export function splitTotal(split: { percent: number }[]): number {
  return Math.round(split.reduce((sum, s) => sum + s.percent, 0) * 100) / 100;
}

export function sourceName(sources: FinancingSource[], id: string): string {
  return sources.find((s) => s.id === id)?.name ?? 'Ukjent kilde';
}
