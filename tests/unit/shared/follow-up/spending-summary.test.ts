import { describe, expect, it } from 'vitest';
import { spendingInYear, spentFromSource } from '#shared/follow-up/spending-summary';
import { setMeasureSpent, setProgrammeManagementSpent } from '#shared/plan/spending-operations';
import { samplePlan } from '../../../support/plan-fixtures';

describe('spendingInYear', () => {
  it('sums budget and spending per measure, focus area and year, with programme management', () => {
    let plan = samplePlan();
    const [husbanken, kommunal] = plan.budget.sources;
    plan.budget.programmeManagement = {
      costs: [{ year: 2027, amount: 100_000 }],
      financing: { mode: 'default' },
    };
    plan.budget.defaultSplit = [{ sourceId: kommunal!.id, percent: 100 }];
    plan = setMeasureSpent(plan, 'm-1a', 2027, husbanken!.id, 190_000);
    plan = setMeasureSpent(plan, 'm-1a', 2027, kommunal!.id, 80_000);
    plan = setMeasureSpent(plan, 'm-1a', 2028, kommunal!.id, 5_000);
    plan = setProgrammeManagementSpent(plan, 2027, kommunal!.id, 90_000);

    const year = spendingInYear(plan, 2027);
    // 250 000 split 70/30: 175 000 + 75 000 budgeted, 270 000 spent.
    expect(year.areas[0]!.measures[0]!.figure).toMatchObject({
      budget: 250_000,
      spent: 270_000,
      deviation: 20_000,
      deviationPercent: 8,
    });
    expect(year.areas[0]!.sum.spent).toBe(270_000);
    expect(year.areas[1]!.measures).toEqual([]);
    expect(year.areas[1]!.sum).toMatchObject({ budget: 0, spent: 0, deviationPercent: null });
    expect(year.programmeManagement).toMatchObject({ budget: 100_000, spent: 90_000 });
    expect(year.total).toMatchObject({ budget: 350_000, spent: 360_000, deviation: 10_000 });
    // Spending of another year stays there.
    expect(spendingInYear(plan, 2028).total).toMatchObject({ budget: 0, spent: 5_000 });
  });
});

describe('spentFromSource', () => {
  it('adds up what measures and programme management spent from a source in every year', () => {
    let plan = samplePlan();
    const [husbanken, kommunal] = plan.budget.sources;
    plan = setMeasureSpent(plan, 'm-1a', 2027, husbanken!.id, 1_000);
    plan = setMeasureSpent(plan, 'm-1a', 2028, husbanken!.id, 2_000);
    plan = setProgrammeManagementSpent(plan, 2029, husbanken!.id, 300);
    plan = setProgrammeManagementSpent(plan, 2029, kommunal!.id, 50);
    expect(spentFromSource(plan, husbanken!.id)).toBe(3_300);
    expect(spentFromSource(plan, kommunal!.id)).toBe(50);
  });
});
