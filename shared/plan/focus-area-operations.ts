import type { Plan } from '../model/plan';
import type { FocusArea } from '../model/strategies';
import { hasSameValues, moveById } from './list-operations';
import { recodeAfterAreaCodeChange } from './measure-codes';
import { placeMeasure, removeMeasures } from './measure-operations';
import { newId } from './new-id';

// Pure edits of focus areas (satsningsområder). Each returns a new plan, or the very same plan
// object when nothing changes.

export type FocusAreaFields = Partial<Pick<FocusArea, 'code' | 'title' | 'description'>>;

/** The code after the highest whole-number code in use («1», «2» … → «3»). */
export function nextFocusAreaCode(plan: Plan): string {
  const numbers = plan.focusAreas
    .map((f) => f.code.trim())
    .filter((code) => /^\d+$/.test(code))
    .map(Number);
  return String(numbers.length ? Math.max(...numbers) + 1 : plan.focusAreas.length + 1);
}

export function addFocusArea(plan: Plan, fields: FocusAreaFields = {}, id: string = newId()): Plan {
  const area: FocusArea = {
    id,
    code: nextFocusAreaCode(plan),
    title: '',
    description: '',
    strategyIds: [],
    budget: { costs: [], financing: { mode: 'default' } },
    spent: [],
    ...fields,
  };
  return { ...plan, focusAreas: [...plan.focusAreas, area] };
}

/** Changes code, title or description; a new code carries over to measure codes (1A → 6A). */
export function updateFocusArea(plan: Plan, focusAreaId: string, fields: FocusAreaFields): Plan {
  const area = plan.focusAreas.find((f) => f.id === focusAreaId);
  if (!area || hasSameValues(area, fields)) return plan;
  const changed = {
    ...plan,
    focusAreas: plan.focusAreas.map((f) => (f.id === focusAreaId ? { ...f, ...fields } : f)),
  };
  return fields.code === undefined
    ? changed
    : recodeAfterAreaCodeChange(changed, focusAreaId, area.code, fields.code);
}

export function moveFocusArea(plan: Plan, focusAreaId: string, delta: number): Plan {
  const focusAreas = moveById(plan.focusAreas, focusAreaId, delta);
  return focusAreas ? { ...plan, focusAreas } : plan;
}

/** Puts a focus area at a position in the list (drag and drop). */
export function moveFocusAreaTo(plan: Plan, focusAreaId: string, index: number): Plan {
  const from = plan.focusAreas.findIndex((f) => f.id === focusAreaId);
  if (from < 0) return plan;
  const to = Math.max(0, Math.min(index, plan.focusAreas.length - 1));
  return moveFocusArea(plan, focusAreaId, to - from);
}

/** Whether a focus area uses a strategy. */
export function setFocusAreaStrategy(
  plan: Plan,
  focusAreaId: string,
  strategyId: string,
  on: boolean,
): Plan {
  const area = plan.focusAreas.find((f) => f.id === focusAreaId);
  if (!area || area.strategyIds.includes(strategyId) === on) return plan;
  if (on && !plan.strategies.some((s) => s.id === strategyId)) return plan;
  // Kept in the order of the strategy list, so the document lists them the same way everywhere.
  const ids = new Set(on ? [...area.strategyIds, strategyId] : area.strategyIds);
  if (!on) ids.delete(strategyId);
  const strategyIds = plan.strategies.map((s) => s.id).filter((id) => ids.has(id));
  return {
    ...plan,
    focusAreas: plan.focusAreas.map((f) => (f.id === focusAreaId ? { ...f, strategyIds } : f)),
  };
}

/** What happens to the measures of a focus area that is deleted. Never left pointing at nothing. */
export type FocusAreaMeasuresChoice = { kind: 'delete' } | { kind: 'move'; toFocusAreaId: string };

/**
 * Deletes a focus area. Its measures are deleted too or moved (getting codes in the new area);
 * main goals and sub-goals that belonged to it become goals for the whole plan (kept under their
 * main goal, with their result goals); workshops and their cards let go of it.
 */
export function removeFocusArea(
  plan: Plan,
  focusAreaId: string,
  choice: FocusAreaMeasuresChoice = { kind: 'delete' },
): Plan {
  if (!plan.focusAreas.some((f) => f.id === focusAreaId)) return plan;
  const measureIds = plan.measures.filter((m) => m.focusAreaId === focusAreaId).map((m) => m.id);
  let next = plan;
  if (choice.kind === 'move') {
    if (choice.toFocusAreaId === focusAreaId) return plan;
    if (!plan.focusAreas.some((f) => f.id === choice.toFocusAreaId)) return plan;
    for (const id of measureIds) next = placeMeasure(next, id, choice.toFocusAreaId, null);
  } else {
    next = removeMeasures(next, new Set(measureIds));
  }
  const release = <T extends { focusAreaId: string | null }>(item: T): T =>
    item.focusAreaId === focusAreaId ? { ...item, focusAreaId: null } : item;
  return {
    ...next,
    focusAreas: next.focusAreas.filter((f) => f.id !== focusAreaId),
    mainGoals: next.mainGoals.some(
      (g) => g.focusAreaId === focusAreaId || g.subGoals.some((s) => s.focusAreaId === focusAreaId),
    )
      ? next.mainGoals.map((g) => ({ ...release(g), subGoals: g.subGoals.map(release) }))
      : next.mainGoals,
    workshops: next.workshops.some(
      (w) => w.focusAreaId === focusAreaId || w.cards.some((c) => c.focusAreaId === focusAreaId),
    )
      ? next.workshops.map((w) => ({ ...release(w), cards: w.cards.map(release) }))
      : next.workshops,
  };
}
