import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backupPathOf,
  PlanFileStore,
  revisionOf,
  serializePlan,
} from '../../electron/services/plan-file-store';
import { readPlanText } from '#shared/plan/read-plan';
import { largePlan } from '../support/large-plan';
import { buildSaveChild, startSaveChild } from '../support/save-child';
import { useTempDir } from '../support/temp-dir';

const KILLS = 100;
const tempDir = useTempDir();
let scriptDir: string;
let script: string;

beforeAll(async () => {
  scriptDir = await mkdtemp(join(tmpdir(), 'planverksted-child-'));
  script = await buildSaveChild(scriptDir);
}, 60_000);

afterAll(() => rm(scriptDir, { recursive: true, force: true }));

async function readIfThere(path: string): Promise<string | null> {
  return readFile(path, 'utf8').catch(() => null);
}

describe('a Planverksted process killed in the middle of saving', () => {
  it(`leaves the plan and its backup whole, old or new, ${KILLS} kills (kill -9)`, async () => {
    const dir = await tempDir();
    const plansDir = join(dir, 'planer');
    const path = join(plansDir, 'Plan for Bydel Eksempel.bsplan');
    const versions = [largePlan(500, 'gammel'), largePlan(500, 'ny')];
    const files = await Promise.all(
      versions.map(async (plan, n) => {
        const file = join(dir, `versjon-${n}.json`);
        await writeFile(file, JSON.stringify(plan));
        return file;
      }),
    );
    const drafts = versions.map((plan) => JSON.parse(serializePlan(plan)) as unknown);
    const store = new PlanFileStore();
    await mkdir(plansDir);
    // Saved once, so that there is a backup from the start.
    const created = await store.create(path, versions[0]!);
    expect((await store.save(path, versions[1]!, created)).ok).toBe(true);

    let leftoversSeen = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const revision = revisionOf(await readFile(path));
      const child = startSaveChild(script, ['loop', path, revision, ...files]);
      await child.nextLine();
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 80));
      const closed = new Promise((resolve) => child.process.once('close', resolve));
      child.process.kill('SIGKILL');
      await closed;

      for (const file of [path, backupPathOf(path)]) {
        // Whole, old or new: the draft is one of the two (the change log beside it grows).
        const read = readPlanText((await readIfThere(file))!);
        if (!read.ok) throw new Error(`${file} etter drap ${kill}: ${read.error.message}`);
        expect(drafts, `${file} etter drap ${kill}`).toContainEqual(
          JSON.parse(serializePlan(read.plan)),
        );
      }
      const names = await readdir(plansDir);
      if (names.length > 2) leftoversSeen++;
      const opened = await store.load(path);
      expect(opened.ok).toBe(true);
      expect((await readdir(plansDir)).sort()).toEqual([
        'Plan for Bydel Eksempel.bsplan',
        'Plan for Bydel Eksempel.bsplan.bak',
      ]);
    }
    console.log(
      `${KILLS} drap: rester (midlertidig fil eller lås) ryddet ved åpning ${leftoversSeen} ganger`,
    );
  }, 300_000);
});
