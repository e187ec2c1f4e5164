import type { FinancingSource } from '../model/budget';
import type { Plan } from '../model/plan';
import { multiYearOverview, type BudgetRow } from './budget-tables';

/**
 * What the plan means for the municipality's budget, per year: the whole cost, the
 * municipality's own share (egenandel), Husbanken's grant and the rest (other grants and money
 * carried over). Read from the multi-year overview, so the summary and the budget chapter give
 * the same figures.
 */
export interface YearShare {
  /** The year, or null for the sum over the period. */
  year: number | null;
  cost: number;
  municipal: number;
  husbanken: number;
  /** Other grants and money carried over from the year before. */
  other: number;
  financed: number;
}

const shareKinds: Record<FinancingSource['kind'], 'municipal' | 'husbanken' | 'other'> = {
  kommunal: 'municipal',
  husbanken: 'husbanken',
  andre: 'other',
  overfort: 'other',
};

function shareOfRow(row: BudgetRow, sources: FinancingSource[], year: number | null): YearShare {
  const share: YearShare = {
    year,
    cost: row.cost,
    municipal: 0,
    husbanken: 0,
    other: 0,
    financed: row.financed,
  };
  sources.forEach((source, i) => (share[shareKinds[source.kind]] += row.bySource[i] ?? 0));
  return share;
}

/** One entry per year of the programme period, and the sum over the period. */
export function municipalShareByYear(plan: Plan): { years: YearShare[]; sum: YearShare } {
  const overview = multiYearOverview(plan);
  const sources = plan.budget.sources;
  return {
    years: overview.rows.map((row) => shareOfRow(row, sources, Number(row.key))),
    sum: shareOfRow(overview.sum, sources, null),
  };
}
