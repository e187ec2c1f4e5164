import type { FocusArea, Strategy } from '../model/strategies';
import type { Measure } from '../model/measures';
import type { Plan } from '../model/plan';
import { goalNumbers } from './goal-numbers';

// Sporbarhet: how goals, strategies and measures hang together, read from the links in the plan.
//
// Rules (the same in both directions):
// - A strategy serves a goal when its goalIds hold the goal or one of the goal's descendants.
// - A measure serves a goal when its goalIds hold the goal or a descendant, when one of its
//   strategies serves the goal, or – for a main goal or a sub-goal that belongs to a focus area –
//   when the measure lies in that focus area.

export type GoalLevel = 'main' | 'sub' | 'result';

export interface GoalEntry {
  id: string;
  level: GoalLevel;
  /** "1", "1.2", "1.2.1": the one numbering of goals (`goalNumbers`). */
  number: string;
  title: string;
  /** "Hovedmål 1", "Delmål 1.2", "Resultatmål 1.2.1". */
  label: string;
  /** Main goal, sub-goal … down to this goal (ids). */
  pathIds: string[];
  /**
   * The focus area of this goal (a main goal's, or a sub-goal's own), else of the goal above it;
   * null for the whole plan.
   */
  focusAreaId: string | null;
  /**
   * The goal itself belongs to `focusAreaId` (a main goal or sub-goal of the area), so the
   * area's measures serve it without a link of their own.
   */
  areaServes: boolean;
}

const levelNames: Record<GoalLevel, string> = {
  main: 'Hovedmål',
  sub: 'Delmål',
  result: 'Resultatmål',
};

/** "Hovedmål 1 «Flere i egen bolig»". */
export function goalName(goal: GoalEntry): string {
  const title = goal.title.trim();
  return title ? `${goal.label} «${title}»` : goal.label;
}

/** Every goal in the order of Visjon og mål (each main goal followed by its sub- and result goals). */
export function listGoals(plan: Plan): GoalEntry[] {
  return traceIndex(plan).goals;
}

/** Natural order of measure codes: 1A, 1B, 2A, 10A. */
export function compareMeasureCodes(a: string, b: string): number {
  return a.localeCompare(b, 'nb', { numeric: true, sensitivity: 'base' });
}

interface TraceIndex {
  goals: GoalEntry[];
  goalById: Map<string, GoalEntry>;
  /** The goal itself and everything below it. */
  subtree: Map<string, Set<string>>;
  servingStrategies: Map<string, Strategy[]>;
  servingMeasures: Map<string, Measure[]>;
  /** Something points at the goal itself (not only at a goal below it). */
  directlyServed: Set<string>;
  measuresByArea: Map<string, Measure[]>;
}

// Memoised per plan object: plans are immutable, and one page asks about many goals at once.
const cache = new WeakMap<Plan, TraceIndex>();

function traceIndex(plan: Plan): TraceIndex {
  const cached = cache.get(plan);
  if (cached) return cached;
  const index = buildIndex(plan);
  cache.set(plan, index);
  return index;
}

function buildIndex(plan: Plan): TraceIndex {
  const goals: GoalEntry[] = [];
  const subtree = new Map<string, Set<string>>();
  const numbers = goalNumbers(plan);
  const areaIds = new Set(plan.focusAreas.map((f) => f.id));
  for (const main of plan.mainGoals) {
    const mainSet = new Set([main.id]);
    subtree.set(main.id, mainSet);
    goals.push(entry(main.id, 'main', numbers, main.title, [main.id], main.focusAreaId, true));
    for (const sub of main.subGoals) {
      const subSet = new Set([sub.id]);
      subtree.set(sub.id, subSet);
      mainSet.add(sub.id);
      // A sub-goal of a focus area carries its own area; others the main goal's.
      const ownArea = sub.focusAreaId !== null && areaIds.has(sub.focusAreaId);
      const areaId = ownArea ? sub.focusAreaId : main.focusAreaId;
      goals.push(entry(sub.id, 'sub', numbers, sub.title, [main.id, sub.id], areaId, ownArea));
      for (const result of sub.resultGoals) {
        subtree.set(result.id, new Set([result.id]));
        subSet.add(result.id);
        mainSet.add(result.id);
        goals.push(
          entry(
            result.id,
            'result',
            numbers,
            result.title,
            [main.id, sub.id, result.id],
            areaId,
            false,
          ),
        );
      }
    }
  }

  const measuresByArea = new Map<string, Measure[]>();
  for (const m of sortedMeasures(plan)) {
    const list = measuresByArea.get(m.focusAreaId) ?? [];
    list.push(m);
    measuresByArea.set(m.focusAreaId, list);
  }
  const measures = [...measuresByArea.values()].flat();

  const directlyServed = new Set<string>();
  for (const s of plan.strategies) s.goalIds.forEach((id) => directlyServed.add(id));
  for (const m of measures) m.goalIds.forEach((id) => directlyServed.add(id));

  const servingStrategies = new Map<string, Strategy[]>();
  const servingMeasures = new Map<string, Measure[]>();
  for (const goal of goals) {
    const ids = subtree.get(goal.id)!;
    const touches = (goalIds: string[]) => goalIds.some((id) => ids.has(id));
    const strategies = plan.strategies.filter((s) => touches(s.goalIds));
    const strategyIds = new Set(strategies.map((s) => s.id));
    const areaId = goal.areaServes ? goal.focusAreaId : null;
    if (areaId && measuresByArea.has(areaId)) directlyServed.add(goal.id);
    servingStrategies.set(goal.id, strategies);
    servingMeasures.set(
      goal.id,
      measures.filter(
        (m) =>
          touches(m.goalIds) ||
          m.strategyIds.some((id) => strategyIds.has(id)) ||
          (areaId !== null && m.focusAreaId === areaId),
      ),
    );
  }

  return {
    goals,
    goalById: new Map(goals.map((g) => [g.id, g])),
    subtree,
    servingStrategies,
    servingMeasures,
    directlyServed,
    measuresByArea,
  };
}

function entry(
  id: string,
  level: GoalLevel,
  numbers: ReadonlyMap<string, string>,
  title: string,
  pathIds: string[],
  focusAreaId: string | null,
  ownsArea: boolean,
): GoalEntry {
  const number = numbers.get(id) ?? '';
  return {
    id,
    level,
    number,
    title,
    label: `${levelNames[level]} ${number}`,
    pathIds,
    focusAreaId,
    areaServes: ownsArea && focusAreaId !== null,
  };
}

/** Measures in the order of the focus areas, then by code. */
/**
 * The measures as the app lists them: by focus area, and within an area in the order the user
 * set (moved with Alt+arrow), not by code. Activity tables follow this order.
 */
export function measuresInAppOrder(plan: Plan): Measure[] {
  const areaOrder = new Map(plan.focusAreas.map((f, i) => [f.id, i]));
  return plan.measures
    .map((m, i) => ({ m, i }))
    .sort(
      (a, b) =>
        (areaOrder.get(a.m.focusAreaId) ?? 0) - (areaOrder.get(b.m.focusAreaId) ?? 0) || a.i - b.i,
    )
    .map(({ m }) => m);
}

export function sortedMeasures(plan: Plan): Measure[] {
  const areaOrder = new Map(plan.focusAreas.map((f, i) => [f.id, i]));
  return plan.measures
    .map((m, i) => ({ m, i }))
    .sort(
      (a, b) =>
        (areaOrder.get(a.m.focusAreaId) ?? 0) - (areaOrder.get(b.m.focusAreaId) ?? 0) ||
        compareMeasureCodes(a.m.code, b.m.code) ||
        a.i - b.i,
    )
    .map(({ m }) => m);
}

export function strategiesServingGoal(plan: Plan, goalId: string): Strategy[] {
  return traceIndex(plan).servingStrategies.get(goalId) ?? [];
}

export function measuresServingGoal(plan: Plan, goalId: string): Measure[] {
  return traceIndex(plan).servingMeasures.get(goalId) ?? [];
}

export interface GoalSupport {
  strategies: Strategy[];
  measures: Measure[];
  /**
   * When nothing serves this goal itself: the nearest goal above it that a strategy or measure
   * points at, which covers it. Null otherwise.
   */
  coveredBy: GoalEntry | null;
}

/** "Dette målet støttes av …": the strategies and measures serving a goal. */
export function goalSupport(plan: Plan, goalId: string): GoalSupport {
  const index = traceIndex(plan);
  const strategies = index.servingStrategies.get(goalId) ?? [];
  const measures = index.servingMeasures.get(goalId) ?? [];
  const goal = index.goalById.get(goalId);
  let coveredBy: GoalEntry | null = null;
  if (goal && strategies.length === 0 && measures.length === 0) {
    const ancestorId = goal.pathIds
      .slice(0, -1)
      .reverse()
      .find((id) => index.directlyServed.has(id));
    coveredBy = ancestorId ? index.goalById.get(ancestorId)! : null;
  }
  return { strategies, measures, coveredBy };
}

export interface ServedGoal {
  goal: GoalEntry;
  /** The goals from the main goal down to this one: "Hovedmål 1 › Delmål 1.2". */
  path: GoalEntry[];
  /** The measure names the goal itself. */
  direct: boolean;
  /** The measure's strategies that name the goal. */
  viaStrategies: Strategy[];
  /** A main goal or sub-goal of the measure's focus area. */
  viaFocusArea: boolean;
}

/** "Tiltaket bidrar til disse målene": direct goals, goals of its strategies, its area's main goals. */
export function goalsServedByMeasure(plan: Plan, measureId: string): ServedGoal[] {
  const measure = plan.measures.find((m) => m.id === measureId);
  if (!measure) return [];
  const index = traceIndex(plan);
  const strategies = plan.strategies.filter((s) => measure.strategyIds.includes(s.id));
  const served: ServedGoal[] = [];
  for (const goal of index.goals) {
    const direct = measure.goalIds.includes(goal.id);
    const viaStrategies = strategies.filter((s) => s.goalIds.includes(goal.id));
    const viaFocusArea = goal.areaServes && goal.focusAreaId === measure.focusAreaId;
    if (!direct && viaStrategies.length === 0 && !viaFocusArea) continue;
    served.push({
      goal,
      path: goal.pathIds.map((id) => index.goalById.get(id)!),
      direct,
      viaStrategies,
      viaFocusArea,
    });
  }
  return served;
}

export interface LooseEnds {
  /** Strategies that name no goal. */
  strategies: Strategy[];
  /** Measures that serve no goal in any way. */
  measures: Measure[];
  /**
   * Goals nothing serves, neither themselves, a goal below, nor a goal above that something
   * points at. Only the topmost is listed: a loose main goal stands for its sub-goals too.
   */
  goals: GoalEntry[];
}

export function findLooseEnds(plan: Plan): LooseEnds {
  const index = traceIndex(plan);
  const loose = new Set<string>();
  const goals = index.goals.filter((goal) => {
    const ancestors = goal.pathIds.slice(0, -1);
    if (ancestors.some((id) => loose.has(id) || index.directlyServed.has(id))) return false;
    const served =
      (index.servingStrategies.get(goal.id)?.length ?? 0) > 0 ||
      (index.servingMeasures.get(goal.id)?.length ?? 0) > 0;
    if (served) return false;
    loose.add(goal.id);
    return true;
  });
  const goalIds = new Set(index.goals.map((g) => g.id));
  const areasWithGoals = new Set(index.goals.filter((g) => g.areaServes).map((g) => g.focusAreaId));
  const strategyServes = new Map(
    plan.strategies.map((s) => [s.id, s.goalIds.some((id) => goalIds.has(id))]),
  );
  return {
    strategies: plan.strategies.filter((s) => !strategyServes.get(s.id)),
    measures: sortedMeasures(plan).filter(
      (m) =>
        !m.goalIds.some((id) => goalIds.has(id)) &&
        !m.strategyIds.some((id) => strategyServes.get(id)) &&
        !areasWithGoals.has(m.focusAreaId),
    ),
    goals,
  };
}

export interface TraceStrategy {
  strategy: Strategy;
  /** Measures that use the strategy. */
  measures: Measure[];
}

export interface TraceNode {
  goal: GoalEntry;
  /** Strategies that name this very goal. */
  strategies: TraceStrategy[];
  /** Measures that name this goal and are not already listed under one of the strategies. */
  measures: Measure[];
  /** For a main goal of a focus area: the area's measures not listed above. */
  areaMeasures: Measure[];
  /** Nothing serves the goal (it is among the loose ends). */
  loose: boolean;
  children: TraceNode[];
}

export interface TraceGroup {
  /** null: goals for the whole plan. */
  focusArea: FocusArea | null;
  nodes: TraceNode[];
}

/** Goal → strategy → measure, grouped like Visjon og mål: the whole plan, then each focus area. */
export function traceTree(plan: Plan): TraceGroup[] {
  const index = traceIndex(plan);
  const looseIds = new Set(findLooseEnds(plan).goals.map((g) => g.id));
  const measures = sortedMeasures(plan);
  const node = (goal: GoalEntry, children: TraceNode[]): TraceNode => {
    const strategies = plan.strategies
      .filter((s) => s.goalIds.includes(goal.id))
      .map((strategy) => ({
        strategy,
        measures: measures.filter((m) => m.strategyIds.includes(strategy.id)),
      }));
    const listed = new Set(strategies.flatMap((s) => s.measures.map((m) => m.id)));
    const direct = measures.filter((m) => m.goalIds.includes(goal.id) && !listed.has(m.id));
    direct.forEach((m) => listed.add(m.id));
    const areaMeasures =
      goal.areaServes && goal.focusAreaId
        ? (index.measuresByArea.get(goal.focusAreaId) ?? []).filter((m) => !listed.has(m.id))
        : [];
    return {
      goal,
      strategies,
      measures: direct,
      areaMeasures,
      loose: looseIds.has(goal.id),
      children,
    };
  };
  const build = (goal: GoalEntry): TraceNode =>
    node(
      goal,
      index.goals
        .filter((g) => g.pathIds.length === goal.pathIds.length + 1 && g.pathIds.includes(goal.id))
        .map(build),
    );
  return goalGroups(plan).map(({ focusArea, mainGoalIds }) => ({
    focusArea,
    nodes: mainGoalIds.map((id) => build(index.goalById.get(id)!)),
  }));
}

/** The main goals for the whole plan first, then those of each focus area; empty groups left out. */
export function goalGroups(plan: Plan): { focusArea: FocusArea | null; mainGoalIds: string[] }[] {
  const ofArea = (areaId: string | null) =>
    plan.mainGoals.filter((g) => g.focusAreaId === areaId).map((g) => g.id);
  const groups = [
    { focusArea: null, mainGoalIds: ofArea(null) },
    ...plan.focusAreas.map((focusArea) => ({ focusArea, mainGoalIds: ofArea(focusArea.id) })),
  ];
  return groups.filter((g) => g.mainGoalIds.length > 0);
}
