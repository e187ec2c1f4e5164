import { describe, expect, it } from 'vitest';
import {
  COALESCE_MS,
  UNDO_LIMIT,
  canRedo,
  canUndo,
  createHistory,
  record,
  redo,
  undo,
} from '../../../../renderer/src/state/undo-history';

describe('undo history', () => {
  it('undoes and redoes single steps', () => {
    let h = createHistory('a');
    h = record(h, 'b', { at: 0 });
    h = record(h, 'c', { at: 5000 });
    expect(h.present).toBe('c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    h = redo(h);
    expect(h.present).toBe('c');
    expect(canRedo(h)).toBe(false);
    expect(redo(h)).toBe(h);
  });

  it('merges typing in the same field within the time window into one step', () => {
    let h = createHistory('');
    h = record(h, 'B', { key: 'info.title', at: 1000 });
    h = record(h, 'Bo', { key: 'info.title', at: 1300 });
    h = record(h, 'Bol', { key: 'info.title', at: 1300 + COALESCE_MS });
    expect(h.past).toEqual(['']);
    expect(undo(h).present).toBe('');
  });

  it('starts a new step after a pause, in another field, or without a key', () => {
    let h = createHistory('');
    h = record(h, 'a', { key: 'title', at: 0 });
    h = record(h, 'ab', { key: 'title', at: COALESCE_MS + 1 });
    expect(h.past).toEqual(['', 'a']);
    h = record(h, 'ab2', { key: 'vision', at: COALESCE_MS + 2 });
    expect(h.past).toEqual(['', 'a', 'ab']);
    h = record(h, 'x', { at: COALESCE_MS + 3 });
    h = record(h, 'y', { at: COALESCE_MS + 4 });
    expect(h.past).toEqual(['', 'a', 'ab', 'ab2', 'x']);
  });

  it('merges typing committed after a pause by when its run began, however long it went on', () => {
    let h = createHistory('');
    h = record(h, 'ab', { key: 'title', at: 1000 });
    const later = 1000 + COALESCE_MS - 1;
    h = record(h, 'abcd', { key: 'title', at: later + 3 * COALESCE_MS, since: later });
    expect(h.past).toEqual(['']);
    const pause = h.lastAt + COALESCE_MS + 1;
    h = record(h, 'abcde', { key: 'title', at: pause + 200, since: pause });
    expect(h.past).toEqual(['', 'abcd']);
  });

  it('merges untimed changes with the same key however far apart, and not across another key', () => {
    let h = createHistory('');
    h = record(h, 'a', { key: 'chapter.0', at: 0, untimed: true });
    h = record(h, 'ab', { key: 'chapter.0', at: 60 * COALESCE_MS, untimed: true });
    expect(h.past).toEqual(['']);
    h = record(h, 'abc', { key: 'chapter.1', at: 60 * COALESCE_MS + 1, untimed: true });
    expect(h.past).toEqual(['', 'ab']);
    h = undo(h);
    h = record(h, 'abd', { key: 'chapter.1', at: 60 * COALESCE_MS + 2, untimed: true });
    expect(h.past).toEqual(['', 'ab']);
    expect(h.present).toBe('abd');
  });

  it('does not merge typing into a step that was undone and redone', () => {
    let h = createHistory('');
    h = record(h, 'a', { key: 'title', at: 0 });
    h = undo(h);
    h = redo(h);
    h = record(h, 'ab', { key: 'title', at: 10 });
    expect(h.past).toEqual(['', 'a']);
  });

  it('clears redo when a new change is made', () => {
    let h = createHistory(1);
    h = record(h, 2, { at: 0 });
    h = record(h, 3, { at: 5000 });
    h = undo(h);
    expect(canRedo(h)).toBe(true);
    h = record(h, 4, { at: 10000 });
    expect(canRedo(h)).toBe(false);
    expect(h.past).toEqual([1, 2]);
  });

  it('ignores a change that is no change', () => {
    const h = record(createHistory('a'), 'b', { at: 0 });
    expect(record(h, 'b', { at: 10 })).toBe(h);
  });

  it(`keeps at most ${UNDO_LIMIT} steps`, () => {
    let h = createHistory(0);
    for (let i = 1; i <= UNDO_LIMIT + 50; i++) h = record(h, i, { at: i * 10_000 });
    expect(h.past).toHaveLength(UNDO_LIMIT);
    while (canUndo(h)) h = undo(h);
    expect(h.present).toBe(50);
  });
});
