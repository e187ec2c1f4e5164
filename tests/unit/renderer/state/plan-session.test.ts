import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '#shared/model/plan';
import { createEmptyPlan } from '#shared/plan/create-plan';
import { updateInfo } from '#shared/plan/info-operations';
import { AUTOSAVE_DELAY_MS } from '../../../../renderer/src/state/autosaver';
import { DRAFT_IDLE_MS } from '../../../../renderer/src/state/draft-buffer';
import { PlanSession, type SessionApi } from '../../../../renderer/src/state/plan-session';
import { applyAdoption } from '#shared/plan/history/adoption';
import { COALESCE_MS } from '../../../../renderer/src/state/undo-history';

beforeEach(() => vi.useFakeTimers());

/** For sessions that never adopt or restore. */
const notReplacing: Pick<SessionApi, 'adoptPlan' | 'restoreVersion'> = {
  adoptPlan: () => Promise.reject(new Error('ikke brukt')),
  restoreVersion: () => Promise.reject(new Error('ikke brukt')),
};
afterEach(() => vi.useRealTimers());

function openSession() {
  const plan = createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));
  const saved: { plan: Plan; baseRevision: string }[] = [];
  const adopted: { plan: Plan; baseRevision: string }[] = [];
  const api: SessionApi = {
    ...notReplacing,
    adoptPlan: async ({ plan, baseRevision, decision }) => {
      adopted.push({ plan, baseRevision });
      return {
        ok: true,
        revision: `adopted-${adopted.length}`,
        savedAt: new Date().toISOString(),
        plan: applyAdoption(plan, decision),
        version: {
          id: 'v1',
          kind: 'adopted',
          number: decision.number,
          adoptedDate: decision.adoptedDate,
          adoptedBy: decision.adoptedBy,
          caseNumber: decision.caseNumber,
          recordedAt: new Date().toISOString(),
          recordedBy: '',
          note: '',
        },
      };
    },
    savePlan: async ({ plan, baseRevision }) => {
      saved.push({ plan: plan as Plan, baseRevision });
      return { ok: true, revision: `r${saved.length}`, savedAt: new Date().toISOString() };
    },
  };
  let clock = new Date('2027-05-01T08:00:00.000Z').getTime();
  const tick = (ms: number) => (clock += ms);
  /** Time passes on the session's clock and for its timers alike. */
  const wait = async (ms: number) => {
    clock += ms;
    await vi.advanceTimersByTimeAsync(ms);
  };
  const session = new PlanSession(
    { path: '/planer/a.bsplan', fileName: 'a.bsplan', plan, revision: 'r0', migratedFrom: null },
    api,
    () => new Date(clock),
  );
  /** Typing in the plan title field, one keystroke (the field holds the text). */
  const typeTitle = async (title: string, ms = 150) => {
    await wait(ms);
    session.holdDraft('title-field', () => session.edit(setTitle(title), 'info.title'));
  };
  return { session, saved, adopted, tick, wait, typeTitle };
}

const setTitle = (title: string) => (p: Plan) => updateInfo(p, { title });

describe('plan session', () => {
  it('stamps updatedAt on each change and autosaves the latest plan', async () => {
    const { session, saved } = openSession();
    session.edit(setTitle('Plan A'), 'info.title');
    expect(session.plan.info.updatedAt).toBe('2027-05-01T08:00:00.000Z');
    expect(session.getSnapshot().save.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.plan.info.title).toBe('Plan A');
    expect(session.getSnapshot().save.status).toBe('saved');
  });

  it('makes typing in one field one undo step, and saves the undone state too', async () => {
    const { session, saved, tick } = openSession();
    for (const title of ['P', 'Pl', 'Pla', 'Plan']) {
      tick(200);
      session.edit(setTitle(title), 'info.title');
    }
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    session.undo();
    expect(session.plan.info.title).toBe('Boligsosial handlingsplan');
    expect(session.getSnapshot().canUndo).toBe(false);
    expect(session.getSnapshot().canRedo).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saved.map((s) => [s.plan.info.title, s.baseRevision])).toEqual([
      ['Plan', 'r0'],
      ['Boligsosial handlingsplan', 'r1'],
    ]);
    session.redo();
    expect(session.plan.info.title).toBe('Plan');
  });

  it('adopts what the window shows: typing is saved first, the adopted plan is saved and undoable', async () => {
    const { session, saved, adopted, typeTitle } = openSession();
    await typeTitle('Vedtatt plan');
    const before = session.getSnapshot().historyRevision;
    const result = await session.adopt({
      number: '1.0',
      adoptedDate: '2027-05-02',
      adoptedBy: 'Bystyret',
      caseNumber: '2027/12',
    });
    expect(result.ok).toBe(true);
    // The typing was saved before the adoption, and the adoption was made from that save.
    expect(saved.map((s) => s.plan.info.title)).toEqual(['Vedtatt plan']);
    expect(adopted).toEqual([{ plan: saved[0]!.plan, baseRevision: 'r1' }]);
    expect(session.plan.info).toMatchObject({ status: 'vedtatt', version: '1.0' });
    expect(session.isClean()).toBe(true);
    expect(session.getSnapshot().save.status).toBe('saved');
    expect(session.getSnapshot().historyRevision).toBeGreaterThan(before);
    // Nothing more to save until the next change, which builds on the adopted file's revision.
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saved).toHaveLength(1);
    session.undo();
    expect(session.plan.info.status).toBe('utkast');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saved.at(-1)!.baseRevision).toBe('adopted-1');
  });

  it('does not adopt when the plan cannot be saved first', async () => {
    const { session, adopted } = openSession();
    const failing = new PlanSession(
      {
        path: '/planer/b.bsplan',
        fileName: 'b.bsplan',
        plan: session.plan,
        revision: 'r0',
        migratedFrom: null,
      },
      {
        ...notReplacing,
        savePlan: async () => ({
          ok: false,
          reason: 'io',
          message: 'Disken er full.',
          problems: [],
        }),
      },
    );
    failing.edit(setTitle('Ikke lagret'), 'info.title');
    const result = await failing.adopt({
      number: '1.0',
      adoptedDate: '2027-05-02',
      adoptedBy: 'Bystyret',
      caseNumber: '',
    });
    expect(result).toMatchObject({ ok: false, reason: 'io' });
    expect(adopted).toEqual([]);
    expect(failing.plan.info.title).toBe('Ikke lagret');
  });

  it('ignores changes that change nothing', () => {
    const { session } = openSession();
    const before = session.getSnapshot();
    session.edit((p) => p);
    expect(session.getSnapshot()).toBe(before);
  });

  it('cleans typed text before the plan holds it, so saves and exports never see it raw', () => {
    const { session } = openSession();
    session.edit(setTitle('Plan\u0007 for\r\nalle\uFFFF'), 'info.title');
    expect(session.plan.info.title).toBe('Plan for\nalle');
  });

  it('notifies subscribers with a new snapshot', () => {
    const { session } = openSession();
    const listener = vi.fn();
    session.subscribe(listener);
    session.edit(setTitle('Ny'));
    expect(listener).toHaveBeenCalled();
    expect(session.getSnapshot().plan.info.title).toBe('Ny');
  });

  it('publishes each change itself, once, and the save status as the save goes', async () => {
    const { session } = openSession();
    const snapshots: { title: string; status: string }[] = [];
    session.subscribe(() => {
      const { plan, save } = session.getSnapshot();
      snapshots.push({ title: plan.info.title, status: save.status });
    });
    session.edit(setTitle('Ny'));
    expect(snapshots).toEqual([{ title: 'Ny', status: 'pending' }]);
    session.undo();
    expect(snapshots).toHaveLength(2);
    expect(snapshots[1]!.status).toBe('pending');
    session.redo();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(snapshots.slice(2).map((s) => s.status)).toEqual(['pending', 'saving', 'saved']);
  });

  describe('text held in a field while typing', () => {
    const original = 'Boligsosial handlingsplan';

    it('reaches the plan when typing pauses, as one undo step, and shows as not saved meanwhile', async () => {
      const { session, saved, typeTitle, wait } = openSession();
      const pending = vi.fn();
      session.subscribeDrafts(pending);
      for (const title of ['P', 'Pl', 'Pla', 'Plan']) await typeTitle(title);
      expect(session.plan.info.title).toBe(original);
      expect(session.hasDraft('title-field')).toBe(true);
      expect(session.hasDrafts()).toBe(true);
      expect(session.isClean()).toBe(false);
      await wait(DRAFT_IDLE_MS);
      expect(session.plan.info.title).toBe('Plan');
      expect(session.hasDrafts()).toBe(false);
      expect(pending).toHaveBeenCalledTimes(2);
      await wait(AUTOSAVE_DELAY_MS);
      expect(saved.map((s) => s.plan.info.title)).toEqual(['Plan']);
      session.undo();
      expect(session.plan.info.title).toBe(original);
      expect(session.getSnapshot().canUndo).toBe(false);
    });

    it('is undone as a whole by an undo right after the last keystroke, and redone', async () => {
      const { session, typeTitle } = openSession();
      for (const title of ['N', 'Ny', 'Ny p']) await typeTitle(title);
      session.undo();
      expect(session.plan.info.title).toBe(original);
      expect(session.hasDrafts()).toBe(false);
      session.redo();
      expect(session.plan.info.title).toBe('Ny p');
    });

    it('is saved by a save right after the last keystroke, and by closing', async () => {
      const { session, saved, typeTitle } = openSession();
      await typeTitle('Lagret med Ctrl+S');
      expect(await session.saveNow()).toBe(true);
      expect(saved.map((s) => s.plan.info.title)).toEqual(['Lagret med Ctrl+S']);
      await typeTitle('Lagret ved lukking');
      expect(await session.flush()).toBe(true);
      expect(saved.map((s) => s.plan.info.title)).toEqual([
        'Lagret med Ctrl+S',
        'Lagret ved lukking',
      ]);
      expect(session.isClean()).toBe(true);
    });

    it('goes into the plan before any other change, so the two are undone in order', async () => {
      const { session, typeTitle } = openSession();
      await typeTitle('Ny tittel');
      session.edit((p) => updateInfo(p, { municipality: 'Eksempel kommune' }));
      expect(session.plan.info.title).toBe('Ny tittel');
      session.undo();
      expect(session.plan.info.title).toBe('Ny tittel');
      expect(session.plan.info.municipality).not.toBe('Eksempel kommune');
      session.undo();
      expect(session.plan.info.title).toBe(original);
    });

    it('merges typing runs with pauses shorter than the undo step gap, as typing always did', async () => {
      const { session, typeTitle, wait } = openSession();
      await typeTitle('A');
      await typeTitle('Ab');
      // Committed after the pause; the next run starts within COALESCE_MS of the last key.
      // Committed after the pause; the next run starts within COALESCE_MS of the last key, and
      // goes on for longer than that.
      await wait(COALESCE_MS - 300);
      for (const title of ['Abc', 'Abcd', 'Abcde', 'Abcdef']) await typeTitle(title, 200);
      await wait(DRAFT_IDLE_MS);
      expect(session.plan.info.title).toBe('Abcdef');
      // A longer pause makes a step of its own.
      await wait(COALESCE_MS + 100);
      await typeTitle('Abcdefg', 0);
      await wait(DRAFT_IDLE_MS);
      session.undo();
      expect(session.plan.info.title).toBe('Abcdef');
      session.undo();
      expect(session.plan.info.title).toBe(original);
    });

    it('is dropped with the session', async () => {
      const { session, saved, typeTitle, wait } = openSession();
      await typeTitle('Forkastet');
      session.dispose();
      await wait(DRAFT_IDLE_MS + AUTOSAVE_DELAY_MS);
      expect(session.plan.info.title).toBe(original);
      expect(saved).toEqual([]);
    });
  });
});

describe('overwriting after a conflict', () => {
  it("remembers the file name the other person's version was kept as", async () => {
    const plan = createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));
    const replies = [
      { ok: false as const, reason: 'conflict' as const, message: 'Endret av andre', problems: [] },
      {
        ok: true as const,
        revision: 'r2',
        savedAt: '2026-12-04T13:05:00.000Z',
        keptAs: 'a (overskrevet 2026-12-04 14.05).bsplan',
      },
    ];
    const session = new PlanSession(
      { path: '/planer/a.bsplan', fileName: 'a.bsplan', plan, revision: 'r0', migratedFrom: null },
      { ...notReplacing, savePlan: async () => replies.shift()! },
    );
    session.edit(setTitle('Ny tittel'), 'info.title');
    await session.saveNow();
    expect(session.keptAs).toBe(null);
    expect(await session.forceSave()).toBe(true);
    expect(session.keptAs).toBe('a (overskrevet 2026-12-04 14.05).bsplan');
  });
});

describe('plan session: rebase (changes made by others, e.g. participants on a shared board)', () => {
  const setVision = (text: string) => (p: Plan) => ({ ...p, vision: { ...p.vision, text } });

  it('goes into past, present and future, so undo and redo keep it; and it is saved', async () => {
    const { session, saved, tick } = openSession();
    session.edit(setTitle('Plan A'), 'info.title');
    tick(5000);
    session.edit(setTitle('Plan B'), 'info.title');
    session.undo();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    const savedBefore = saved.length;
    let published = 0;
    session.subscribe(() => published++);

    session.rebase(setVision('Alle skal bo trygt.'));
    expect(session.plan.vision.text).toBe('Alle skal bo trygt.');
    expect(published).toBeGreaterThan(0);
    expect(session.getSnapshot().canUndo).toBe(true);
    expect(session.getSnapshot().canRedo).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saved).toHaveLength(savedBefore + 1);
    expect(saved.at(-1)!.plan.vision.text).toBe('Alle skal bo trygt.');

    session.undo();
    expect(session.plan.info.title).toBe('Boligsosial handlingsplan');
    expect(session.plan.vision.text).toBe('Alle skal bo trygt.');
    session.redo();
    session.redo();
    expect(session.plan.info.title).toBe('Plan B');
    expect(session.plan.vision.text).toBe('Alle skal bo trygt.');
  });

  it('is not an undo step, leaves typing held in a field, and a change to nothing does nothing', async () => {
    const { session, saved, typeTitle } = openSession();
    await typeTitle('Halvskrevet');
    session.rebase(setVision('Alle skal bo trygt.'));
    expect(session.getSnapshot().canUndo).toBe(false);
    expect(session.hasDraft('title-field')).toBe(true);
    let published = 0;
    session.subscribe(() => published++);
    session.rebase((p) => p);
    expect(published).toBe(0);
    session.flushDrafts();
    session.undo();
    expect(session.plan.info.title).toBe('Boligsosial handlingsplan');
    expect(session.plan.vision.text).toBe('Alle skal bo trygt.');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saved.at(-1)!.plan.vision.text).toBe('Alle skal bo trygt.');
  });
});
