import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '#shared/model/plan';
import {
  addStrategy,
  moveStrategy,
  moveStrategyTo,
  nextStrategyCode,
  removeStrategy,
  setStrategyGoal,
  strategyUsage,
  updateStrategy,
} from '#shared/plan/strategy-operations';
import { tracePlan } from '../../../support/trace-plan';

const codes = (plan: Plan) => plan.strategies.map((s) => s.code);
const valid = (plan: Plan) => expect(planSchema.safeParse(plan).success).toBe(true);

describe('strategy operations', () => {
  it('adds a strategy with the next free code', () => {
    const plan = addStrategy(tracePlan(), { title: 'BOLIGMASSE' }, 's4');
    expect(plan.strategies.at(-1)).toEqual({
      id: 's4',
      code: '4',
      title: 'BOLIGMASSE',
      description: '',
      goalIds: [],
    });
    valid(plan);
  });

  it('continues letters when the plan uses letters, numbers otherwise', () => {
    const plan = tracePlan();
    const withCodes = (...c: string[]) => ({
      ...plan,
      strategies: c.map((code, i) => ({ ...plan.strategies[0]!, id: `x${i}`, code })),
    });
    expect(nextStrategyCode(withCodes())).toBe('1');
    expect(nextStrategyCode(withCodes('a', 'b'))).toBe('c');
    expect(nextStrategyCode(withCodes('A', 'C'))).toBe('D');
    expect(nextStrategyCode(withCodes('1', '5'))).toBe('6');
    expect(nextStrategyCode(withCodes('a', '2'))).toBe('3');
    expect(nextStrategyCode(withCodes('IV', 'V'))).toBe('3');
    expect(nextStrategyCode(withCodes('2', '', '3'))).toBe('4');
  });

  it('updates fields and leaves the plan alone when nothing changes', () => {
    const plan = tracePlan();
    const changed = updateStrategy(plan, 's1', { title: 'KUNNSKAP OG KARTLEGGING', code: 'a' });
    expect(changed.strategies[0]).toMatchObject({ title: 'KUNNSKAP OG KARTLEGGING', code: 'a' });
    expect(updateStrategy(plan, 's1', { title: 'KUNNSKAP' })).toBe(plan);
    expect(updateStrategy(plan, 'unknown', { title: 'x' })).toBe(plan);
  });

  it('moves by one step and to a position', () => {
    const plan = tracePlan();
    expect(codes(moveStrategy(plan, 's1', 1))).toEqual(['2', '1', '3']);
    expect(moveStrategy(plan, 's1', -1)).toBe(plan);
    expect(codes(moveStrategyTo(plan, 's3', 0))).toEqual(['3', '1', '2']);
    expect(codes(moveStrategyTo(plan, 's1', 2))).toEqual(['2', '3', '1']);
    expect(moveStrategyTo(plan, 's2', 1)).toBe(plan);
  });

  it('deleting takes the strategy out of focus areas and measures', () => {
    const plan = removeStrategy(tracePlan(), 's1');
    expect(plan.strategies.map((s) => s.id)).toEqual(['s2', 's3']);
    expect(plan.focusAreas[0]!.strategyIds).toEqual(['s3']);
    expect(plan.measures.find((m) => m.id === 'm1')!.strategyIds).toEqual([]);
    valid(plan);
    const untouched = tracePlan();
    expect(removeStrategy(untouched, 'unknown')).toBe(untouched);
  });

  it('links and unlinks goals, keeping the order of Visjon og mål', () => {
    let plan = tracePlan();
    plan = setStrategyGoal(plan, 's1', 'g3-1', true);
    plan = setStrategyGoal(plan, 's1', 'g1', true);
    expect(plan.strategies[0]!.goalIds).toEqual(['g1', 'g1-1', 'g3-1']);
    valid(plan);
    plan = setStrategyGoal(plan, 's1', 'g1-1', false);
    expect(plan.strategies[0]!.goalIds).toEqual(['g1', 'g3-1']);
    expect(setStrategyGoal(plan, 's1', 'g1', true)).toBe(plan);
    expect(setStrategyGoal(plan, 's1', 'no-such-goal', true)).toBe(plan);
  });

  it('tells which focus areas and measures use a strategy', () => {
    const plan = tracePlan();
    const usage = strategyUsage(plan, 's1');
    expect(usage.focusAreas.map((f) => f.id)).toEqual(['fa-1']);
    expect(usage.measures.map((m) => m.code)).toEqual(['1A']);
    expect(strategyUsage(plan, 's2').measures).toEqual([]);
  });
});
