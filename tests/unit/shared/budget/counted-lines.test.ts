import { describe, expect, it } from 'vitest';
import {
  measureBudgetDetail,
  multiYearOverview,
  yearlyBudgetByFocusArea,
} from '#shared/budget/budget-tables';
import { areaCostLines, countedCostLines } from '#shared/budget/counted-lines';
import { balanceOf } from '#shared/budget/financing';
import { municipalShareByYear } from '#shared/budget/municipal-share';
import { costByFocusArea, financingBySource } from '#shared/charts/budget-chart-source';
import { areaMoneyOverYears, moneyByYear } from '#shared/follow-up/money-figures';
import { spendingInYear, spentFromSource } from '#shared/follow-up/spending-summary';
import { setFocusAreaSpent } from '#shared/plan/spending-operations';
import { areaBudgetPlan } from '../../../support/area-budget-plan';

describe('a plan budgeted per focus area only', () => {
  it('lists programme management, each area line, then its counted measures', () => {
    const plan = areaBudgetPlan();
    expect(countedCostLines(plan).map((l) => [l.kind, l.id, l.focusAreaId, l.label])).toEqual([
      ['programledelse', 'programledelse', null, 'Programledelse'],
      [
        'satsningsomrade',
        'fa-1',
        'fa-1',
        'Felles for satsningsområdet 1 Egnede boliger for vanskeligstilte',
      ],
      ['tiltak', 'm-1a', 'fa-1', '1A Boligtorg'],
      [
        'satsningsomrade',
        'fa-2',
        'fa-2',
        'Felles for satsningsområdet 2 Individuell oppfølging i bomiljø',
      ],
    ]);
    expect(areaCostLines(plan, 'fa-2').map((l) => l.id)).toEqual(['fa-2']);
  });

  it('counts the area lines in the yearly table, per focus area and per source', () => {
    const plan = areaBudgetPlan();
    const y2027 = yearlyBudgetByFocusArea(plan, 2027);
    expect(y2027.rows.map((r) => [r.key, r.cost, r.bySource, r.financed])).toEqual([
      ['programledelse', 0, [0, 0, 0, 0], 0],
      ['fa-1', 300_000, [150_000, 150_000, 0, 0], 300_000],
      ['fa-2', 100_000, [60_000, 40_000, 0, 0], 100_000],
    ]);
    expect(y2027.sum).toMatchObject({ cost: 400_000, bySource: [210_000, 190_000, 0, 0] });
    expect(yearlyBudgetByFocusArea(plan, 2028).sum.cost).toBe(200_000);
  });

  it('counts them in the multi-year overview, the balance and the municipal share', () => {
    const plan = areaBudgetPlan();
    const overview = multiYearOverview(plan);
    expect(overview.rows.map((r) => r.cost)).toEqual([400_000, 200_000, 0, 0]);
    expect(overview.sum).toMatchObject({
      cost: 600_000,
      bySource: [310_000, 290_000, 0, 0],
      financed: 600_000,
    });
    expect(balanceOf(overview.sum.cost, overview.sum.financed).state).toBe('balansert');
    const share = municipalShareByYear(plan);
    expect(share.sum).toEqual({
      year: null,
      cost: 600_000,
      municipal: 290_000,
      husbanken: 310_000,
      other: 0,
      financed: 600_000,
    });
    expect(share.years[0]).toMatchObject({ year: 2027, municipal: 190_000, husbanken: 210_000 });
  });

  it('shows the area line first in the area’s own table, before its measures', () => {
    const plan = areaBudgetPlan();
    const detail = measureBudgetDetail(plan, 'fa-1', 2027);
    expect(detail.rows.map((r) => [r.key, r.label, r.cost])).toEqual([
      ['fa-1', 'Felles for satsningsområdet', 300_000],
      ['m-1a', '1A Boligtorg', 0],
    ]);
    expect(detail.sum.cost).toBe(300_000);
    // An area budgeted per measure has no such row.
    const perMeasure = areaBudgetPlan();
    perMeasure.focusAreas[0]!.budget = { costs: [], financing: { mode: 'default' } };
    expect(measureBudgetDetail(perMeasure, 'fa-1', 2027).rows.map((r) => r.key)).toEqual(['m-1a']);
  });

  it('counts them in the budget chart, the follow-up money and the final report', () => {
    const plan = areaBudgetPlan();
    expect(moneyByYear(plan).map((y) => y.figure.budget)).toEqual([400_000, 200_000, 0, 0]);
    const area1 = areaMoneyOverYears(plan, 'fa-1', [2027, 2028, 2029, 2030]);
    expect(area1.map((r) => r.figure.budget)).toEqual([250_000, 250_000, 0, 0]);
    const chart = costByFocusArea(plan)!;
    expect(chart.rows.map((r) => [r.key, r.cost])).toEqual([
      ['fa-1', 500_000],
      ['fa-2', 100_000],
    ]);
    expect(chart.total).toBe(600_000);
    expect(financingBySource(plan)).not.toBeNull();
  });

  it('records spending on an area line, counted in the year’s sums', () => {
    const plan = areaBudgetPlan();
    const husbanken = plan.budget.sources[0]!.id;
    const spent = setFocusAreaSpent(plan, 'fa-1', 2027, husbanken, 170_000);
    expect(setFocusAreaSpent(spent, 'fa-1', 2027, husbanken, 170_000)).toBe(spent);
    const year = spendingInYear(spent, 2027);
    const area = year.areas.find((a) => a.focusAreaId === 'fa-1')!;
    expect(area.areaLine).toMatchObject({ budget: 300_000, spent: 170_000 });
    expect(area.sum).toMatchObject({ budget: 300_000, spent: 170_000 });
    expect(year.total).toMatchObject({ budget: 400_000, spent: 170_000 });
    expect(moneyByYear(spent)[0]).toMatchObject({
      figure: { budget: 400_000, spent: 170_000 },
      recorded: true,
    });
    expect(spentFromSource(spent, husbanken)).toBe(170_000);
  });
});
