import { describe, expect, it } from 'vitest';
import { allocateByPercent } from '#shared/budget/allocate';
import { balanceOf, financingInYear } from '#shared/budget/financing';
import {
  measureBudgetDetail,
  multiYearOverview,
  programmeYears,
  yearlyBudgetByFocusArea,
} from '#shared/budget/budget-tables';
import { balanceInWords, lineFigures } from '#shared/budget/line-figures';
import { createEmptyPlan } from '#shared/plan/create-plan';
import { samplePlan } from '../../../support/plan-fixtures';

const amounts = (total: number, percents: number[]) =>
  allocateByPercent(
    total,
    percents.map((percent, key) => ({ key, percent })),
  ).map((a) => a.amount);

describe('splitting kroner by percent (largest remainder)', () => {
  it('splits a 2 000 000 kr frame at 70/30 into 1 400 000 + 600 000', () => {
    expect(amounts(2_000_000, [70, 30])).toEqual([1_400_000, 600_000]);
  });

  it('makes odd amounts and three-way splits add up exactly', () => {
    expect(amounts(1, [50, 50])).toEqual([1, 0]);
    expect(amounts(100, [33.33, 33.33, 33.34])).toEqual([33, 33, 34]);
    expect(amounts(1_000_001, [70, 30])).toEqual([700_001, 300_000]);
    expect(
      amounts(
        10,
        [100 / 3, 100 / 3, 100 / 3].map((p) => Math.round(p * 100) / 100),
      ),
    ).toEqual([4, 3, 3]);
    for (const total of [0, 1, 7, 99, 12_345, 2_628_001]) {
      for (const split of [
        [70, 30],
        [50, 50],
        [33.33, 33.33, 33.34],
        [60, 25, 15],
        [12.5, 12.5, 75],
      ]) {
        expect(amounts(total, split).reduce((a, b) => a + b, 0)).toBe(total);
      }
    }
  });

  it('covers only the given share when the split does not add up to 100', () => {
    expect(amounts(1000, [70, 20])).toEqual([700, 200]);
  });

  it('refuses amounts that are not whole kroner', () => {
    expect(() => amounts(10.5, [100])).toThrow('hele');
  });
});

describe('financing and balance', () => {
  it('uses the programme split by default, an own split, or fixed amounts', () => {
    const plan = samplePlan();
    const [hb, kom] = plan.budget.sources;
    const m = plan.measures[0]!;
    expect([...financingInYear(m.budget, plan.budget, 2027)].filter(([, v]) => v)).toEqual([
      [hb!.id, 175_000],
      [kom!.id, 75_000],
    ]);
    m.budget.financing = { mode: 'default' };
    expect(financingInYear(m.budget, plan.budget, 2027).get(hb!.id)).toBe(125_000);
    m.budget.financing = {
      mode: 'amount',
      amounts: [{ year: 2027, sourceId: kom!.id, amount: 200_000 }],
    };
    const fixed = financingInYear(m.budget, plan.budget, 2027);
    expect([fixed.get(hb!.id), fixed.get(kom!.id)]).toEqual([0, 200_000]);
    expect(balanceOf(250_000, 200_000)).toEqual({
      state: 'underfinansiert',
      cost: 250_000,
      financed: 200_000,
      difference: -50_000,
    });
    expect(balanceOf(1, 1).state).toBe('balansert');
  });
});

describe('budget tables', () => {
  it('give the yearly table by focus area with sums that add up', () => {
    const plan = samplePlan();
    plan.budget.programmeManagement.costs = [{ year: 2027, amount: 600_001 }];
    const table = yearlyBudgetByFocusArea(plan, 2027);
    expect(table.rows.map((r) => [r.label, r.cost, r.bySource.slice(0, 2), r.financed])).toEqual([
      ['Programledelse', 600_001, [300_001, 300_000], 600_001],
      ['1 Egnede boliger for vanskeligstilte', 250_000, [175_000, 75_000], 250_000],
      ['2 Individuell oppfølging i bomiljø', 0, [0, 0], 0],
    ]);
    expect([table.sum.cost, table.sum.bySource.slice(0, 2), table.sum.financed]).toEqual([
      850_001,
      [475_001, 375_000],
      850_001,
    ]);
  });

  it('give a multi-year overview for the programme period and per-measure detail', () => {
    const plan = samplePlan();
    plan.measures[0]!.budget.costs.push({ year: 2029, amount: 100_000 });
    const overview = multiYearOverview(plan);
    expect(overview.rows.map((r) => [r.label, r.cost])).toEqual([
      ['2027', 250_000],
      ['2028', 0],
      ['2029', 100_000],
      ['2030', 0],
    ]);
    expect(overview.sum.cost).toBe(350_000);
    expect(overview.sum.bySource[0]).toBe(245_000);
    expect(
      measureBudgetDetail(plan, 'fa-1', 2029).rows.map((r) => [r.label, r.cost, r.bySource[1]]),
    ).toEqual([['1A Boligtorg', 100_000, 30_000]]);
  });

  it('give an empty plan zero rows, not errors', () => {
    const plan = createEmptyPlan();
    const table = yearlyBudgetByFocusArea(plan, plan.info.periodStart);
    expect(table.rows).toHaveLength(1);
    expect(table.sum).toMatchObject({ cost: 0, financed: 0 });
    expect(measureBudgetDetail(plan, 'ingen', 2027).rows).toEqual([]);
    expect(multiYearOverview(plan).sum.cost).toBe(0);
  });
});

describe('every krone accounted for', () => {
  it('odd amounts and a three-way split add up in every row, column and the sum row', () => {
    const plan = samplePlan();
    const [hb, kom, andre] = plan.budget.sources.map((s) => s.id);
    plan.budget.defaultSplit = [
      { sourceId: hb!, percent: 33.33 },
      { sourceId: kom!, percent: 33.33 },
      { sourceId: andre!, percent: 33.34 },
    ];
    plan.budget.programmeManagement.costs = [{ year: 2027, amount: 99_999 }];
    const odd = [1, 7, 10, 101, 333_333, 1_000_001];
    plan.measures = odd.map((amount, i) => ({
      ...plan.measures[0]!,
      id: `m-${i}`,
      code: `${i % 2 ? 2 : 1}${String.fromCharCode(65 + i)}`,
      focusAreaId: i % 2 ? 'fa-2' : 'fa-1',
      budget: { costs: [{ year: 2027, amount }], financing: { mode: 'default' } },
    }));
    const table = yearlyBudgetByFocusArea(plan, 2027);
    for (const row of [...table.rows, table.sum]) {
      expect(row.bySource.reduce((a, b) => a + b, 0)).toBe(row.cost);
      expect(row.financed).toBe(row.cost);
    }
    table.sum.bySource.forEach((total, i) =>
      expect(total).toBe(table.rows.reduce((sum, row) => sum + row.bySource[i]!, 0)),
    );
    expect(table.sum.cost).toBe(99_999 + odd.reduce((a, b) => a + b, 0));
    // 99 999 at 33,33/33,33/33,34 is 33 329,6667 + 33 329,6667 + 33 339,6666: the two kroner
    // left after the whole kroner go to the two largest remainders.
    expect(table.rows[0]!.bySource.slice(0, 3)).toEqual([33_330, 33_330, 33_339]);
  });

  it('gives an empty plan zero figures in every table and line', () => {
    const plan = createEmptyPlan(new Date('2027-05-01T12:00:00Z'));
    expect(multiYearOverview(plan).rows.map((r) => [r.label, r.cost, r.financed])).toEqual([
      ['2027', 0, 0],
      ['2028', 0, 0],
      ['2029', 0, 0],
      ['2030', 0, 0],
    ]);
    expect(yearlyBudgetByFocusArea(plan, 2027).sum.bySource).toEqual([0, 0, 0, 0]);
    const figures = lineFigures(plan.budget.programmeManagement, plan.budget, [2027]);
    expect(figures[0]).toMatchObject({ cost: 0, financed: 0, balance: { state: 'balansert' } });
    const noSources = { ...plan, budget: { ...plan.budget, sources: [], defaultSplit: [] } };
    expect(yearlyBudgetByFocusArea(noSources, 2027).sum.bySource).toEqual([]);
    expect(programmeYears({ ...plan, info: { ...plan.info, periodEnd: 2026 } })).toEqual([]);
  });

  it('says the balance in plain words', () => {
    expect(balanceInWords(balanceOf(100_000, 50_000), 2028)).toBe(
      'Finansieringen dekker ikke kostnaden i 2028: mangler 50\u00a0000\u00a0kr.',
    );
    expect(balanceInWords(balanceOf(100_000, 120_000), 2028)).toBe(
      'Finansieringen i 2028 er 20\u00a0000\u00a0kr mer enn kostnaden.',
    );
    expect(balanceInWords(balanceOf(0, 0), 2028)).toBe('I balanse i 2028.');
  });

  it('gives each year of a line its cost, amount per source and balance', () => {
    const plan = samplePlan();
    const [hb, kom] = plan.budget.sources.map((s) => s.id);
    const figures = lineFigures(plan.measures[0]!.budget, plan.budget, [2027, 2028]);
    expect(figures.map((f) => [f.year, f.cost, f.bySource.get(hb!), f.bySource.get(kom!)])).toEqual(
      [
        [2027, 250_000, 175_000, 75_000],
        [2028, 0, 0, 0],
      ],
    );
  });
});
