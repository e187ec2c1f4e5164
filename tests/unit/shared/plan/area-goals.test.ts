import { describe, expect, it } from 'vitest';
import type { Plan } from '#shared/model/plan';
import { planSchema } from '#shared/model/plan';
import { addAreaSubGoal, areaGoalGroups, defaultMainGoalForArea } from '#shared/plan/area-goals';
import { removeFocusArea } from '#shared/plan/focus-area-operations';
import { addMainGoal, addSubGoal, findSubGoal, updateSubGoal } from '#shared/plan/goal-operations';
import { findIntegrityProblems } from '#shared/plan/integrity';
import { newMeasure } from '#shared/plan/measure-operations';
import { findLooseEnds, goalsServedByMeasure } from '#shared/plan/traceability';
import { planWithTwoAreas } from '../../../support/two-focus-areas';

function basePlan(): Plan {
  const plan = planWithTwoAreas();
  return plan;
}

const withGoals = () => {
  let plan = basePlan();
  plan = addMainGoal(plan, { title: 'Hele planen' }, 'g-1');
  plan = addMainGoal(plan, { title: 'Også hele planen' }, 'g-2');
  return plan;
};

describe('addAreaSubGoal', () => {
  it('adds a sub-goal of the area under an existing main goal', () => {
    const plan = addAreaSubGoal(
      withGoals(),
      'fa-2',
      { kind: 'existing', mainGoalId: 'g-2' },
      'Færre utkastelser',
      's-1',
    );
    const found = findSubGoal(plan, 's-1');
    expect(found?.mainGoal.id).toBe('g-2');
    expect(found?.subGoal).toMatchObject({ title: 'Færre utkastelser', focusAreaId: 'fa-2' });
  });

  it('makes the first main goal (for the whole plan) in the same edit when there is none', () => {
    const plan = addAreaSubGoal(
      basePlan(),
      'fa-1',
      { kind: 'new', title: 'Flere i egen bolig', id: 'g-new' },
      'Kortere botid',
      's-1',
    );
    expect(plan.mainGoals).toHaveLength(1);
    expect(plan.mainGoals[0]).toMatchObject({
      id: 'g-new',
      title: 'Flere i egen bolig',
      focusAreaId: null,
    });
    expect(plan.mainGoals[0]!.subGoals[0]).toMatchObject({ id: 's-1', focusAreaId: 'fa-1' });
  });

  it('changes nothing for an unknown area or main goal', () => {
    const plan = withGoals();
    expect(addAreaSubGoal(plan, 'fa-x', { kind: 'existing', mainGoalId: 'g-1' }, 'X')).toBe(plan);
    expect(addAreaSubGoal(plan, 'fa-1', { kind: 'existing', mainGoalId: 'g-x' }, 'X')).toBe(plan);
  });
});

describe('sub-goal focus area references', () => {
  it('is refused for an area that does not exist', () => {
    const plan = addSubGoal(withGoals(), 'g-1', {}, 's-1');
    expect(addSubGoal(plan, 'g-1', { focusAreaId: 'fa-x' }, 's-2')).toBe(plan);
    expect(updateSubGoal(plan, 's-1', { focusAreaId: 'fa-x' })).toBe(plan);
  });

  it('is checked by the integrity check, and a file without the field reads as «none»', () => {
    const plan = addSubGoal(withGoals(), 'g-1', { focusAreaId: 'fa-1' }, 's-1');
    expect(findIntegrityProblems(plan)).toEqual([]);
    const broken = structuredClone(plan);
    broken.mainGoals[0]!.subGoals[0]!.focusAreaId = 'fa-x';
    const problems = findIntegrityProblems(broken);
    expect(problems.map((p) => p.path)).toEqual([['mainGoals', 0, 'subGoals', 0, 'focusAreaId']]);
    // The message names the sub-goal by the number the user sees.
    expect(problems[0]!.message).toBe(
      'Hovedmål 1 «Hele planen» › delmål 1.1 › satsningsområde: satsningsområdet med id «fa-x» finnes ikke.',
    );

    const old = structuredClone(plan) as unknown as {
      mainGoals: { subGoals: Record<string, unknown>[] }[];
    };
    delete old.mainGoals[0]!.subGoals[0]!.focusAreaId;
    expect(planSchema.parse(old).mainGoals[0]!.subGoals[0]!.focusAreaId).toBeNull();
  });

  it('is cleared when the focus area is deleted, in one edit, the sub-goal kept', () => {
    let plan = addSubGoal(withGoals(), 'g-1', { title: 'Beholdes', focusAreaId: 'fa-1' }, 's-1');
    plan = addSubGoal(plan, 'g-1', { focusAreaId: 'fa-2' }, 's-2');
    const next = removeFocusArea(plan, 'fa-1');
    expect(findSubGoal(next, 's-1')?.subGoal).toMatchObject({
      title: 'Beholdes',
      focusAreaId: null,
    });
    expect(findSubGoal(next, 's-2')?.subGoal.focusAreaId).toBe('fa-2');
    expect(findIntegrityProblems(next)).toEqual([]);
  });
});

describe('areaGoalGroups and defaultMainGoalForArea', () => {
  it('groups the area’s sub-goals under their main goals, a main goal of the area with its own', () => {
    let plan = withGoals();
    plan = addMainGoal(plan, { title: 'Områdets eget', focusAreaId: 'fa-1' }, 'g-3');
    plan = addSubGoal(plan, 'g-3', {}, 's-own');
    plan = addSubGoal(plan, 'g-3', { focusAreaId: 'fa-2' }, 's-other');
    plan = addSubGoal(plan, 'g-2', { focusAreaId: 'fa-1' }, 's-a');
    plan = addSubGoal(plan, 'g-1', {}, 's-plan');
    const groups = areaGoalGroups(plan, 'fa-1').map((g) => ({
      main: g.mainGoal.id,
      owns: g.ownsMainGoal,
      subs: g.subGoals.map((s) => s.id),
    }));
    expect(groups).toEqual([
      { main: 'g-2', owns: false, subs: ['s-a'] },
      { main: 'g-3', owns: true, subs: ['s-own'] },
    ]);
  });

  it('defaults to the area’s own main goal, else the last used, else the first, else none', () => {
    expect(defaultMainGoalForArea(basePlan(), 'fa-1')).toBeNull();
    let plan = withGoals();
    expect(defaultMainGoalForArea(plan, 'fa-1')).toBe('g-1');
    plan = addSubGoal(plan, 'g-2', { focusAreaId: 'fa-1' }, 's-1');
    expect(defaultMainGoalForArea(plan, 'fa-1')).toBe('g-2');
    expect(defaultMainGoalForArea(plan, 'fa-2')).toBe('g-1');
    plan = addMainGoal(plan, { focusAreaId: 'fa-1' }, 'g-3');
    expect(defaultMainGoalForArea(plan, 'fa-1')).toBe('g-3');
  });
});

describe('traceability of a focus area’s sub-goals', () => {
  it('counts the area’s measures as serving its sub-goals, so neither hangs loose', () => {
    let plan = addSubGoal(withGoals(), 'g-1', { focusAreaId: 'fa-1' }, 's-1');
    plan = {
      ...plan,
      measures: [newMeasure('m-1', 'fa-1', '1A'), newMeasure('m-2', 'fa-2', '2A')],
    };
    const served = goalsServedByMeasure(plan, 'm-1');
    expect(served.map((s) => [s.goal.label, s.viaFocusArea])).toEqual([['Delmål 1.1', true]]);
    const loose = findLooseEnds(plan);
    expect(loose.measures.map((m) => m.id)).toEqual(['m-2']);
    expect(loose.goals.map((g) => g.id)).not.toContain('s-1');
  });
});
