import { describe, expect, it } from 'vitest';
import { multiYearOverview } from '#shared/budget/budget-tables';
import {
  costByAreaChartSource,
  costByFocusArea,
  describeCostByArea,
  describeFinancing,
  financingBySource,
  financingChartSource,
} from '#shared/charts/budget-chart-source';
import { formatKroner } from '#shared/format/numbers';
import { wordExportPlan } from '../../../support/word-export-fixtures';

describe('the budget as figures for the document', () => {
  const plan = wordExportPlan();

  it('gives each focus area its cost over the whole period, adding up to the budget', () => {
    const figures = costByFocusArea(plan)!;
    const overview = multiYearOverview(plan);
    expect(figures.period).toBe(`${plan.info.periodStart}–${plan.info.periodEnd}`);
    expect(figures.total).toBe(overview.sum.cost);
    expect(figures.rows.reduce((sum, r) => sum + r.cost, 0)).toBe(overview.sum.cost);
    const areaRows = figures.rows.filter((r) => r.key !== 'programledelse');
    expect(areaRows.map((r) => r.key)).toEqual(plan.focusAreas.map((a) => a.id));
    for (const area of plan.focusAreas) {
      const expected = plan.measures
        .filter((m) => m.focusAreaId === area.id)
        .flatMap((m) => m.budget.costs)
        .filter((c) => c.year >= plan.info.periodStart && c.year <= plan.info.periodEnd)
        .reduce((sum, c) => sum + c.amount, 0);
      expect(figures.rows.find((r) => r.key === area.id)!.cost).toBe(expected);
    }
  });

  it('draws the costs in thousands of kroner, one bar per row, and says every figure in words', () => {
    const figures = costByFocusArea(plan)!;
    const source = costByAreaChartSource(figures);
    if (!source.ok) throw new Error('no source');
    expect(source.source).toContain('htmlLabels: false');
    expect(source.source).toContain('y-axis "Tusen kroner"');
    const bars = /bar "Kostnad" \[([^\]]*)\]/.exec(source.source)![1]!.split(', ').map(Number);
    expect(bars).toEqual(figures.rows.map((r) => Math.round(r.cost / 100) / 10));
    const words = describeCostByArea(figures);
    for (const row of figures.rows) expect(words).toContain(row.label);
    expect(words).toContain(`Til sammen ${formatKroner(figures.total)}.`);
    expect(words).toContain(`${figures.rows[0]!.label}: ${formatKroner(figures.rows[0]!.cost)}`);
  });

  it('groups financing as Husbanken, the municipality and others, per year and in sum', () => {
    const figures = financingBySource(plan)!;
    const overview = multiYearOverview(plan);
    expect(figures.groups.map((g) => g.label)).toContain('Husbanken');
    expect(figures.sum.total).toBe(overview.sum.financed);
    figures.years.forEach((y, i) => {
      expect(y.total).toBe(overview.rows[i]!.financed);
      expect(y.amounts.reduce((a, b) => a + b, 0)).toBe(y.total);
    });
    const husbanken = plan.budget.sources.findIndex((s) => s.kind === 'husbanken');
    expect(figures.sum.amounts[0]).toBe(overview.sum.bySource[husbanken]);
  });

  it('stacks the financing bars: the first series is each year’s total, the last its own share', () => {
    const figures = financingBySource(plan)!;
    const source = financingChartSource(figures);
    if (!source.ok) throw new Error('no source');
    const series = [...source.source.matchAll(/bar "([^"]+)" \[([^\]]*)\]/g)].map((m) => ({
      name: m[1],
      values: m[2]!.split(', ').map(Number),
    }));
    expect(series.map((s) => s.name)).toEqual(figures.groups.map((g) => g.label));
    expect(series[0]!.values).toEqual(figures.years.map((y) => Math.round(y.total / 100) / 10));
    const last = figures.groups.length - 1;
    expect(series[last]!.values).toEqual(
      figures.years.map((y) => Math.round(y.amounts[last]! / 100) / 10),
    );
    expect(describeFinancing(figures)).toContain('Husbanken');
  });

  it('has nothing to draw for a plan without costs or financing', () => {
    const empty = wordExportPlan();
    empty.measures = [];
    empty.budget.programmeManagement.costs = [];
    expect(costByFocusArea(empty)).toBeNull();
    expect(financingBySource(empty)).toBeNull();
  });
});
