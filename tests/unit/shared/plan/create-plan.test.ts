import { describe, expect, it } from 'vitest';
import { planSchema } from '#shared/model/plan';
import { instantiateTemplate } from '#shared/plan/create-plan';
import { samplePlan } from '../../../support/plan-fixtures';

describe('a new plan from a template', () => {
  it('gets a new id, the title, draft status and fresh timestamps', () => {
    const template = samplePlan();
    template.info.status = 'vedtatt';
    const plan = instantiateTemplate(
      template,
      '  Plan for Bydel Ås  ',
      new Date('2027-05-01T08:00:00Z'),
    );
    expect(plan.id).not.toBe(template.id);
    expect(plan.info).toMatchObject({
      title: 'Plan for Bydel Ås',
      status: 'utkast',
      createdAt: '2027-05-01T08:00:00.000Z',
    });
    expect(plan.info.periodStart).toBe(2027);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('moves a period that has begun, with its budget and indicator years, to start this year', () => {
    const template = samplePlan(); // 2027–2030, cost in 2027, indicator 2026 → 2030
    const plan = instantiateTemplate(template, '', new Date('2031-02-01T08:00:00Z'));
    expect([plan.info.periodStart, plan.info.periodEnd]).toEqual([2031, 2034]);
    expect(plan.measures[0]!.budget.costs).toEqual([{ year: 2031, amount: 250000 }]);
    const indicator = plan.mainGoals[0]!.subGoals[0]!.resultGoals[0]!.indicator!;
    expect([indicator.baseline!.year, indicator.target!.year]).toEqual([2030, 2034]);
    expect(plan.info.title).toBe(template.info.title);
    expect(template.info.periodStart).toBe(2027);
  });
});
