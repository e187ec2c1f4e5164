import { describe, expect, it } from 'vitest';
import type { Plan } from '#shared/model/plan';
import { createEmptyPlan } from '#shared/plan/create-plan';
import {
  addFocusArea,
  moveFocusArea,
  moveFocusAreaTo,
  nextFocusAreaCode,
  removeFocusArea,
  setFocusAreaStrategy,
  updateFocusArea,
} from '#shared/plan/focus-area-operations';
import { findIntegrityProblems } from '#shared/plan/integrity';
import { newMeasure } from '#shared/plan/measure-operations';
import { noAreaCost } from '../../../support/focus-area-money';
import { focusArea } from '../../../support/two-focus-areas';

function basePlan(): Plan {
  const plan = createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));
  plan.strategies = ['a', 'b', 'c'].map((code) => ({
    id: `s-${code}`,
    code,
    title: code.toUpperCase(),
    description: '',
    goalIds: [],
  }));
  plan.focusAreas = [
    focusArea('fa-1', '1', 'Egnede boliger'),
    focusArea('fa-2', '2', 'Oppfølging', { strategyIds: ['s-b'] }),
  ];
  plan.mainGoals = [
    {
      id: 'g-1',
      title: 'Flere i egen bolig',
      description: '',
      focusAreaId: 'fa-1',
      nationalGoal: '',
      subGoals: [],
    },
  ];
  plan.measures = [
    newMeasure('m-1', 'fa-1', '1A'),
    newMeasure('m-2', 'fa-2', '2A'),
    newMeasure('m-3', 'fa-1', '1B'),
  ];
  return plan;
}

describe('focus areas', () => {
  it('are added with the next number as code', () => {
    const plan = basePlan();
    expect(nextFocusAreaCode(plan)).toBe('3');
    const next = addFocusArea(plan, { title: 'Bomiljø' }, 'fa-3');
    expect(next.focusAreas[2]).toEqual({
      id: 'fa-3',
      code: '3',
      title: 'Bomiljø',
      description: '',
      strategyIds: [],
      ...noAreaCost(),
    });
  });

  it('carry a new code over to the measure codes', () => {
    const next = updateFocusArea(basePlan(), 'fa-1', { code: '6', title: 'Boliger' });
    expect(next.focusAreas[0]).toMatchObject({ code: '6', title: 'Boliger' });
    expect(next.measures.map((m) => m.code)).toEqual(['6A', '2A', '6B']);
    const plan = basePlan();
    expect(updateFocusArea(plan, 'fa-1', { title: 'Egnede boliger' })).toBe(plan);
  });

  it('move with buttons and by drag and drop', () => {
    const plan = basePlan();
    expect(moveFocusArea(plan, 'fa-1', 1).focusAreas.map((f) => f.id)).toEqual(['fa-2', 'fa-1']);
    expect(moveFocusArea(plan, 'fa-1', -1)).toBe(plan);
    expect(moveFocusAreaTo(plan, 'fa-2', 0).focusAreas.map((f) => f.id)).toEqual(['fa-2', 'fa-1']);
    expect(moveFocusAreaTo(plan, 'fa-2', 9)).toBe(plan);
  });

  it('pick strategies, kept in the order of the strategy list', () => {
    let plan = setFocusAreaStrategy(basePlan(), 'fa-2', 's-c', true);
    plan = setFocusAreaStrategy(plan, 'fa-2', 's-a', true);
    expect(plan.focusAreas[1]!.strategyIds).toEqual(['s-a', 's-b', 's-c']);
    plan = setFocusAreaStrategy(plan, 'fa-2', 's-b', false);
    expect(plan.focusAreas[1]!.strategyIds).toEqual(['s-a', 's-c']);
    expect(setFocusAreaStrategy(plan, 'fa-2', 's-a', true)).toBe(plan);
    expect(setFocusAreaStrategy(plan, 'fa-2', 'nope', true)).toBe(plan);
  });
});

describe('removeFocusArea', () => {
  it('deletes its measures too, and lets goals belong to the whole plan', () => {
    const next = removeFocusArea(basePlan(), 'fa-1', { kind: 'delete' });
    expect(next.focusAreas.map((f) => f.id)).toEqual(['fa-2']);
    expect(next.measures.map((m) => m.id)).toEqual(['m-2']);
    expect(next.mainGoals[0]!.focusAreaId).toBeNull();
    expect(findIntegrityProblems(next)).toEqual([]);
  });

  it('or moves its measures to another area with new codes there', () => {
    const next = removeFocusArea(basePlan(), 'fa-1', { kind: 'move', toFocusAreaId: 'fa-2' });
    expect(next.measures.map((m) => `${m.id}:${m.focusAreaId}:${m.code}`)).toEqual([
      'm-2:fa-2:2A',
      'm-1:fa-2:2B',
      'm-3:fa-2:2C',
    ]);
    expect(findIntegrityProblems(next)).toEqual([]);
  });

  it('refuses to move measures to itself or to nothing', () => {
    const plan = basePlan();
    expect(removeFocusArea(plan, 'fa-1', { kind: 'move', toFocusAreaId: 'fa-1' })).toBe(plan);
    expect(removeFocusArea(plan, 'fa-1', { kind: 'move', toFocusAreaId: 'nope' })).toBe(plan);
  });
});
