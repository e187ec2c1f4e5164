import { programmeYears, yearlyBudgetByFocusArea } from '../budget/budget-tables';
import { formatKroner } from '../format/numbers';
import type { FinancingSource } from '../model/budget';
import type { Plan } from '../model/plan';
import { CHART_COLOURS, xyChartSource, type XySeries } from './follow-up-chart-source';
import type { ChartHints, ChartSource } from './org-chart-source';

// The budget as two charts for the Word document: what each focus area costs over the whole
// period, and who pays each year. Pure functions of the plan, built from the same tables as the
// budget page (shared/budget), so a chart never shows other figures than the tables beside it.

const NO_HINTS: ChartHints = { direction: 'TB', treeEdges: [], directEdges: [], titleLines: {} };

/** Thousands of kroner, one decimal: an axis in millions of single kroner is hard to read. */
const thousands = (kroner: number) => Math.round(kroner / 100) / 10;

const period = (years: number[]) =>
  years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;

export interface AreaCost {
  /** 'programledelse' or the focus area's id. */
  key: string;
  /** The label on the chart's axis: short, so six of them fit side by side. */
  short: string;
  /** The full name, for the table and the alt text. */
  label: string;
  cost: number;
}

export interface CostByArea {
  period: string;
  rows: AreaCost[];
  total: number;
}

/**
 * Cost per focus area over the whole programme period, programme management first when it costs
 * anything. Null when the plan has no period or no cost yet (the budget section says so).
 */
export function costByFocusArea(plan: Plan): CostByArea | null {
  const years = programmeYears(plan);
  if (years.length === 0) return null;
  const tables = years.map((year) => yearlyBudgetByFocusArea(plan, year));
  const rows = tables[0]!.rows.map((row, i): AreaCost => {
    const area = plan.focusAreas.find((a) => a.id === row.key);
    const code = area?.code.trim() || (area ? String(i) : '');
    return {
      key: row.key,
      short: area ? `Område ${code}` : row.label,
      label: row.label,
      cost: tables.reduce((sum, t) => sum + t.rows[i]!.cost, 0),
    };
  });
  const shown = rows.filter((r) => r.key !== 'programledelse' || r.cost > 0);
  const total = shown.reduce((sum, r) => sum + r.cost, 0);
  if (total === 0) return null;
  return { period: period(years), rows: shown, total };
}

export function costByAreaChartSource(figures: CostByArea): ChartSource {
  return {
    ok: true,
    source: xyChartSource({
      categories: figures.rows.map((r) => r.short),
      series: [
        { kind: 'bar', name: 'Kostnad', values: figures.rows.map((r) => thousands(r.cost)) },
      ],
      yAxisTitle: 'Tusen kroner',
      colours: [CHART_COLOURS[0]],
    }),
    warnings: [],
    hints: NO_HINTS,
  };
}

/** What the budget chart shows, in words: for screen readers, and for Word's alt text. */
export function describeCostByArea(figures: CostByArea): string {
  const parts = figures.rows.map((r) => `${r.label}: ${formatKroner(r.cost)}`);
  return (
    `Søylediagram over kostnaden per satsningsområde for hele programperioden ${figures.period}, ` +
    `i tusen kroner. ${parts.join('; ')}. Til sammen ${formatKroner(figures.total)}.`
  );
}

/** The financing sources grouped as Husbanken's form groups them. */
export const financingGroupLabels: Record<FinancingSource['kind'], string> = {
  husbanken: 'Husbanken',
  kommunal: 'Kommunen',
  andre: 'Andre tilskudd',
  overfort: 'Overførte midler',
};
const groupOrder: FinancingSource['kind'][] = ['husbanken', 'kommunal', 'andre', 'overfort'];
/** Blue for Husbanken, orange for the municipality, green and grey for the rest. */
const groupColours: Record<FinancingSource['kind'], string> = {
  husbanken: CHART_COLOURS[0],
  kommunal: CHART_COLOURS[1],
  andre: CHART_COLOURS[2],
  overfort: CHART_COLOURS[3],
};

export interface FinancingBySource {
  period: string;
  /** The groups that pay anything in the period, in the form's order. */
  groups: { kind: FinancingSource['kind']; label: string }[];
  /** One row per year: the amount per group (in `groups` order) and the year's total. */
  years: { year: number; amounts: number[]; total: number }[];
  sum: { amounts: number[]; total: number };
}

/** Financing per year by Husbanken, the municipality and others. Null when nothing is financed. */
export function financingBySource(plan: Plan): FinancingBySource | null {
  const years = programmeYears(plan);
  if (years.length === 0) return null;
  const kindOf = plan.budget.sources.map((s) => s.kind);
  const byYear = years.map((year) => {
    const { bySource } = yearlyBudgetByFocusArea(plan, year).sum;
    const amounts = new Map<FinancingSource['kind'], number>();
    bySource.forEach((amount, i) =>
      amounts.set(kindOf[i]!, (amounts.get(kindOf[i]!) ?? 0) + amount),
    );
    return { year, amounts };
  });
  const kinds = groupOrder.filter((kind) => byYear.some((y) => (y.amounts.get(kind) ?? 0) !== 0));
  if (kinds.length === 0) return null;
  const rows = byYear.map(({ year, amounts }) => {
    const values = kinds.map((kind) => amounts.get(kind) ?? 0);
    return { year, amounts: values, total: values.reduce((a, b) => a + b, 0) };
  });
  const sumAmounts = kinds.map((_, k) => rows.reduce((sum, r) => sum + r.amounts[k]!, 0));
  return {
    period: period(years),
    groups: kinds.map((kind) => ({ kind, label: financingGroupLabels[kind] })),
    years: rows,
    sum: { amounts: sumAmounts, total: sumAmounts.reduce((a, b) => a + b, 0) },
  };
}

/**
 * Stacked bars per year. Mermaid draws every bar series at the same place, so each series is the
 * running total from its group on, drawn largest first: what shows of each colour is that
 * group's own amount (as statusChartSource does for statuses).
 */
export function financingChartSource(figures: FinancingBySource): ChartSource {
  const runningTotal = (from: number, amounts: number[]) =>
    amounts.slice(from).reduce((a, b) => a + b, 0);
  const series: XySeries[] = figures.groups.map((group, g) => ({
    kind: 'bar',
    name: group.label,
    values: figures.years.map((y) => thousands(runningTotal(g, y.amounts))),
  }));
  return {
    ok: true,
    source: xyChartSource({
      categories: figures.years.map((y) => String(y.year)),
      series,
      yAxisTitle: 'Tusen kroner',
      colours: figures.groups.map((group) => groupColours[group.kind]),
    }),
    warnings: [],
    hints: NO_HINTS,
  };
}

export function describeFinancing(figures: FinancingBySource): string {
  const years = figures.years.map(
    (y) =>
      `${y.year}: ${figures.groups
        .map((g, i) => `${g.label} ${formatKroner(y.amounts[i]!)}`)
        .join(', ')}`,
  );
  const totals = figures.groups
    .map((g, i) => `${g.label} ${formatKroner(figures.sum.amounts[i]!)}`)
    .join(', ');
  return (
    `Stablet søylediagram over finansieringen per år og kilde i programperioden ${figures.period}, ` +
    `i tusen kroner. ${years.join('. ')}. For hele perioden: ${totals}, ` +
    `til sammen ${formatKroner(figures.sum.total)}.`
  );
}
