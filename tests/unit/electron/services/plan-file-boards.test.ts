import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KeptBoard } from '#shared/model/plan-boards';
import { readPlanBytes } from '#shared/plan/read-plan';
import {
  PlanFileStore,
  revisionOf,
  serializePlan,
} from '../../../../electron/services/plan-file-store';
import { samplePlan } from '../../../support/plan-fixtures';
import { useTempDir } from '../../../support/temp-dir';

// Workshop boards kept beside the draft (shared/model/plan-boards.ts): written by the main process
// as side writes that the window's next save does not count as someone else's change.

const tempDir = useTempDir();

const board = (savedAt: string): KeptBoard => ({
  state: { gzip: 'H4sIAAAAAAAAA2NgAAAAAAIAAAA=' },
  port: 51234,
  joinToken: 'token',
  joinCode: 'K7WQ3M',
  participants: [{ id: 'p-1', secret: 'hemmelig' }],
  savedAt,
});

async function openPlan() {
  const store = new PlanFileStore();
  const path = join(await tempDir(), 'Verkstedplan.bsplan');
  const plan = samplePlan();
  const revision = await store.create(path, plan);
  const opened = await store.open(path);
  if (!opened.ok) throw new Error(opened.error.message);
  return { store, path, plan, revision, file: store.fileAt(path) };
}

describe('workshop boards kept in the plan file', () => {
  it('writes a file without boards byte for byte as before, and one board per line after the draft', () => {
    const plan = samplePlan();
    expect(serializePlan(plan, undefined, {})).toBe(`${JSON.stringify(plan, null, 2)}\n`);
    const text = serializePlan(plan, undefined, { 'ws-1': board('2026-12-05T10:00:00.000Z') });
    expect(text.startsWith(JSON.stringify(plan, null, 2).slice(0, -2))).toBe(true);
    expect(
      text.endsWith(
        `  "boards": {\n    "ws-1": ${JSON.stringify(board('2026-12-05T10:00:00.000Z'))}\n  }\n}\n`,
      ),
    ).toBe(true);
    const read = readPlanBytes(Buffer.from(text));
    expect(read.ok && read.boards).toEqual({ 'ws-1': board('2026-12-05T10:00:00.000Z') });
    expect(read.ok && read.plan).toEqual(plan);
  });

  it('takes the window’s save from the revision it had before the side writes, and keeps the boards', async () => {
    const { path, plan, revision, file } = await openPlan();
    const first = await file.writeBoard('ws-1', board('2026-12-05T10:00:00.000Z'));
    const second = await file.writeBoard('ws-1', board('2026-12-05T10:00:01.000Z'));
    expect(first.ok && second.ok).toBe(true);
    expect(revisionOf(await readFile(path))).not.toBe(revision);
    // The draft on disk is untouched by a side write.
    expect(readPlanBytes(await readFile(path))).toMatchObject({ ok: true, plan });

    const edited = { ...plan, vision: { text: 'Alle skal bo trygt.', rationale: '' } };
    const saved = await file.save(edited, { baseRevision: revision, force: false }, 'Kari');
    expect(saved.ok).toBe(true);
    const read = readPlanBytes(await readFile(path));
    expect(read.ok && read.plan.vision.text).toBe('Alle skal bo trygt.');
    expect(read.ok && read.boards).toEqual({ 'ws-1': board('2026-12-05T10:00:01.000Z') });
    // The revision before that save is no longer the window's.
    const again = await file.save(edited, { baseRevision: revision, force: false }, 'Kari');
    expect(again).toMatchObject({ ok: false, reason: 'conflict' });
  });

  it('keeps the boards through «Vedta planen»', async () => {
    const { path, plan, revision, file } = await openPlan();
    await file.writeBoard('ws-1', board('2026-12-05T10:00:00.000Z'));
    const adopted = await file.adopt(
      plan,
      { baseRevision: revision, force: false },
      { number: '1.0', adoptedDate: '2026-12-05', adoptedBy: 'Bydelsutvalget', caseNumber: '' },
      'Kari',
    );
    expect(adopted.ok).toBe(true);
    const read = readPlanBytes(await readFile(path));
    expect(read.ok && read.history.versions.length).toBe(1);
    expect(read.ok && Object.keys(read.boards)).toEqual(['ws-1']);
  });

  it('writes a board and a save given at the same moment one after the other, losing neither', async () => {
    const { path, plan, revision, file } = await openPlan();
    const edited = { ...plan, vision: { text: 'Samtidig.', rationale: '' } };
    const [kept, saved] = await Promise.all([
      file.writeBoard('ws-1', board('2026-12-05T10:00:00.000Z')),
      file.save(edited, { baseRevision: revision, force: false }, ''),
    ]);
    expect(kept.ok && saved.ok).toBe(true);
    const read = readPlanBytes(await readFile(path));
    expect(read.ok && read.plan.vision.text).toBe('Samtidig.');
    expect(read.ok && Object.keys(read.boards)).toEqual(['ws-1']);
  });

  it('does not write a board over someone else’s change to the file', async () => {
    const { path, file } = await openPlan();
    const theirs = (await readFile(path, 'utf8')).replace('"title": "', '"title": "Deres ');
    await writeFile(path, theirs);
    const kept = await file.writeBoard('ws-1', board('2026-12-05T10:00:00.000Z'));
    expect(kept).toEqual({
      ok: false,
      message: expect.stringMatching(/noen andre har endret filen/),
    });
    expect(await readFile(path, 'utf8')).toBe(theirs);
  });

  it('never replaces a board entry it cannot read, and opens the plan all the same', async () => {
    const { store, path } = await openPlan();
    const text = await readFile(path, 'utf8');
    await writeFile(
      path,
      `${text.slice(0, -3)},\n  "boards": {\n    "ws-1": {"port": "x"}\n  }\n}\n`,
    );
    const reopened = await store.open(path);
    expect(reopened.ok).toBe(true);
    const kept = await store.fileAt(path).writeBoard('ws-1', board('2026-12-05T10:00:00.000Z'));
    expect(kept).toEqual({ ok: false, message: expect.stringMatching(/er skadet/) });
    const other = await store.fileAt(path).writeBoard('ws-2', board('2026-12-05T10:00:00.000Z'));
    expect(other.ok).toBe(true);
    const read = readPlanBytes(await readFile(path));
    expect(read.ok && read.boards['ws-1']).toEqual({ port: 'x' });
  });

  it('explains boards that are not an object of boards in bokmål', async () => {
    const { store, path } = await openPlan();
    const text = await readFile(path, 'utf8');
    await writeFile(path, `${text.slice(0, -3)},\n  "boards": []\n}\n`);
    const reopened = await store.open(path);
    expect(reopened).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringMatching(/^Verkstedtavlene som er lagret/) },
    });
  });
});
