import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DRAFT_IDLE_MS,
  DraftBuffer,
  type DraftTiming,
} from '../../../../renderer/src/state/draft-buffer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function buffer() {
  let clock = 10_000;
  const drafts = new DraftBuffer(() => clock);
  const committed: { text: string; timing: DraftTiming }[] = [];
  /** Types `text` into field `id` after `ms` milliseconds. */
  const type = (id: string, text: string, ms = 100) => {
    clock += ms;
    vi.advanceTimersByTime(ms);
    drafts.hold(id, (timing) => committed.push({ text, timing }));
  };
  return { drafts, committed, type };
}

describe('draft buffer', () => {
  it('commits the latest text once typing has paused, with when the run began and ended', () => {
    const { drafts, committed, type } = buffer();
    type('title', 'A');
    type('title', 'Ab');
    type('title', 'Abc');
    vi.advanceTimersByTime(DRAFT_IDLE_MS - 1);
    expect(committed).toEqual([]);
    expect(drafts.has('title')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(committed).toEqual([{ text: 'Abc', timing: { since: 10_100, last: 10_300 } }]);
    expect(drafts.pending).toBe(false);
  });

  it('waits for a pause in typing anywhere, then commits every field in the order last typed', () => {
    const { committed, type } = buffer();
    type('title', 'Tittel');
    type('code', '1A');
    type('title', 'Tittelen');
    vi.advanceTimersByTime(DRAFT_IDLE_MS);
    expect(committed.map((c) => c.text)).toEqual(['1A', 'Tittelen']);
  });

  it('commits one field when it is left, and everything at once when flushed', () => {
    const { drafts, committed, type } = buffer();
    type('title', 'Tittel');
    type('code', '1A');
    drafts.commit('title');
    expect(committed.map((c) => c.text)).toEqual(['Tittel']);
    drafts.commit('title');
    drafts.flush();
    expect(committed.map((c) => c.text)).toEqual(['Tittel', '1A']);
    vi.advanceTimersByTime(DRAFT_IDLE_MS);
    expect(committed).toHaveLength(2);
  });

  it('tells subscribers when a field starts or stops holding text, not at every keystroke', () => {
    const { drafts, type } = buffer();
    const held: string[] = [];
    drafts.subscribe(() => held.push(['title', 'code'].filter((id) => drafts.has(id)).join('+')));
    type('title', 'A');
    type('title', 'Ab');
    type('code', '1');
    type('code', '1A');
    drafts.flush();
    expect(held).toEqual(['title', 'title+code', 'code', '']);
  });

  it('drops what it holds when disposed', () => {
    const { drafts, committed, type } = buffer();
    type('title', 'Tittel');
    drafts.dispose();
    vi.advanceTimersByTime(DRAFT_IDLE_MS);
    drafts.flush();
    expect(committed).toEqual([]);
  });

  it('keeps the text as typed until it is committed, for a field that is drawn anew meanwhile', () => {
    const { drafts } = buffer();
    const committed: string[] = [];
    drafts.hold('field:goal-1-title', () => committed.push('Alle skal bo trygt'), 'Alle skal bo');
    drafts.hold(
      'field:goal-1-title',
      () => committed.push('Alle skal bo trygt'),
      'Alle skal bo trygt',
    );
    expect(drafts.textOf('field:goal-1-title')).toBe('Alle skal bo trygt');
    expect(drafts.textOf('field:goal-2-title')).toBeUndefined();
    drafts.commit('field:goal-1-title');
    expect(committed).toEqual(['Alle skal bo trygt']);
    expect(drafts.textOf('field:goal-1-title')).toBeUndefined();
  });
});
