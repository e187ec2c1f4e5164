import { describe, expect, it } from 'vitest';
import { financingInYear } from '#shared/budget/financing';
import type { Plan } from '#shared/model/plan';
import {
  addSource,
  costLineOf,
  moveSource,
  PROGRAMME_MANAGEMENT,
  removeFrameOutsidePeriod,
  removeLineAmountsOutsidePeriod,
  removeSource,
  renameSource,
  setCost,
  setDefaultShare,
  setFinancingMode,
  setFrame,
  setOwnShare,
  setSourceAmount,
  sourceUsage,
  withYearAmount,
  yearsOutsidePeriod,
} from '#shared/plan/budget-operations';
import { findIntegrityProblems } from '#shared/plan/integrity';
import { samplePlan } from '../../../support/plan-fixtures';

const measure1A = { kind: 'tiltak', measureId: 'm-1a' } as const;
const ids = (plan: Plan) => plan.budget.sources.map((s) => s.id);

describe('financing sources', () => {
  it('are added, renamed and moved; the splits follow the order of the sources', () => {
    let plan = samplePlan();
    const [hb, kom, andre, overfort] = ids(plan);
    plan = addSource(plan, 'Fylkesmannen', 'src-fm');
    expect(plan.budget.sources.at(-1)).toEqual({
      id: 'src-fm',
      name: 'Fylkesmannen',
      kind: 'andre',
    });
    plan = renameSource(plan, 'src-fm', 'Statsforvalteren');
    expect(plan.budget.sources.at(-1)!.name).toBe('Statsforvalteren');
    expect(renameSource(plan, 'src-fm', 'Statsforvalteren')).toBe(plan);

    plan = moveSource(plan, kom!, -1);
    expect(ids(plan)).toEqual([kom, hb, andre, overfort, 'src-fm']);
    expect(plan.budget.defaultSplit.map((s) => s.sourceId)).toEqual([kom, hb]);
    expect(plan.measures[0]!.budget.financing).toMatchObject({
      split: [{ sourceId: kom }, { sourceId: hb }],
    });
    expect(moveSource(plan, kom!, -1)).toBe(plan);
    expect(findIntegrityProblems(plan)).toEqual([]);
  });

  it('say where a source is used, and removing it removes every reference', () => {
    let plan = samplePlan();
    const [hb, kom] = ids(plan);
    plan = setCost(plan, PROGRAMME_MANAGEMENT, 2027, 100_000);
    plan = setFinancingMode(plan, PROGRAMME_MANAGEMENT, 'amount');
    plan = setSourceAmount(plan, PROGRAMME_MANAGEMENT, 2028, kom!, 20_000);
    expect(sourceUsage(plan, kom!)).toEqual([
      { where: 'Standardfordelingen', how: '50\u00a0%' },
      {
        where: 'Programledelse',
        how: 'beløp i 2027 og 2028 (til sammen 70\u00a0000\u00a0kr)',
      },
      { where: 'Tiltak 1A «Boligtorg»', how: 'egen fordeling, 30\u00a0%' },
    ]);
    expect(sourceUsage(plan, ids(plan)[3]!)).toEqual([]);

    const removed = removeSource(plan, kom!);
    expect(ids(removed)).not.toContain(kom);
    expect(removed.budget.defaultSplit).toEqual([{ sourceId: hb, percent: 50 }]);
    expect(removed.measures[0]!.budget.financing).toEqual({
      mode: 'percent',
      split: [{ sourceId: hb, percent: 70 }],
    });
    expect(removed.budget.programmeManagement.financing).toEqual({
      mode: 'amount',
      amounts: [{ year: 2027, sourceId: hb, amount: 50_000 }],
    });
    expect(findIntegrityProblems(removed)).toEqual([]);
    expect(removeSource(removed, 'finnes-ikke')).toBe(removed);
  });
});

describe('programme settings', () => {
  it('set the default split per source; empty or 0 removes the share', () => {
    let plan = samplePlan();
    const [hb, kom, andre] = ids(plan);
    plan = setDefaultShare(plan, andre!, 10);
    plan = setDefaultShare(plan, hb!, 60);
    plan = setDefaultShare(plan, kom!, 30);
    expect(plan.budget.defaultSplit).toEqual([
      { sourceId: hb, percent: 60 },
      { sourceId: kom, percent: 30 },
      { sourceId: andre, percent: 10 },
    ]);
    expect(setDefaultShare(plan, hb!, 60)).toBe(plan);
    expect(setDefaultShare(plan, andre!, 0).budget.defaultSplit).toHaveLength(2);
    expect(setDefaultShare(plan, andre!, null).budget.defaultSplit).toHaveLength(2);
    expect(setDefaultShare(plan, 'ukjent', 10)).toBe(plan);
  });

  it('set the frame per year in year order', () => {
    let plan = samplePlan();
    plan = setFrame(plan, 2028, 2_000_000);
    plan = setFrame(plan, 2027, 1_500_000);
    expect(plan.budget.frame).toEqual([
      { year: 2027, amount: 1_500_000 },
      { year: 2028, amount: 2_000_000 },
    ]);
    expect(setFrame(plan, 2027, 1_500_000)).toBe(plan);
    expect(setFrame(plan, 2027, null).budget.frame).toEqual([{ year: 2028, amount: 2_000_000 }]);
  });
});

describe('cost lines', () => {
  it('store one cost per year, and merge duplicates when one is typed', () => {
    expect(
      withYearAmount(
        [
          { year: 2027, amount: 1 },
          { year: 2027, amount: 2 },
        ],
        2027,
        3,
      ),
    ).toEqual([{ year: 2027, amount: 3 }]);
    let plan = setCost(samplePlan(), measure1A, 2029, 80_000);
    expect(costLineOf(plan, measure1A)!.costs).toEqual([
      { year: 2027, amount: 250_000 },
      { year: 2029, amount: 80_000 },
    ]);
    plan = setCost(plan, measure1A, 2027, 0);
    expect(costLineOf(plan, measure1A)!.costs).toEqual([{ year: 2029, amount: 80_000 }]);
    expect(setCost(plan, { kind: 'tiltak', measureId: 'ukjent' }, 2027, 1)).toBe(plan);
  });

  it('switch financing mode without changing what the line is financed with', () => {
    const plan = samplePlan();
    const [hb, kom] = ids(plan);
    const asAmounts = setFinancingMode(plan, measure1A, 'amount');
    expect(costLineOf(asAmounts, measure1A)!.financing).toEqual({
      mode: 'amount',
      amounts: [
        { year: 2027, sourceId: hb, amount: 175_000 },
        { year: 2027, sourceId: kom, amount: 75_000 },
      ],
    });
    const asDefault = setFinancingMode(plan, measure1A, 'default');
    expect(costLineOf(asDefault, measure1A)!.financing).toEqual({ mode: 'default' });
    const asPercent = setFinancingMode(asDefault, measure1A, 'percent');
    expect(costLineOf(asPercent, measure1A)!.financing).toEqual({
      mode: 'percent',
      split: asDefault.budget.defaultSplit,
    });
    expect(costLineOf(asPercent, measure1A)!.financing).not.toBe(asDefault.budget.defaultSplit);
    expect(setFinancingMode(plan, measure1A, 'percent')).toBe(plan);
  });

  it('set an own share or an amount only in the matching mode', () => {
    const plan = samplePlan();
    const [hb, kom, andre] = ids(plan);
    const own = setOwnShare(plan, measure1A, andre!, 10);
    expect(costLineOf(own, measure1A)!.financing).toEqual({
      mode: 'percent',
      split: [
        { sourceId: hb, percent: 70 },
        { sourceId: kom, percent: 30 },
        { sourceId: andre, percent: 10 },
      ],
    });
    expect(setSourceAmount(plan, measure1A, 2027, hb!, 5)).toBe(plan);

    let fixed = setFinancingMode(plan, measure1A, 'amount');
    fixed = setSourceAmount(fixed, measure1A, 2027, kom!, 50_000);
    fixed = setSourceAmount(fixed, measure1A, 2027, andre!, 25_000);
    fixed = setSourceAmount(fixed, measure1A, 2027, hb!, null);
    const line = costLineOf(fixed, measure1A)!;
    expect(line.financing).toEqual({
      mode: 'amount',
      amounts: [
        { year: 2027, sourceId: kom, amount: 50_000 },
        { year: 2027, sourceId: andre, amount: 25_000 },
      ],
    });
    expect(financingInYear(line, fixed.budget, 2027).get(andre!)).toBe(25_000);
    expect(setOwnShare(fixed, measure1A, hb!, 50)).toBe(fixed);
  });
});

describe('amounts outside the programme period', () => {
  it('are found and can be removed', () => {
    let plan = samplePlan();
    plan = setFinancingMode(plan, measure1A, 'amount');
    plan.info.periodStart = 2028;
    plan = setFrame(plan, 2027, 1_000_000);
    expect(yearsOutsidePeriod(plan, costLineOf(plan, measure1A)!)).toEqual([2027]);
    const cleaned = removeLineAmountsOutsidePeriod(plan, measure1A);
    expect(costLineOf(cleaned, measure1A)).toEqual({
      costs: [],
      financing: { mode: 'amount', amounts: [] },
    });
    expect(removeLineAmountsOutsidePeriod(cleaned, measure1A)).toBe(cleaned);
    expect(removeFrameOutsidePeriod(plan).budget.frame).toEqual([]);
    expect(removeFrameOutsidePeriod(cleaned)).not.toBe(cleaned);
  });
});
