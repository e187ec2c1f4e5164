import type { FocusArea, Strategy } from '../model/strategies';
import type { Measure } from '../model/measures';
import type { Plan } from '../model/plan';
import { hasSameValues, moveById } from './list-operations';
import { newId } from './new-id';
import { listGoals, sortedMeasures } from './traceability';

// Pure edits of the strategies (Grorud: 1 KUNNSKAP, 2 PRIORITERINGER …) and their goal links.

export type StrategyFields = Partial<Pick<Strategy, 'code' | 'title' | 'description'>>;

/**
 * The code a new strategy gets: the next letter when the plan uses letters (a, b → c), otherwise
 * the next number. Never a code that is already taken.
 */
export function nextStrategyCode(plan: Plan): string {
  const codes = plan.strategies.map((s) => s.code.trim()).filter(Boolean);
  const taken = new Set(codes.map((c) => c.toLowerCase()));
  const letters = codes.filter((c) => /^[a-zæøå]$/i.test(c));
  if (letters.length > 0 && letters.length === codes.length) {
    const alphabet = 'abcdefghijklmnopqrstuvwxyzæøå';
    const highest = Math.max(...letters.map((c) => alphabet.indexOf(c.toLowerCase())));
    const next = alphabet
      .slice(highest + 1)
      .split('')
      .find((c) => !taken.has(c));
    if (next) return letters[0] === letters[0]!.toUpperCase() ? next.toUpperCase() : next;
  }
  const numbers = codes.filter((c) => /^\d+$/.test(c)).map(Number);
  let next = numbers.length > 0 ? Math.max(...numbers) + 1 : plan.strategies.length + 1;
  while (taken.has(String(next))) next += 1;
  return String(next);
}

export function addStrategy(plan: Plan, fields: StrategyFields = {}, id: string = newId()): Plan {
  const strategy: Strategy = {
    id,
    code: nextStrategyCode(plan),
    title: '',
    description: '',
    goalIds: [],
    ...fields,
  };
  return { ...plan, strategies: [...plan.strategies, strategy] };
}

export function updateStrategy(plan: Plan, strategyId: string, fields: StrategyFields): Plan {
  const strategy = plan.strategies.find((s) => s.id === strategyId);
  if (!strategy || hasSameValues(strategy, fields)) return plan;
  return {
    ...plan,
    strategies: plan.strategies.map((s) => (s.id === strategyId ? { ...s, ...fields } : s)),
  };
}

export function moveStrategy(plan: Plan, strategyId: string, delta: number): Plan {
  const strategies = moveById(plan.strategies, strategyId, delta);
  return strategies ? { ...plan, strategies } : plan;
}

/** Moves a strategy to a position in the list (after dragging it there). */
export function moveStrategyTo(plan: Plan, strategyId: string, toIndex: number): Plan {
  const from = plan.strategies.findIndex((s) => s.id === strategyId);
  return from < 0 ? plan : moveStrategy(plan, strategyId, toIndex - from);
}

/** Deletes a strategy and takes it out of the focus areas and measures that use it. */
export function removeStrategy(plan: Plan, strategyId: string): Plan {
  if (!plan.strategies.some((s) => s.id === strategyId)) return plan;
  const without = (ids: string[]) => ids.filter((id) => id !== strategyId);
  return {
    ...plan,
    strategies: plan.strategies.filter((s) => s.id !== strategyId),
    focusAreas: plan.focusAreas.map((f) =>
      f.strategyIds.includes(strategyId) ? { ...f, strategyIds: without(f.strategyIds) } : f,
    ),
    measures: plan.measures.map((m) =>
      m.strategyIds.includes(strategyId) ? { ...m, strategyIds: without(m.strategyIds) } : m,
    ),
  };
}

/**
 * Links a strategy to a goal (main, sub or result goal), or unlinks it. The goal ids are kept in
 * the order of Visjon og mål, so the file does not depend on the order of clicks.
 */
export function setStrategyGoal(
  plan: Plan,
  strategyId: string,
  goalId: string,
  serves: boolean,
): Plan {
  const strategy = plan.strategies.find((s) => s.id === strategyId);
  const goals = listGoals(plan);
  if (!strategy || !goals.some((g) => g.id === goalId)) return plan;
  if (strategy.goalIds.includes(goalId) === serves) return plan;
  const chosen = new Set(strategy.goalIds);
  if (serves) chosen.add(goalId);
  else chosen.delete(goalId);
  const goalIds = goals.filter((g) => chosen.has(g.id)).map((g) => g.id);
  return {
    ...plan,
    strategies: plan.strategies.map((s) => (s.id === strategyId ? { ...s, goalIds } : s)),
  };
}

export interface StrategyUsage {
  focusAreas: FocusArea[];
  /** In the order of the focus areas, then by code. */
  measures: Measure[];
}

/** Which focus areas and measures use a strategy. */
export function strategyUsage(plan: Plan, strategyId: string): StrategyUsage {
  return {
    focusAreas: plan.focusAreas.filter((f) => f.strategyIds.includes(strategyId)),
    measures: sortedMeasures(plan).filter((m) => m.strategyIds.includes(strategyId)),
  };
}
