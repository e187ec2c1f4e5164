import { describe, expect, it } from 'vitest';
import type { Plan } from '#shared/model/plan';
import { createEmptyPlan } from '#shared/plan/create-plan';
import { addMainGoal, addResultGoal, addSubGoal } from '#shared/plan/goal-operations';
import { goalOutline, goalSummary, mainGoalOf } from '#shared/plan/goal-outline';
import { readShippedTemplate } from '../../../support/shipped-templates';
import { noAreaCost } from '../../../support/focus-area-money';

/** Main goal A with sub-goals A1 (two result goals) and A2 (one, for focus area 2); B empty. */
function plan(): Plan {
  let p = createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));
  p.focusAreas = [
    {
      id: 'fa-1',
      code: '1',
      title: 'Egnede boliger',
      description: '',
      strategyIds: [],
      ...noAreaCost(),
    },
    { id: 'fa-2', code: '2', title: 'Bomiljø', description: '', strategyIds: [], ...noAreaCost() },
  ];
  p = addMainGoal(p, { title: '  Flere i egen bolig ' }, 'A');
  p = addMainGoal(p, {}, 'B');
  p = addSubGoal(p, 'A', { title: 'Kortere botid' }, 'A1');
  p = addSubGoal(p, 'A', { title: 'Tryggere bomiljø', focusAreaId: 'fa-2' }, 'A2');
  p = addResultGoal(p, 'A1', { title: 'Færre i midlertidig bolig' }, 'A1a');
  p = addResultGoal(p, 'A1', {}, 'A1b');
  p = addResultGoal(p, 'A2', {}, 'A2a');
  return p;
}

describe('goalOutline', () => {
  it('lists each main goal with its sub-goals, numbered by the one numbering', () => {
    expect(goalOutline(plan())).toEqual([
      {
        id: 'A',
        number: '1',
        title: 'Flere i egen bolig',
        subGoals: [
          { id: 'A1', number: '1.1', title: 'Kortere botid' },
          // A focus area's sub-goal carries the area's number, as everywhere else.
          { id: 'A2', number: '2.1', title: 'Tryggere bomiljø' },
        ],
        summary: '2 delmål · 3 resultatmål',
      },
      { id: 'B', number: '2', title: '', subGoals: [], summary: 'Ingen delmål ennå' },
    ]);
  });

  it('numbers the Oslo template’s eight goals 1 to 8 in their order', () => {
    const oslo = readShippedTemplate('oslo-bydel.json').plan;
    const outline = goalOutline(oslo);
    expect(outline.map((g) => g.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(outline.map((g) => g.id)).toEqual(oslo.mainGoals.map((g) => g.id));
    expect(outline[0]!.subGoals.map((s) => s.number)).toEqual(['1.1', '1.2']);
  });
});

describe('goalSummary', () => {
  it('counts sub-goals and result goals, and says when there are none', () => {
    const p = plan();
    expect(goalSummary(p.mainGoals[0]!)).toBe('2 delmål · 3 resultatmål');
    expect(goalSummary(p.mainGoals[1]!)).toBe('Ingen delmål ennå');
    const one = addSubGoal(p, 'B', {}, 'B1');
    expect(goalSummary(one.mainGoals[1]!)).toBe('1 delmål · ingen resultatmål');
  });
});

describe('mainGoalOf', () => {
  it('finds the main goal of a main goal, a sub-goal and a result goal', () => {
    const p = plan();
    expect(mainGoalOf(p, 'A')).toBe('A');
    expect(mainGoalOf(p, 'B')).toBe('B');
    expect(mainGoalOf(p, 'A2')).toBe('A');
    expect(mainGoalOf(p, 'A1b')).toBe('A');
  });

  it('is null for anything that is not a goal', () => {
    expect(mainGoalOf(plan(), 'fa-1')).toBeNull();
    expect(mainGoalOf(plan(), 'gone')).toBeNull();
  });
});
