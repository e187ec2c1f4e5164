import type { Measure } from '../model/measures';
import type { Plan } from '../model/plan';
import type { TargetGroup } from '../model/strategies';
import { hasSameValues, moveById } from './list-operations';
import { newId } from './new-id';
import { sortedMeasures } from './traceability';

// Pure edits of the target groups (målgrupper). The matrix target group × focus area is derived
// in target-group-matrix.ts.

export type TargetGroupFields = Partial<Pick<TargetGroup, 'name' | 'description'>>;

export function addTargetGroup(
  plan: Plan,
  fields: TargetGroupFields = {},
  id: string = newId(),
): Plan {
  const group: TargetGroup = { id, name: '', description: '', ...fields };
  return { ...plan, targetGroups: [...plan.targetGroups, group] };
}

export function updateTargetGroup(plan: Plan, groupId: string, fields: TargetGroupFields): Plan {
  const group = plan.targetGroups.find((g) => g.id === groupId);
  if (!group || hasSameValues(group, fields)) return plan;
  return {
    ...plan,
    targetGroups: plan.targetGroups.map((g) => (g.id === groupId ? { ...g, ...fields } : g)),
  };
}

export function moveTargetGroup(plan: Plan, groupId: string, delta: number): Plan {
  const targetGroups = moveById(plan.targetGroups, groupId, delta);
  return targetGroups ? { ...plan, targetGroups } : plan;
}

/** Moves a target group to a position in the list (after dragging it there). */
export function moveTargetGroupTo(plan: Plan, groupId: string, toIndex: number): Plan {
  const from = plan.targetGroups.findIndex((g) => g.id === groupId);
  return from < 0 ? plan : moveTargetGroup(plan, groupId, toIndex - from);
}

/** Deletes a target group and takes it out of the measures and workshop cards that name it. */
export function removeTargetGroup(plan: Plan, groupId: string): Plan {
  if (!plan.targetGroups.some((g) => g.id === groupId)) return plan;
  const without = <T extends { targetGroupIds: string[] }>(item: T): T =>
    item.targetGroupIds.includes(groupId)
      ? { ...item, targetGroupIds: item.targetGroupIds.filter((id) => id !== groupId) }
      : item;
  return {
    ...plan,
    targetGroups: plan.targetGroups.filter((g) => g.id !== groupId),
    measures: plan.measures.map(without),
    workshops: plan.workshops.map((w) =>
      w.cards.some((c) => c.targetGroupIds.includes(groupId))
        ? { ...w, cards: w.cards.map(without) }
        : w,
    ),
  };
}

export interface TargetGroupUsage {
  /** In the order of the focus areas, then by code. */
  measures: Measure[];
  /** Workshop cards (ideas) that name the group. */
  workshopCardCount: number;
}

export function targetGroupUsage(plan: Plan, groupId: string): TargetGroupUsage {
  return {
    measures: sortedMeasures(plan).filter((m) => m.targetGroupIds.includes(groupId)),
    workshopCardCount: plan.workshops
      .flatMap((w) => w.cards)
      .filter((c) => c.targetGroupIds.includes(groupId)).length,
  };
}
