import type { Indicator, MainGoal, ResultGoal, SubGoal, Vision } from '../model/goals';
import type { Plan } from '../model/plan';
import { hasSameValues, moveById } from './list-operations';
import { newId } from './new-id';

// Pure edits of the vision and the goal tree (hovedmål → delmål → resultatmål). Each returns a
// new plan, or the very same plan object when nothing changes, so callers can skip no-ops.

export type MainGoalFields = Partial<
  Pick<MainGoal, 'title' | 'description' | 'focusAreaId' | 'nationalGoal'>
>;
export type SubGoalFields = Partial<Pick<SubGoal, 'title' | 'description' | 'focusAreaId'>>;
export type ResultGoalFields = Partial<Pick<ResultGoal, 'title' | 'indicator'>>;

export function updateVision(plan: Plan, fields: Partial<Vision>): Plan {
  if (hasSameValues(plan.vision, fields)) return plan;
  return { ...plan, vision: { ...plan.vision, ...fields } };
}

export function addMainGoal(plan: Plan, fields: MainGoalFields = {}, id: string = newId()): Plan {
  const goal: MainGoal = {
    id,
    title: '',
    description: '',
    focusAreaId: null,
    nationalGoal: '',
    subGoals: [],
    ...fields,
  };
  return { ...plan, mainGoals: [...plan.mainGoals, goal] };
}

export function updateMainGoal(plan: Plan, goalId: string, fields: MainGoalFields): Plan {
  const goal = plan.mainGoals.find((g) => g.id === goalId);
  if (!goal || hasSameValues(goal, fields)) return plan;
  return {
    ...plan,
    mainGoals: plan.mainGoals.map((g) => (g.id === goalId ? { ...g, ...fields } : g)),
  };
}

export function moveMainGoal(plan: Plan, goalId: string, delta: number): Plan {
  const mainGoals = moveById(plan.mainGoals, goalId, delta);
  return mainGoals ? { ...plan, mainGoals } : plan;
}

/** Deletes a main goal with its sub-goals and result goals, and every reference to any of them. */
export function removeMainGoal(plan: Plan, goalId: string): Plan {
  const goal = plan.mainGoals.find((g) => g.id === goalId);
  if (!goal) return plan;
  const without = { ...plan, mainGoals: plan.mainGoals.filter((g) => g.id !== goalId) };
  return removeGoalReferences(without, new Set(goalIdsOf(goal)));
}

export function addSubGoal(
  plan: Plan,
  mainGoalId: string,
  fields: SubGoalFields = {},
  id: string = newId(),
): Plan {
  if (!plan.mainGoals.some((g) => g.id === mainGoalId)) return plan;
  if (fields.focusAreaId && !plan.focusAreas.some((f) => f.id === fields.focusAreaId)) return plan;
  const sub: SubGoal = {
    id,
    title: '',
    description: '',
    focusAreaId: null,
    resultGoals: [],
    ...fields,
  };
  return mapMainGoal(plan, mainGoalId, (g) => ({ ...g, subGoals: [...g.subGoals, sub] }));
}

export function updateSubGoal(plan: Plan, subGoalId: string, fields: SubGoalFields): Plan {
  const found = findSubGoal(plan, subGoalId);
  if (!found || hasSameValues(found.subGoal, fields)) return plan;
  // A sub-goal never points at a focus area that does not exist (the file would be refused).
  if (fields.focusAreaId && !plan.focusAreas.some((f) => f.id === fields.focusAreaId)) return plan;
  return mapMainGoal(plan, found.mainGoal.id, (g) => ({
    ...g,
    subGoals: g.subGoals.map((s) => (s.id === subGoalId ? { ...s, ...fields } : s)),
  }));
}

/** Moves a sub-goal within its own main goal. */
export function moveSubGoal(plan: Plan, subGoalId: string, delta: number): Plan {
  const found = findSubGoal(plan, subGoalId);
  const subGoals = found && moveById(found.mainGoal.subGoals, subGoalId, delta);
  if (!found || !subGoals) return plan;
  return mapMainGoal(plan, found.mainGoal.id, (g) => ({ ...g, subGoals }));
}

export function removeSubGoal(plan: Plan, subGoalId: string): Plan {
  const found = findSubGoal(plan, subGoalId);
  if (!found) return plan;
  const without = mapMainGoal(plan, found.mainGoal.id, (g) => ({
    ...g,
    subGoals: g.subGoals.filter((s) => s.id !== subGoalId),
  }));
  const ids = [subGoalId, ...found.subGoal.resultGoals.map((r) => r.id)];
  return removeGoalReferences(without, new Set(ids));
}

export function addResultGoal(
  plan: Plan,
  subGoalId: string,
  fields: ResultGoalFields = {},
  id: string = newId(),
): Plan {
  const result: ResultGoal = { id, title: '', indicator: null, ...fields };
  return mapSubGoal(plan, subGoalId, (s) => ({ ...s, resultGoals: [...s.resultGoals, result] }));
}

export function updateResultGoal(plan: Plan, resultGoalId: string, fields: ResultGoalFields): Plan {
  const found = findResultGoal(plan, resultGoalId);
  if (!found || hasSameValues(found.resultGoal, fields)) return plan;
  return mapSubGoal(plan, found.subGoal.id, (s) => ({
    ...s,
    resultGoals: s.resultGoals.map((r) => (r.id === resultGoalId ? { ...r, ...fields } : r)),
  }));
}

export function emptyIndicator(): Indicator {
  return { name: '', unit: '', baseline: null, target: null, measurements: [] };
}

/** Changes fields of a result goal's indicator, creating the indicator if it has none. */
export function updateIndicator(
  plan: Plan,
  resultGoalId: string,
  fields: Partial<Indicator>,
): Plan {
  const found = findResultGoal(plan, resultGoalId);
  if (!found) return plan;
  const current = found.resultGoal.indicator;
  if (current && hasSameValues(current, fields)) return plan;
  return updateResultGoal(plan, resultGoalId, {
    indicator: { ...(current ?? emptyIndicator()), ...fields },
  });
}

export function moveResultGoal(plan: Plan, resultGoalId: string, delta: number): Plan {
  const found = findResultGoal(plan, resultGoalId);
  const resultGoals = found && moveById(found.subGoal.resultGoals, resultGoalId, delta);
  if (!found || !resultGoals) return plan;
  return mapSubGoal(plan, found.subGoal.id, (s) => ({ ...s, resultGoals }));
}

export function removeResultGoal(plan: Plan, resultGoalId: string): Plan {
  const found = findResultGoal(plan, resultGoalId);
  if (!found) return plan;
  const without = mapSubGoal(plan, found.subGoal.id, (s) => ({
    ...s,
    resultGoals: s.resultGoals.filter((r) => r.id !== resultGoalId),
  }));
  return removeGoalReferences(without, new Set([resultGoalId]));
}

/** Strategies and measures may point at any goal level; drop the pointers to deleted goals. */
export function removeGoalReferences(plan: Plan, goalIds: ReadonlySet<string>): Plan {
  const keep = (ids: string[]) => ids.filter((id) => !goalIds.has(id));
  const touches = (ids: string[]) => ids.some((id) => goalIds.has(id));
  const strategiesChange = plan.strategies.some((s) => touches(s.goalIds));
  const measuresChange = plan.measures.some((m) => touches(m.goalIds));
  if (!strategiesChange && !measuresChange) return plan;
  return {
    ...plan,
    strategies: strategiesChange
      ? plan.strategies.map((s) => (touches(s.goalIds) ? { ...s, goalIds: keep(s.goalIds) } : s))
      : plan.strategies,
    measures: measuresChange
      ? plan.measures.map((m) => (touches(m.goalIds) ? { ...m, goalIds: keep(m.goalIds) } : m))
      : plan.measures,
  };
}

/** The ids of a main goal and everything below it. */
export function goalIdsOf(goal: MainGoal): string[] {
  return [goal.id, ...goal.subGoals.flatMap((s) => [s.id, ...s.resultGoals.map((r) => r.id)])];
}

export function findSubGoal(
  plan: Plan,
  subGoalId: string,
): { mainGoal: MainGoal; subGoal: SubGoal } | null {
  for (const mainGoal of plan.mainGoals) {
    const subGoal = mainGoal.subGoals.find((s) => s.id === subGoalId);
    if (subGoal) return { mainGoal, subGoal };
  }
  return null;
}

export function findResultGoal(
  plan: Plan,
  resultGoalId: string,
): { mainGoal: MainGoal; subGoal: SubGoal; resultGoal: ResultGoal } | null {
  for (const mainGoal of plan.mainGoals) {
    for (const subGoal of mainGoal.subGoals) {
      const resultGoal = subGoal.resultGoals.find((r) => r.id === resultGoalId);
      if (resultGoal) return { mainGoal, subGoal, resultGoal };
    }
  }
  return null;
}

function mapMainGoal(plan: Plan, goalId: string, change: (goal: MainGoal) => MainGoal): Plan {
  return { ...plan, mainGoals: plan.mainGoals.map((g) => (g.id === goalId ? change(g) : g)) };
}

function mapSubGoal(plan: Plan, subGoalId: string, change: (sub: SubGoal) => SubGoal): Plan {
  const found = findSubGoal(plan, subGoalId);
  if (!found) return plan;
  return mapMainGoal(plan, found.mainGoal.id, (g) => ({
    ...g,
    subGoals: g.subGoals.map((s) => (s.id === subGoalId ? change(s) : s)),
  }));
}
