import type { CostLine } from '../model/budget';
import { formatKroner } from '../format/numbers';
import {
  balanceOf,
  costInYear,
  financingInYear,
  sumAmounts,
  type Balance,
  type FinancingSettings,
} from './financing';

export interface LineYear {
  year: number;
  cost: number;
  /** Per source id, every source of the programme (0 when it pays nothing). */
  bySource: Map<string, number>;
  financed: number;
  balance: Balance;
}

/** Cost, financing per source and balance of one cost line in each of the given years. */
export function lineFigures(
  line: CostLine,
  budget: FinancingSettings,
  years: number[],
): LineYear[] {
  return years.map((year) => {
    const cost = costInYear(line, year);
    const bySource = financingInYear(line, budget, year);
    const financed = sumAmounts(bySource);
    return { year, cost, bySource, financed, balance: balanceOf(cost, financed) };
  });
}

/** The balance of one year in plain words, as the budget page and Kvalitetssjekk say it. */
export function balanceInWords(balance: Balance, year: number): string {
  if (balance.state === 'balansert') return `I balanse i ${year}.`;
  const amount = formatKroner(Math.abs(balance.difference));
  if (balance.state === 'underfinansiert')
    return `Finansieringen dekker ikke kostnaden i ${year}: mangler ${amount}.`;
  return `Finansieringen i ${year} er ${amount} mer enn kostnaden.`;
}
