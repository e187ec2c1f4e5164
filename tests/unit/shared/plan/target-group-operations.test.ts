import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '#shared/model/plan';
import {
  addTargetGroup,
  moveTargetGroup,
  moveTargetGroupTo,
  removeTargetGroup,
  targetGroupUsage,
  updateTargetGroup,
} from '#shared/plan/target-group-operations';
import { tracePlan } from '../../../support/trace-plan';

const names = (plan: Plan) => plan.targetGroups.map((g) => g.name);

/** The fixture with a workshop whose cards name target groups. */
function planWithWorkshop(): Plan {
  const plan = tracePlan();
  plan.workshops = [
    {
      id: 'w1',
      title: 'Verksted 1',
      date: '2026-04-01',
      focusAreaId: null,
      votesPerPerson: 3,
      participants: 0,
      notes: '',
      cards: [
        {
          id: 'c1',
          text: 'Boligtorg',
          focusAreaId: null,
          parked: false,
          votes: 0,
          owner: null,
          targetGroupIds: ['tg1', 'tg2'],
          measureId: null,
          accepted: false,
          mergedFrom: [],
        },
      ],
    },
  ];
  return plan;
}

describe('target group operations', () => {
  it('adds, updates and moves target groups', () => {
    let plan = addTargetGroup(tracePlan(), { name: 'Flyktninger' }, 'tg3');
    expect(plan.targetGroups.at(-1)).toEqual({ id: 'tg3', name: 'Flyktninger', description: '' });
    plan = updateTargetGroup(plan, 'tg3', { description: 'Bosettes for første gang.' });
    expect(plan.targetGroups[2]!.description).toBe('Bosettes for første gang.');
    expect(updateTargetGroup(plan, 'tg3', { name: 'Flyktninger' })).toBe(plan);
    expect(names(moveTargetGroup(plan, 'tg3', -1))).toEqual(['Unge', 'Flyktninger', 'Eldre']);
    expect(names(moveTargetGroupTo(plan, 'tg3', 0))).toEqual(['Flyktninger', 'Unge', 'Eldre']);
    expect(moveTargetGroup(plan, 'tg3', 1)).toBe(plan);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('deleting removes the group from measures and workshop cards', () => {
    const plan = removeTargetGroup(planWithWorkshop(), 'tg1');
    expect(names(plan)).toEqual(['Eldre']);
    expect(plan.measures.every((m) => !m.targetGroupIds.includes('tg1'))).toBe(true);
    expect(plan.measures.find((m) => m.id === 'm2')!.targetGroupIds).toEqual(['tg2']);
    expect(plan.workshops[0]!.cards[0]!.targetGroupIds).toEqual(['tg2']);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('tells which measures and cards name a group', () => {
    const plan = planWithWorkshop();
    const usage = targetGroupUsage(plan, 'tg1');
    expect(usage.measures.map((m) => m.code)).toEqual(['1A', '1B', '2A']);
    expect(usage.workshopCardCount).toBe(1);
    expect(targetGroupUsage(plan, 'unknown')).toEqual({ measures: [], workshopCardCount: 0 });
  });
});
