import { describe, expect, it } from 'vitest';
import {
  measureBudgetDetail,
  multiYearOverview,
  yearlyBudgetByFocusArea,
} from '#shared/budget/budget-tables';
import { countedMeasures, notCountedNote } from '#shared/budget/counted-measures';
import { runQualityChecks } from '#shared/checks/quality-checks';
import { moneyByYear } from '#shared/follow-up/money-figures';
import type { Plan } from '#shared/model/plan';
import { addMeasure } from '#shared/plan/measure-operations';
import { samplePlan } from '../../../support/plan-fixtures';

/** The sample plan with a second measure in 1: a shared project with 400 000 kr in 2027. */
function withSharedProject(ledByOther: boolean): Plan {
  const plan = addMeasure(samplePlan(), 'fa-1', {}, 'm-shared');
  const shared = plan.measures.find((m) => m.id === 'm-shared')!;
  shared.title = 'Felles boligkontor';
  shared.sharedProject = { responsible: 'Bydel Alna', participants: 'Bydel Grorud', ledByOther };
  shared.budget = {
    costs: [{ year: 2027, amount: 400_000 }],
    // Financed by amounts that do not balance: the other district's business, not this plan's.
    financing: {
      mode: 'amount',
      amounts: [{ year: 2027, sourceId: plan.budget.sources[0]!.id, amount: 100_000 }],
    },
  };
  return plan;
}

describe('a shared project led and financed by another district', () => {
  it('is shown but not counted: every sum equals the plan without it', () => {
    const without = samplePlan();
    const led = withSharedProject(true);
    const counted = withSharedProject(false);

    expect(yearlyBudgetByFocusArea(led, 2027).sum).toEqual(
      yearlyBudgetByFocusArea(without, 2027).sum,
    );
    expect(multiYearOverview(led).sum).toEqual(multiYearOverview(without).sum);
    expect(moneyByYear(led)).toEqual(moneyByYear(without));
    // Counted as usual when this district leads it.
    expect(multiYearOverview(counted).sum.cost).toBe(multiYearOverview(without).sum.cost + 400_000);

    const detail = measureBudgetDetail(led, 'fa-1', 2027);
    const row = detail.rows.find((r) => r.key === 'm-shared')!;
    expect(row).toMatchObject({ cost: 400_000, notCounted: true });
    expect(detail.sum.cost).toBe(250_000);
    expect(detail.rows.find((r) => r.key === 'm-1a')!.notCounted).toBeUndefined();
  });

  it('needs neither balance nor cost in this plan', () => {
    const led = withSharedProject(true);
    const counted = withSharedProject(false);
    const about = (plan: Plan) =>
      runQualityChecks(plan)
        .filter((p) => p.entityId === 'm-shared')
        .map((p) => p.kind);
    expect(about(counted)).toContain('budget-unbalanced');
    expect(about(led)).not.toContain('budget-unbalanced');

    const noCost = withSharedProject(true);
    noCost.measures.find((m) => m.id === 'm-shared')!.budget = {
      costs: [],
      financing: { mode: 'default' },
    };
    expect(about(noCost)).not.toContain('measure-without-cost');
    noCost.measures.find((m) => m.id === 'm-shared')!.sharedProject!.ledByOther = false;
    expect(about(noCost)).toContain('measure-without-cost');
  });

  it('gets one note naming who finances it', () => {
    const led = withSharedProject(true);
    expect(countedMeasures(led.measures).map((m) => m.id)).toEqual(['m-1a']);
    expect(notCountedNote(led.measures)).toBe(
      'Tiltak merket * er felles prosjekter som finansieres av Bydel Alna; beløpene er ikke med i summene.',
    );
    expect(notCountedNote(samplePlan().measures)).toBeNull();
  });
});
