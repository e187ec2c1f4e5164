import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanApi } from '../../shared/ipc/contract';
import type { Plan } from '../../shared/model/plan';
import { createEmptyPlan } from '../../shared/plan/create-plan';
import { updateInfo } from '../../shared/plan/info-operations';
import { AUTOSAVE_DELAY_MS } from '../../renderer/src/state/autosaver';
import { PlanSession } from '../../renderer/src/state/plan-session';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function openSession() {
  const plan = createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));
  const saved: { plan: Plan; baseRevision: string }[] = [];
  const api: Pick<PlanApi, 'savePlan'> = {
    savePlan: async ({ plan, baseRevision }) => {
      saved.push({ plan: plan as Plan, baseRevision });
      return { ok: true, revision: `r${saved.length}`, savedAt: new Date().toISOString() };
    },
  };
  let clock = new Date('2027-05-01T08:00:00.000Z').getTime();
  const tick = (ms: number) => (clock += ms);
  const session = new PlanSession(
    { path: '/planer/a.bsplan', fileName: 'a.bsplan', plan, revision: 'r0', migratedFrom: null },
    api,
    () => new Date(clock),
  );
  return { session, saved, tick };
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

  it('ignores changes that change nothing', () => {
    const { session } = openSession();
    const before = session.getSnapshot();
    session.edit((p) => p);
    expect(session.getSnapshot()).toBe(before);
  });

  it('notifies subscribers with a new snapshot', () => {
    const { session } = openSession();
    const listener = vi.fn();
    session.subscribe(listener);
    session.edit(setTitle('Ny'));
    expect(listener).toHaveBeenCalled();
    expect(session.getSnapshot().plan.info.title).toBe('Ny');
  });
});
