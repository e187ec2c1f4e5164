import { describe, expect, it } from 'vitest';
import { shareUnchanged } from '#shared/plan/history/share-unchanged';
import { samplePlan } from '../../../../support/plan-fixtures';

describe('sharing what did not change between two parsed plans', () => {
  it('gives back the previous objects wherever nothing changed, and new ones only on the changed path', () => {
    const previous = samplePlan();
    const next = structuredClone(previous);
    next.measures[0]!.title = 'Nytt navn';
    const shared = shareUnchanged(previous, next);
    expect(shared).toEqual(next);
    expect(shared).not.toBe(previous);
    expect(shared.vision).toBe(previous.vision);
    expect(shared.mainGoals).toBe(previous.mainGoals);
    expect(shared.measures).not.toBe(previous.measures);
    expect(shared.measures[0]).not.toBe(previous.measures[0]);
    expect(shared.measures[0]!.budget).toBe(previous.measures[0]!.budget);
    expect(shared.measures.slice(1)).toEqual(previous.measures.slice(1));
    shared.measures.slice(1).forEach((m, i) => expect(m).toBe(previous.measures[i + 1]));
    expect(shareUnchanged(previous, structuredClone(previous))).toBe(previous);
  });

  it('matches list items by id, so an insertion first does not make the rest new', () => {
    const previous = samplePlan();
    const next = structuredClone(previous);
    next.measures.unshift({ ...structuredClone(previous.measures[0]!), id: 'm-ny' });
    const shared = shareUnchanged(previous, next);
    expect(shared.measures[0]).toEqual(next.measures[0]);
    shared.measures.slice(1).forEach((m, i) => expect(m).toBe(previous.measures[i]));
  });

  it('takes a removed key or a changed value type from the new plan', () => {
    const previous = { a: { b: 1 }, c: [1, 2] } as Record<string, unknown>;
    const next = { a: { b: 1 } } as Record<string, unknown>;
    const shared = shareUnchanged(previous, next);
    expect(shared).toEqual({ a: { b: 1 } });
    expect(shared.a).toBe(previous.a);
    expect(shareUnchanged({ a: [1] }, { a: { 0: 1 } })).toEqual({ a: { 0: 1 } });
  });
});
