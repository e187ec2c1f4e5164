import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveResult } from '#shared/ipc/contract';
import {
  AUTOSAVE_DELAY_MS,
  Autosaver,
  type AutosaveState,
} from '../../../../renderer/src/state/autosaver';

type Call = { doc: string; baseRevision: string; force: boolean; resolve: (r: SaveResult) => void };

/** A save function whose calls wait until the test answers them. */
function fakeSave() {
  const calls: Call[] = [];
  const save = (doc: string, baseRevision: string, force: boolean) =>
    new Promise<SaveResult>((resolve) => calls.push({ doc, baseRevision, force, resolve }));
  return { calls, save };
}

const ok = (revision: string): SaveResult => ({
  ok: true,
  revision,
  savedAt: '2027-01-01T00:00:00.000Z',
});
const fail = (reason: 'conflict' | 'io'): SaveResult => ({
  ok: false,
  reason,
  message: reason === 'io' ? 'Disken er full.' : 'Endret av andre.',
  problems: [],
});

function setup() {
  const fake = fakeSave();
  const states: AutosaveState[] = [];
  const saver = new Autosaver<string>({
    saved: 'v0',
    revision: 'r0',
    save: fake.save,
    onChange: (s) => states.push(s),
  });
  return { ...fake, saver, states, status: () => saver.state.status };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves once after the debounce delay, with the latest document', async () => {
    const t = setup();
    t.saver.update('v1');
    t.saver.update('v2');
    expect(t.status()).toBe('pending');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(t.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.calls.map((c) => [c.doc, c.baseRevision])).toEqual([['v2', 'r0']]);
    expect(t.status()).toBe('saving');
    t.calls[0]!.resolve(ok('r1'));
    await vi.runAllTimersAsync();
    expect(t.status()).toBe('saved');
    expect(t.saver.currentRevision).toBe('r1');
  });

  it('keeps one save in flight and then saves the newest state with the new revision', async () => {
    const t = setup();
    t.saver.update('v1');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    t.saver.update('v2');
    t.saver.update('v3');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(t.calls).toHaveLength(1);
    t.calls[0]!.resolve(ok('r1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.calls.map((c) => [c.doc, c.baseRevision])).toEqual([
      ['v1', 'r0'],
      ['v3', 'r1'],
    ]);
    t.calls[1]!.resolve(ok('r2'));
    await vi.runAllTimersAsync();
    expect(t.status()).toBe('saved');
  });

  it('saves immediately on saveNow (Ctrl+S)', async () => {
    const t = setup();
    t.saver.update('v1');
    const done = t.saver.saveNow();
    expect(t.calls).toHaveLength(1);
    t.calls[0]!.resolve(ok('r1'));
    expect(await done).toBe(true);
    await vi.runAllTimersAsync();
    expect(t.calls).toHaveLength(1);
  });

  it('reports other failures, keeps the change, and retries on the next change', async () => {
    const t = setup();
    t.saver.update('v1');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    t.calls[0]!.resolve(fail('io'));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.status()).toBe('error');
    expect(t.saver.state.error?.message).toBe('Disken er full.');
    expect(t.saver.isClean()).toBe(false);
    t.saver.update('v2');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(t.calls[1]!.doc).toBe('v2');
    t.calls[1]!.resolve(ok('r1'));
    await vi.runAllTimersAsync();
    expect(t.saver.state).toEqual({ status: 'saved', error: null });
  });

  it('treats a thrown error (no connection) as a failed save', async () => {
    const saver = new Autosaver<string>({
      saved: 'v0',
      revision: 'r0',
      save: () => Promise.reject(new Error('Failed to fetch')),
      onChange: () => {},
    });
    saver.update('v1');
    expect(await saver.saveNow()).toBe(false);
    expect(saver.state.status).toBe('error');
    expect(saver.state.error?.message).toMatch(/Failed to fetch/);
  });

  it('stops after a conflict until the user overwrites', async () => {
    const t = setup();
    t.saver.update('v1');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    t.calls[0]!.resolve(fail('conflict'));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.status()).toBe('conflict');
    t.saver.update('v2');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 4);
    expect(t.calls).toHaveLength(1);
    expect(t.status()).toBe('conflict');

    const forced = t.saver.forceSave();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.calls[1]).toMatchObject({ doc: 'v2', baseRevision: 'r0', force: true });
    t.calls[1]!.resolve(ok('r9'));
    expect(await forced).toBe(true);
    expect(t.status()).toBe('saved');
  });

  it('continues in another file after "save as"', async () => {
    const t = setup();
    t.saver.update('v1');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    t.calls[0]!.resolve(fail('conflict'));
    await vi.advanceTimersByTimeAsync(0);
    t.saver.moveTo('v1', 'copy-r1');
    expect(t.status()).toBe('saved');
    t.saver.update('v2');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(t.calls[1]).toMatchObject({ doc: 'v2', baseRevision: 'copy-r1', force: false });
  });

  it('flush waits for the save in flight and saves what is left', async () => {
    const t = setup();
    t.saver.update('v1');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    t.saver.update('v2');
    const flushed = t.saver.flush();
    t.calls[0]!.resolve(ok('r1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.calls[1]?.doc).toBe('v2');
    t.calls[1]!.resolve(ok('r2'));
    expect(await flushed).toBe(true);
  });
});
