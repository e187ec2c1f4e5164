import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupPathOf,
  PlanFileStore,
  revisionOf,
  serializePlan,
} from '../../../../electron/services/plan-file-store';
import { samplePlan } from '../../../support/plan-fixtures';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();
const store = new PlanFileStore();

async function planFile() {
  const path = join(await tempDir(), 'Plan for Bydel Østensjø.bsplan');
  const plan = samplePlan();
  const revision = await store.create(path, plan);
  return { path, plan, revision };
}

describe('plan files on disk', () => {
  it('creates, reads and saves a plan through lowdb on the real disk', async () => {
    const { path, plan, revision } = await planFile();
    expect(await readFile(path, 'utf8')).toBe(serializePlan(plan));

    const loaded = await store.load(path);
    expect(loaded).toEqual({
      ok: true,
      loaded: {
        plan,
        revision,
        migratedFrom: null,
        history: { versions: [], changeLog: [] },
        boards: {},
      },
    });

    const edited = { ...plan, vision: { text: 'Alle skal bo trygt.', rationale: '' } };
    const saved = await store.save(path, edited, revision);
    expect(saved.ok).toBe(true);
    const onDisk = await readFile(path, 'utf8');
    expect(JSON.parse(onDisk).vision.text).toBe('Alle skal bo trygt.');
    expect(saved.ok && saved.revision).toBe(revisionOf(onDisk));
  });

  it('keeps the previous version as a backup and leaves no temporary files behind', async () => {
    const { path, plan, revision } = await planFile();
    const before = await readFile(path);
    await store.save(
      path,
      {
        ...plan,
        mainGoals: [],
        strategies: plan.strategies.map((s) => ({ ...s, goalIds: [] })),
        measures: plan.measures.map((m) => ({ ...m, goalIds: [] })),
      },
      revision,
    );
    expect((await readFile(backupPathOf(path))).equals(before)).toBe(true);
    const files = (await readdir(join(path, '..'))).sort();
    expect(files).toEqual(['Plan for Bydel Østensjø.bsplan', 'Plan for Bydel Østensjø.bsplan.bak']);
  });

  it('refuses to create over an existing file', async () => {
    const { path, plan } = await planFile();
    await expect(store.create(path, plan)).rejects.toThrow();
  });

  it('refuses a corrupt file with the place named, and never overwrites it', async () => {
    const { path, plan } = await planFile();
    const text = serializePlan(plan).replace('"endDate": "2028-12-31"', '"endDate": "2026-12-31"');
    await writeFile(path, text);
    const original = await readFile(path);

    const loaded = await store.load(path);
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.error.problems).toEqual([
      {
        where: 'Tiltak 1A «Boligtorg»',
        message: 'slutt 31.12.2026 er før start 01.01.2027.',
      },
    ]);
    // Whatever revision a caller claims, the damaged file is not replaced.
    for (const claimed of ['', revisionOf('noe annet')]) {
      const result = await store.save(path, plan, claimed);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toBe('conflict');
    }
    expect((await readFile(path)).equals(original)).toBe(true);
  });

  it('refuses broken JSON and files from a newer version, byte for byte unchanged', async () => {
    const { path, plan } = await planFile();
    for (const content of [
      '{"schemaVersion": 1, "id": ',
      JSON.stringify({ ...plan, schemaVersion: 99 }),
    ]) {
      await writeFile(path, content);
      const loaded = await store.load(path);
      expect(loaded.ok).toBe(false);
      expect(await readFile(path, 'utf8')).toBe(content);
    }
  });

  it('does not silently overwrite a change someone else made on disk', async () => {
    const { path, plan, revision } = await planFile();
    const theirs = serializePlan({ ...plan, vision: { text: 'Deres visjon', rationale: '' } });
    await writeFile(path, theirs);

    const mine = { ...plan, vision: { text: 'Min visjon', rationale: '' } };
    const result = await store.save(path, mine, revision);
    expect(result).toMatchObject({ ok: false, reason: 'conflict' });
    expect(!result.ok && result.message).toContain('endret av noen andre');
    expect(await readFile(path, 'utf8')).toBe(theirs);

    // Overwriting is the user's explicit choice, and their version is kept as the backup.
    const forced = await store.save(path, mine, revision, true);
    expect(forced.ok).toBe(true);
    expect(JSON.parse(await readFile(path, 'utf8')).vision.text).toBe('Min visjon');
    expect(await readFile(backupPathOf(path), 'utf8')).toBe(theirs);
  });

  it('explains a failed write in bokmål', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'ikke-en-mappe'), 'x');
    const path = join(dir, 'ikke-en-mappe', 'plan.bsplan');
    const result = await store.save(path, samplePlan(), '');
    expect(result).toMatchObject({ ok: false, reason: 'io' });
    expect(!result.ok && result.message).toMatch(
      /^Planen kunne ikke lagres: .*Endringene dine er beholdt i vinduet\.$/,
    );
  });
});
