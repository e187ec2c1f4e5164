import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupPathOf, PlanFileStore } from '../../electron/services/plan-file-store';
import { readPlanText } from '#shared/plan/read-plan';
import { largePlan } from '../support/large-plan';

// A real full disk: a 1200 kB tmpfs. Mounting needs root on Linux (as in CI); elsewhere the
// test is skipped and says why. The injected full disk in tests/unit covers the same logic.
let disk: string | null = null;
let skipReason = '';

beforeAll(async () => {
  const folder = await mkdtemp(join(tmpdir(), 'planverksted-full-disk-'));
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    skipReason = 'krever Linux og root for å montere en liten tmpfs';
  } else {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1200k', 'tmpfs', folder]);
      disk = folder;
    } catch (error) {
      skipReason = `mount feilet: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  if (!disk) {
    console.log(`Hoppet over testen med full disk: ${skipReason}`);
    await rmdir(folder);
  }
});

afterAll(async () => {
  if (!disk) return;
  execFileSync('umount', [disk]);
  await rmdir(disk);
});

describe('autosave on a real disk that runs full', () => {
  it('keeps a 700 kB plan and its backup whole while every save fails', async (context) => {
    if (!disk) return context.skip();
    const path = join(disk, 'Plan for Bydel Eksempel.bsplan');
    const store = new PlanFileStore();
    // The plan fits, and its backup (a hard link to the replaced file, no room of its own);
    // a second copy (the temp file of the next save) does not.
    const revision = await store.create(path, largePlan(700, 'første'));
    const plan = await readFile(path, 'utf8');
    expect(plan.length).toBeGreaterThan(700 * 1024);
    let failures = 0;
    for (let n = 0; n < 10; n++) {
      const result = await store.save(path, largePlan(700, `endring ${n}`), revision);
      expect(result).toMatchObject({ ok: false, reason: 'io' });
      expect(!result.ok && result.message).toBe(
        'Planen kunne ikke lagres: disken er full. Endringene dine er beholdt i vinduet.',
      );
      failures++;
      expect(await readFile(path, 'utf8')).toBe(plan);
      for (const file of [path, backupPathOf(path)]) {
        expect(readPlanText(await readFile(file, 'utf8')).ok, file).toBe(true);
      }
      expect((await readdir(disk)).sort()).toEqual([
        'Plan for Bydel Eksempel.bsplan',
        'Plan for Bydel Eksempel.bsplan.bak',
      ]);
    }
    console.log(`Full disk: ${failures} mislykte lagringer, plan og sikkerhetskopi hele`);
    expect((await store.load(path)).ok).toBe(true);
    expect((await store.load(backupPathOf(path))).ok).toBe(true);
  });
});
