import { spawnSync } from 'node:child_process';
import { readdir, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPathOf } from '../../../../electron/services/plan-file-lock';
import { PlanFileStore } from '../../../../electron/services/plan-file-store';
import { largePlan } from '../../../support/large-plan';
import { samplePlan } from '../../../support/plan-fixtures';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();
const store = new PlanFileStore();

async function planWithLock(owner: object, ageMs = 0) {
  const dir = await tempDir();
  const path = join(dir, 'plan.bsplan');
  const revision = await store.create(path, samplePlan());
  await writeFile(lockPathOf(path), JSON.stringify(owner));
  const when = new Date(Date.now() - ageMs);
  await utimes(lockPathOf(path), when, when);
  return { dir, path, revision };
}

describe('the lock held while a plan is saved', () => {
  it('takes over a lock whose process has died', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const { dir, path, revision } = await planWithLock({ pid: dead, host: hostname(), token: 'x' });
    expect((await store.save(path, largePlan(5, 'etter krasj'), revision)).ok).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['plan.bsplan', 'plan.bsplan.bak']);
  });

  it('takes over a lock from another machine once it is old', async () => {
    const owner = { pid: 1, host: 'en-annen-maskin', token: 'y' };
    const { dir, path, revision } = await planWithLock(owner, 60_000);
    expect((await store.save(path, largePlan(5, 'etter krasj'), revision)).ok).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['plan.bsplan', 'plan.bsplan.bak']);
  });

  it('lets one of two saves from the same starting point win, in one process too', async () => {
    const dir = await tempDir();
    const path = join(dir, 'plan.bsplan');
    const revision = await store.create(path, samplePlan());
    const results = await Promise.all(
      ['a', 'b'].map((who) => store.save(path, largePlan(20, who), revision)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(1);
  });
});
