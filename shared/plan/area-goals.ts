import type { MainGoal, SubGoal } from '../model/goals';
import type { Plan } from '../model/plan';
import { addMainGoal, addSubGoal } from './goal-operations';
import { newId } from './new-id';

// The goals of one focus area, as Husbanken's form gives them: the area's sub-goals («Delmål
// 1.1», «1.2») under the main goal they serve. Read by the focus area panel and the document.

export interface AreaGoalGroup {
  mainGoal: MainGoal;
  /** The main goal itself belongs to the area (not only some of its sub-goals). */
  ownsMainGoal: boolean;
  /** The area's sub-goals under this main goal, in their order. */
  subGoals: SubGoal[];
}

/**
 * Each main goal the area's goals hang under, in plan order. A main goal that belongs to the area
 * brings its sub-goals for the whole plan too (those given to another area stay there); a main
 * goal for the whole plan, or of another area, appears only with the area's own sub-goals.
 */
export function areaGoalGroups(plan: Plan, focusAreaId: string): AreaGoalGroup[] {
  return plan.mainGoals.flatMap((mainGoal) => {
    const ownsMainGoal = mainGoal.focusAreaId === focusAreaId;
    const subGoals = mainGoal.subGoals.filter(
      (s) => s.focusAreaId === focusAreaId || (ownsMainGoal && s.focusAreaId === null),
    );
    return ownsMainGoal || subGoals.length > 0 ? [{ mainGoal, ownsMainGoal, subGoals }] : [];
  });
}

/**
 * The main goal a new sub-goal of the area goes under unless the user picks another: the main
 * goal that belongs to the area, else the one the area's latest sub-goal went under, else the
 * first; null when the plan has no main goal.
 */
export function defaultMainGoalForArea(plan: Plan, focusAreaId: string): string | null {
  const own = plan.mainGoals.find((g) => g.focusAreaId === focusAreaId);
  if (own) return own.id;
  const used = plan.mainGoals.filter((g) => g.subGoals.some((s) => s.focusAreaId === focusAreaId));
  return used.at(-1)?.id ?? plan.mainGoals[0]?.id ?? null;
}

/** Where a new sub-goal of a focus area goes: an existing main goal, or a new one for the plan. */
export type AreaSubGoalParent =
  { kind: 'existing'; mainGoalId: string } | { kind: 'new'; title: string; id?: string };

/**
 * Adds a sub-goal that belongs to a focus area, under an existing main goal or under a new main
 * goal for the whole plan made in the same edit (so a plan without main goals is no dead end and
 * both come back with one undo).
 */
export function addAreaSubGoal(
  plan: Plan,
  focusAreaId: string,
  parent: AreaSubGoalParent,
  title: string,
  id: string = newId(),
): Plan {
  if (!plan.focusAreas.some((f) => f.id === focusAreaId)) return plan;
  let next = plan;
  let mainGoalId: string;
  if (parent.kind === 'new') {
    mainGoalId = parent.id ?? newId();
    next = addMainGoal(next, { title: parent.title }, mainGoalId);
  } else {
    mainGoalId = parent.mainGoalId;
  }
  const added = addSubGoal(next, mainGoalId, { title, focusAreaId }, id);
  return added === next ? plan : added;
}
