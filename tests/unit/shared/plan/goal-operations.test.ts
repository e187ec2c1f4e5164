import { describe, expect, it } from 'vitest';
import type { Measure } from '#shared/model/measures';
import { planSchema, type Plan } from '#shared/model/plan';
import { createEmptyPlan } from '#shared/plan/create-plan';
import { newMeasure } from '#shared/plan/measure-operations';
import {
  addMainGoal,
  addResultGoal,
  addSubGoal,
  moveMainGoal,
  moveResultGoal,
  moveSubGoal,
  removeMainGoal,
  removeResultGoal,
  removeSubGoal,
  updateIndicator,
  updateMainGoal,
  updateResultGoal,
  updateSubGoal,
  updateVision,
} from '#shared/plan/goal-operations';
import { noAreaCost } from '../../../support/focus-area-money';

function measure(id: string, goalIds: string[]): Measure {
  return { ...newMeasure(id, 'fa-1', '1A'), title: 'Boligtorg', goalIds };
}

/** Two main goals; the first with two sub-goals (one with a result goal); references to them all. */
function planWithGoals(): Plan {
  let plan = createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));
  plan = addMainGoal(plan, { title: 'Flere i egen bolig' }, 'hm-1');
  plan = addMainGoal(plan, { title: 'Trygge bomiljøer' }, 'hm-2');
  plan = addSubGoal(plan, 'hm-1', { title: 'Kortere tid i midlertidig bolig' }, 'dm-1');
  plan = addSubGoal(plan, 'hm-1', { title: 'Flere kan eie' }, 'dm-2');
  plan = addResultGoal(plan, 'dm-1', { title: 'Færre døgn i hospits' }, 'rm-1');
  plan = addSubGoal(plan, 'hm-2', { title: 'Avtaler med borettslag' }, 'dm-3');
  return {
    ...plan,
    focusAreas: [
      {
        id: 'fa-1',
        code: '1',
        title: 'Egnede boliger',
        description: '',
        strategyIds: ['s-1'],
        ...noAreaCost(),
      },
    ],
    strategies: [
      {
        id: 's-1',
        code: '1',
        title: 'KUNNSKAP',
        description: '',
        goalIds: ['hm-1', 'dm-2', 'rm-1', 'hm-2'],
      },
      { id: 's-2', code: '2', title: 'BOMILJØ', description: '', goalIds: ['dm-3'] },
    ],
    measures: [measure('m-1', ['rm-1', 'dm-3']), measure('m-2', ['hm-2'])],
  };
}

const isValid = (plan: Plan) => planSchema.safeParse(plan).success;

describe('vision', () => {
  it('updates text and rationale without touching the rest', () => {
    const plan = planWithGoals();
    const next = updateVision(plan, { text: 'Alle skal bo trygt.' });
    expect(next.vision).toEqual({ text: 'Alle skal bo trygt.', rationale: '' });
    expect(next.mainGoals).toBe(plan.mainGoals);
  });

  it('returns the same plan when nothing changes', () => {
    const plan = planWithGoals();
    expect(updateVision(plan, { text: plan.vision.text })).toBe(plan);
  });
});

describe('main goals', () => {
  it('the fixture is a valid plan', () => {
    expect(isValid(planWithGoals())).toBe(true);
  });

  it('adds an empty main goal last, with the given id', () => {
    const next = addMainGoal(planWithGoals(), {}, 'hm-3');
    expect(next.mainGoals.map((g) => g.id)).toEqual(['hm-1', 'hm-2', 'hm-3']);
    expect(next.mainGoals[2]).toEqual({
      id: 'hm-3',
      title: '',
      description: '',
      focusAreaId: null,
      nationalGoal: '',
      subGoals: [],
    });
    expect(isValid(next)).toBe(true);
  });

  it('updates fields, and leaves the original plan untouched', () => {
    const plan = planWithGoals();
    const next = updateMainGoal(plan, 'hm-1', {
      title: 'Ny tittel',
      nationalGoal: 'Bolig for velferd, mål 1',
      focusAreaId: 'fa-1',
    });
    expect(next.mainGoals[0]).toMatchObject({
      title: 'Ny tittel',
      nationalGoal: 'Bolig for velferd, mål 1',
      focusAreaId: 'fa-1',
    });
    expect(plan.mainGoals[0]!.title).toBe('Flere i egen bolig');
    expect(isValid(next)).toBe(true);
  });

  it('returns the same plan for unknown ids and unchanged values', () => {
    const plan = planWithGoals();
    expect(updateMainGoal(plan, 'finnes-ikke', { title: 'x' })).toBe(plan);
    expect(updateMainGoal(plan, 'hm-1', { title: 'Flere i egen bolig' })).toBe(plan);
  });

  it('moves up and down, and not past the ends', () => {
    const plan = planWithGoals();
    expect(moveMainGoal(plan, 'hm-2', -1).mainGoals.map((g) => g.id)).toEqual(['hm-2', 'hm-1']);
    expect(moveMainGoal(plan, 'hm-1', 1).mainGoals.map((g) => g.id)).toEqual(['hm-2', 'hm-1']);
    expect(moveMainGoal(plan, 'hm-1', -1)).toBe(plan);
    expect(moveMainGoal(plan, 'hm-2', 1)).toBe(plan);
  });

  it('deletes a main goal with its sub-goals and result goals and every reference to them', () => {
    const next = removeMainGoal(planWithGoals(), 'hm-1');
    expect(next.mainGoals.map((g) => g.id)).toEqual(['hm-2']);
    // hm-1, dm-2 and rm-1 were referenced; hm-2 stays.
    expect(next.strategies[0]!.goalIds).toEqual(['hm-2']);
    expect(next.strategies[1]!.goalIds).toEqual(['dm-3']);
    expect(next.measures[0]!.goalIds).toEqual(['dm-3']);
    expect(next.measures[1]!.goalIds).toEqual(['hm-2']);
    expect(isValid(next)).toBe(true);
  });

  it('leaves strategies and measures as they are when nothing pointed at the deleted goal', () => {
    let plan = planWithGoals();
    plan = addMainGoal(plan, {}, 'hm-9');
    const next = removeMainGoal(plan, 'hm-9');
    expect(next.strategies).toBe(plan.strategies);
    expect(next.measures).toBe(plan.measures);
  });
});

describe('sub-goals', () => {
  it('adds a sub-goal under the right main goal', () => {
    const next = addSubGoal(planWithGoals(), 'hm-2', { title: 'Møteplasser' }, 'dm-4');
    expect(next.mainGoals[1]!.subGoals.map((s) => s.id)).toEqual(['dm-3', 'dm-4']);
    expect(isValid(next)).toBe(true);
  });

  it('does nothing for an unknown main goal', () => {
    const plan = planWithGoals();
    expect(addSubGoal(plan, 'finnes-ikke')).toBe(plan);
  });

  it('updates title and description', () => {
    const next = updateSubGoal(planWithGoals(), 'dm-2', {
      title: 'Flere eier',
      description: 'Startlån',
    });
    expect(next.mainGoals[0]!.subGoals[1]).toMatchObject({
      title: 'Flere eier',
      description: 'Startlån',
    });
  });

  it('moves within its main goal only', () => {
    const plan = planWithGoals();
    expect(moveSubGoal(plan, 'dm-2', -1).mainGoals[0]!.subGoals.map((s) => s.id)).toEqual([
      'dm-2',
      'dm-1',
    ]);
    expect(moveSubGoal(plan, 'dm-3', -1)).toBe(plan);
  });

  it('deletes a sub-goal with its result goals and the references to both', () => {
    const next = removeSubGoal(planWithGoals(), 'dm-1');
    expect(next.mainGoals[0]!.subGoals.map((s) => s.id)).toEqual(['dm-2']);
    expect(next.strategies[0]!.goalIds).toEqual(['hm-1', 'dm-2', 'hm-2']);
    expect(next.measures[0]!.goalIds).toEqual(['dm-3']);
    expect(isValid(next)).toBe(true);
  });
});

describe('result goals and indicators', () => {
  it('adds a result goal without an indicator (a visible gap)', () => {
    const next = addResultGoal(planWithGoals(), 'dm-2', { title: 'Flere startlån' }, 'rm-2');
    expect(next.mainGoals[0]!.subGoals[1]!.resultGoals).toEqual([
      { id: 'rm-2', title: 'Flere startlån', indicator: null },
    ]);
    expect(isValid(next)).toBe(true);
  });

  it('creates the indicator on first change and merges later changes', () => {
    let plan = updateIndicator(planWithGoals(), 'rm-1', { name: 'Døgn i hospits' });
    plan = updateIndicator(plan, 'rm-1', { unit: 'døgn', target: { value: 400, year: 2030 } });
    expect(plan.mainGoals[0]!.subGoals[0]!.resultGoals[0]!.indicator).toEqual({
      name: 'Døgn i hospits',
      unit: 'døgn',
      baseline: null,
      target: { value: 400, year: 2030 },
      measurements: [],
    });
    expect(isValid(plan)).toBe(true);
  });

  it('removes an indicator', () => {
    let plan = updateIndicator(planWithGoals(), 'rm-1', { name: 'Døgn' });
    plan = updateResultGoal(plan, 'rm-1', { indicator: null });
    expect(plan.mainGoals[0]!.subGoals[0]!.resultGoals[0]!.indicator).toBeNull();
  });

  it('moves and deletes result goals, cleaning references', () => {
    let plan = addResultGoal(planWithGoals(), 'dm-1', {}, 'rm-2');
    plan = moveResultGoal(plan, 'rm-2', -1);
    expect(plan.mainGoals[0]!.subGoals[0]!.resultGoals.map((r) => r.id)).toEqual(['rm-2', 'rm-1']);
    plan = removeResultGoal(plan, 'rm-1');
    expect(plan.mainGoals[0]!.subGoals[0]!.resultGoals.map((r) => r.id)).toEqual(['rm-2']);
    expect(plan.strategies[0]!.goalIds).not.toContain('rm-1');
    expect(plan.measures[0]!.goalIds).toEqual(['dm-3']);
    expect(isValid(plan)).toBe(true);
  });
});
