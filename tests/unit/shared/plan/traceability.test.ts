import { describe, expect, it } from 'vitest';
import { planSchema } from '#shared/model/plan';
import {
  findLooseEnds,
  goalName,
  goalsServedByMeasure,
  goalSupport,
  listGoals,
  measuresServingGoal,
  strategiesServingGoal,
  traceTree,
} from '#shared/plan/traceability';
import { tracePlan } from '../../../support/trace-plan';

const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('traceability', () => {
  const plan = tracePlan();

  it('the fixture is a valid plan', () => {
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('numbers goals like Visjon og mål', () => {
    const goals = listGoals(plan);
    expect(goals.map((g) => g.label)).toEqual([
      'Hovedmål 1',
      'Delmål 1.1',
      'Resultatmål 1.1.1',
      'Resultatmål 1.1.2',
      'Delmål 1.2',
      'Hovedmål 2',
      'Hovedmål 3',
      'Delmål 3.1',
      'Hovedmål 4',
      'Delmål 4.1',
    ]);
    expect(goalName(goals[1]!)).toBe('Delmål 1.1 «Kortere tid i midlertidig bolig»');
    expect(goals[7]!.focusAreaId).toBe('fa-1');
  });

  it('a strategy serves the goal it names and every goal above it', () => {
    expect(ids(strategiesServingGoal(plan, 'g1'))).toEqual(['s1']);
    expect(ids(strategiesServingGoal(plan, 'g1-1'))).toEqual(['s1']);
    expect(ids(strategiesServingGoal(plan, 'r1-1-1'))).toEqual([]);
    expect(ids(strategiesServingGoal(plan, 'g2'))).toEqual(['s2']);
    expect(ids(strategiesServingGoal(plan, 'g3'))).toEqual([]);
  });

  it('measures serve goals directly, through strategies, and through their focus area', () => {
    expect(ids(measuresServingGoal(plan, 'g1'))).toEqual(['m1', 'm2']);
    expect(ids(measuresServingGoal(plan, 'g1-1'))).toEqual(['m1', 'm2']);
    expect(ids(measuresServingGoal(plan, 'r1-1-1'))).toEqual(['m2']);
    expect(ids(measuresServingGoal(plan, 'r1-1-2'))).toEqual([]);
    // s2 serves g2, but no measure uses s2.
    expect(ids(measuresServingGoal(plan, 'g2'))).toEqual([]);
    // g3 belongs to focus area 1: its measures, sorted by code.
    expect(ids(measuresServingGoal(plan, 'g3'))).toEqual(['m1', 'm4']);
    expect(ids(measuresServingGoal(plan, 'g3-1'))).toEqual([]);
    expect(measuresServingGoal(plan, 'unknown')).toEqual([]);
  });

  it('says when a goal is covered by a goal above it', () => {
    expect(goalSupport(plan, 'r1-1-2').coveredBy?.id).toBe('g1-1');
    expect(goalSupport(plan, 'g3-1').coveredBy?.id).toBe('g3');
    expect(goalSupport(plan, 'g1-2').coveredBy).toBeNull();
    expect(goalSupport(plan, 'g1').coveredBy).toBeNull();
  });

  it('lists the goals a measure serves with their path', () => {
    const m1 = goalsServedByMeasure(plan, 'm1');
    expect(m1.map((s) => s.goal.id)).toEqual(['g1-1', 'g3']);
    expect(m1[0]!.path.map((g) => g.label)).toEqual(['Hovedmål 1', 'Delmål 1.1']);
    expect(ids(m1[0]!.viaStrategies)).toEqual(['s1']);
    expect(m1[0]!.direct).toBe(false);
    expect(m1[1]!.viaFocusArea).toBe(true);

    const m2 = goalsServedByMeasure(plan, 'm2');
    expect(m2.map((s) => s.goal.id)).toEqual(['r1-1-1']);
    expect(m2[0]!.direct).toBe(true);
    expect(m2[0]!.path.map((g) => g.label)).toEqual([
      'Hovedmål 1',
      'Delmål 1.1',
      'Resultatmål 1.1.1',
    ]);
    expect(goalsServedByMeasure(plan, 'm3')).toEqual([]);
    expect(goalsServedByMeasure(plan, 'unknown')).toEqual([]);
  });

  it('finds the loose ends, naming only the topmost loose goal', () => {
    const loose = findLooseEnds(plan);
    expect(ids(loose.strategies)).toEqual(['s3']);
    // m4 has no links of its own, but serves the main goal of its focus area.
    expect(ids(loose.measures)).toEqual(['m3']);
    expect(ids(loose.goals)).toEqual(['g1-2', 'g4']);
  });

  it('a plan where everything is linked has no loose ends', () => {
    const linked = tracePlan();
    linked.strategies[2]!.goalIds = ['g4'];
    linked.measures[3]!.strategyIds = ['s3'];
    linked.mainGoals[0]!.subGoals[1]!.title = 'Flere eier egen bolig';
    linked.measures[0]!.goalIds = ['r1-1-1', 'g1-2'];
    const loose = findLooseEnds(linked);
    expect(loose).toEqual({ strategies: [], measures: [], goals: [] });
  });

  it('builds the tree goal → strategy → measure, grouped like Visjon og mål', () => {
    const groups = traceTree(plan);
    expect(groups.map((g) => g.focusArea?.id ?? null)).toEqual([null, 'fa-1']);
    const [g1, g2, g4] = groups[0]!.nodes;
    expect(g1!.goal.id).toBe('g1');
    const g11 = g1!.children[0]!;
    expect(g11.strategies.map((s) => [s.strategy.id, ids(s.measures)])).toEqual([['s1', ['m1']]]);
    expect(ids(g11.children[0]!.measures)).toEqual(['m2']);
    expect(g1!.children[1]!.loose).toBe(true);
    expect(g2!.strategies[0]!.measures).toEqual([]);
    expect(g4!.loose).toBe(true);
    expect(g4!.children[0]!.loose).toBe(false);
    const g3 = groups[1]!.nodes[0]!;
    expect(ids(g3.areaMeasures)).toEqual(['m1', 'm4']);
  });
});
