import { describe, expect, it } from 'vitest';
import {
  FOLD_WHEN_MORE_THAN,
  goalIdOfFocusId,
  initiallyFolded,
  withFolded,
} from '../../../../../renderer/src/pages/goals/goal-folding';

const goals = (n: number) => ({
  mainGoals: Array.from({ length: n }, (_, i) => ({ id: `g${i}` })),
});

describe('initiallyFolded', () => {
  it('folds every goal of a plan with many, none of a plan with few', () => {
    expect([...initiallyFolded(goals(FOLD_WHEN_MORE_THAN))]).toEqual([]);
    expect([...initiallyFolded(goals(8))]).toEqual([
      'g0',
      'g1',
      'g2',
      'g3',
      'g4',
      'g5',
      'g6',
      'g7',
    ]);
  });
});

describe('goalIdOfFocusId', () => {
  it('reads the goal id from the title field ids the items build', () => {
    expect(goalIdOfFocusId('goal-abc_1-title')).toBe('abc_1');
    expect(goalIdOfFocusId('sub-x-y-title')).toBe('x-y');
    expect(goalIdOfFocusId('result-r1-title')).toBe('r1');
    expect(goalIdOfFocusId('vision-text')).toBeNull();
    expect(goalIdOfFocusId('goal-abc-indicator-name')).toBeNull();
  });
});

describe('withFolded', () => {
  it('adds and removes, and returns the same set when nothing changes', () => {
    const set = new Set(['a']);
    expect(withFolded(set, 'a', true)).toBe(set);
    expect(withFolded(set, 'b', false)).toBe(set);
    expect([...withFolded(set, 'b', true)]).toEqual(['a', 'b']);
    expect([...withFolded(set, 'a', false)]).toEqual([]);
    expect([...set]).toEqual(['a']);
  });
});
