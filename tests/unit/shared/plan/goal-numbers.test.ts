import { describe, expect, it } from 'vitest';
import type { Plan } from '#shared/model/plan';
import { removeFocusArea, updateFocusArea } from '#shared/plan/focus-area-operations';
import { goalNumbers } from '#shared/plan/goal-numbers';
import {
  addMainGoal,
  addResultGoal,
  addSubGoal,
  moveMainGoal,
  moveSubGoal,
  removeSubGoal,
  updateSubGoal,
} from '#shared/plan/goal-operations';
import { listGoals } from '#shared/plan/traceability';
import { planWithTwoAreas } from '../../../support/two-focus-areas';

/** Two focus areas (codes 1 and 2) and two main goals for the whole plan, no sub-goals yet. */
function basePlan(): Plan {
  let plan = planWithTwoAreas();
  plan = addMainGoal(plan, { title: 'Flere i egen bolig' }, 'g-1');
  plan = addMainGoal(plan, { title: 'Gode bomiljøer' }, 'g-2');
  return plan;
}

const numberOf = (plan: Plan, id: string) => goalNumbers(plan).get(id);

describe('goalNumbers', () => {
  it('numbers main goals by place and the plan’s own sub-goals and result goals under them', () => {
    let plan = basePlan();
    plan = addSubGoal(plan, 'g-2', { title: 'A' }, 's-a');
    plan = addSubGoal(plan, 'g-2', { title: 'B' }, 's-b');
    plan = addResultGoal(plan, 's-b', { title: 'R' }, 'r-1');
    expect(numberOf(plan, 'g-1')).toBe('1');
    expect(numberOf(plan, 'g-2')).toBe('2');
    expect(numberOf(plan, 's-a')).toBe('2.1');
    expect(numberOf(plan, 's-b')).toBe('2.2');
    expect(numberOf(plan, 'r-1')).toBe('2.2.1');
  });

  it('numbers a focus area’s sub-goals as the form does, whatever main goal they serve', () => {
    let plan = basePlan();
    plan = addSubGoal(plan, 'g-2', { title: 'Første', focusAreaId: 'fa-1' }, 's-1');
    plan = addSubGoal(plan, 'g-1', { title: 'Andre', focusAreaId: 'fa-2' }, 's-2');
    plan = addSubGoal(plan, 'g-2', { title: 'Tredje', focusAreaId: 'fa-1' }, 's-3');
    plan = addResultGoal(plan, 's-3', { title: 'R' }, 'r-3');
    expect(numberOf(plan, 's-1')).toBe('1.1');
    expect(numberOf(plan, 's-3')).toBe('1.2');
    expect(numberOf(plan, 's-2')).toBe('2.1');
    // A result goal follows its sub-goal's number.
    expect(numberOf(plan, 'r-3')).toBe('1.2.1');
  });

  it('counts an area’s sub-goals in plan order: main goal by main goal', () => {
    let plan = basePlan();
    plan = addSubGoal(plan, 'g-2', { title: 'Lagt til først', focusAreaId: 'fa-1' }, 's-late');
    plan = addSubGoal(plan, 'g-1', { title: 'Lagt til sist', focusAreaId: 'fa-1' }, 's-early');
    expect(numberOf(plan, 's-early')).toBe('1.1');
    expect(numberOf(plan, 's-late')).toBe('1.2');
  });

  it('lets the form’s number win a collision; the plan’s own sub-goal counts on to a free one', () => {
    let plan = basePlan();
    // Main goal 1's own first sub-goal would be «1.1», and so would focus area 1's first.
    plan = addSubGoal(plan, 'g-1', { title: 'Hele planen' }, 's-plan');
    plan = addSubGoal(plan, 'g-1', { title: 'Hele planen 2' }, 's-plan-2');
    plan = addSubGoal(plan, 'g-2', { title: 'Område 1', focusAreaId: 'fa-1' }, 's-area');
    expect(numberOf(plan, 's-area')).toBe('1.1');
    expect(numberOf(plan, 's-plan')).toBe('1.2');
    expect(numberOf(plan, 's-plan-2')).toBe('1.3');
    const labels = listGoals(plan).map((g) => g.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('never shows a number twice when two focus areas share a code', () => {
    let plan = basePlan();
    plan = updateFocusArea(plan, 'fa-2', { code: '1' });
    plan = addSubGoal(plan, 'g-1', { focusAreaId: 'fa-1' }, 's-1');
    plan = addSubGoal(plan, 'g-1', { focusAreaId: 'fa-2' }, 's-2');
    plan = addSubGoal(plan, 'g-1', {}, 's-3');
    expect([numberOf(plan, 's-1'), numberOf(plan, 's-2'), numberOf(plan, 's-3')]).toEqual([
      '1.1',
      '1.2',
      '1.3',
    ]);
  });

  it('numbers an area without a code by its place in the list', () => {
    let plan = basePlan();
    plan = updateFocusArea(plan, 'fa-2', { code: '' });
    plan = addSubGoal(plan, 'g-1', { focusAreaId: 'fa-2' }, 's-1');
    expect(numberOf(plan, 's-1')).toBe('2.1');
  });

  it('follows moves, deletions, a changed area code and a changed focus area', () => {
    let plan = basePlan();
    plan = addSubGoal(plan, 'g-1', { focusAreaId: 'fa-1' }, 's-1');
    plan = addSubGoal(plan, 'g-1', { focusAreaId: 'fa-1' }, 's-2');
    plan = addSubGoal(plan, 'g-2', {}, 's-own');
    expect(numberOf(plan, 's-own')).toBe('2.1');

    const moved = moveSubGoal(plan, 's-2', -1);
    expect([numberOf(moved, 's-2'), numberOf(moved, 's-1')]).toEqual(['1.1', '1.2']);

    const mainMoved = moveMainGoal(plan, 'g-2', -1);
    expect(numberOf(mainMoved, 'g-2')).toBe('1');
    // Main goal 2 is now first; its own sub-goal would be «1.1», taken by focus area 1.
    expect(numberOf(mainMoved, 's-own')).toBe('1.3');
    expect(numberOf(mainMoved, 's-1')).toBe('1.1');

    const deleted = removeSubGoal(plan, 's-1');
    expect(numberOf(deleted, 's-2')).toBe('1.1');

    const recoded = updateFocusArea(plan, 'fa-1', { code: '5' });
    expect([numberOf(recoded, 's-1'), numberOf(recoded, 's-2')]).toEqual(['5.1', '5.2']);

    const toArea2 = updateSubGoal(plan, 's-2', { focusAreaId: 'fa-2' });
    expect(numberOf(toArea2, 's-2')).toBe('2.1');
    const toPlan = updateSubGoal(plan, 's-1', { focusAreaId: null });
    expect(numberOf(toPlan, 's-1')).toBe('1.2');
    expect(numberOf(toPlan, 's-2')).toBe('1.1');

    // Deleting the focus area keeps its sub-goals, now numbered under their main goal.
    const areaGone = removeFocusArea(plan, 'fa-1');
    expect([numberOf(areaGone, 's-1'), numberOf(areaGone, 's-2')]).toEqual(['1.1', '1.2']);
  });

  it('is the number every goal list reads (traceability’s labels)', () => {
    let plan = basePlan();
    plan = addSubGoal(plan, 'g-2', { title: 'X', focusAreaId: 'fa-2' }, 's-x');
    plan = addResultGoal(plan, 's-x', {}, 'r-x');
    const labels = new Map(listGoals(plan).map((g) => [g.id, g.label]));
    expect(labels.get('s-x')).toBe('Delmål 2.1');
    expect(labels.get('r-x')).toBe('Resultatmål 2.1.1');
    expect(labels.get('g-2')).toBe('Hovedmål 2');
  });
});
