import * as fs from 'node:fs/promises';
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileOps } from '../../../../electron/services/durable-write';
import {
  backupPathOf,
  PlanFileStore,
  revisionOf,
  serializePlan,
} from '../../../../electron/services/plan-file-store';
import { readPlanText } from '#shared/plan/read-plan';
import { largePlan } from '../../../support/large-plan';
import { samplePlan } from '../../../support/plan-fixtures';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();

/** A disk with `free` bytes left: a write stores what fits, then fails like a full disk. */
function fullDisk(free: number): FileOps {
  let left = free;
  return {
    ...fs,
    open: (async (path: string, flags: string) => {
      const handle = await fs.open(path, flags);
      if (flags !== 'wx') return handle;
      return new Proxy(handle, {
        get(target, key) {
          if (key !== 'write') return Reflect.get(target, key, target);
          return async (bytes: Uint8Array, offset: number, length: number) => {
            if (left === 0) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
            const fits = Math.min(left, length);
            left -= fits;
            return target.write(bytes, offset, fits);
          };
        },
      });
    }) as FileOps['open'],
  };
}

async function opensAsPlan(path: string): Promise<string> {
  const text = await readFile(path, 'utf8');
  expect(readPlanText(text).ok, path).toBe(true);
  return text;
}

describe('saving a plan when the disk is full', () => {
  it('keeps the last good plan and its backup, says so in bokmål, and leaves no temp files', async () => {
    const dir = await tempDir();
    const path = join(dir, 'Plan for Bydel Eksempel.bsplan');
    const good = new PlanFileStore();
    const first = await good.create(path, largePlan(60, 'første'));
    const second = await good.save(path, largePlan(60, 'andre'), first);
    expect(second.ok).toBe(true);
    const plan = await readFile(path, 'utf8');
    const backup = await readFile(backupPathOf(path), 'utf8');

    // Room for part of the new plan: it is cut off half-way, save after save (the backup is a
    // hard link to the replaced file and takes no room; see the next test for a copied one).
    for (const free of [0, 20_000, 40_000, 55_000]) {
      const full = new PlanFileStore({ fs: fullDisk(free) });
      const result = await full.save(path, largePlan(60, `endring ${free}`), revisionOf(plan));
      expect(result).toEqual({
        ok: false,
        reason: 'io',
        message: 'Planen kunne ikke lagres: disken er full. Endringene dine er beholdt i vinduet.',
        problems: [],
      });
      expect(await opensAsPlan(path)).toBe(plan);
      // The backup is the earlier version, or the plan itself once it was kept as the backup.
      expect([backup, plan]).toContain(await opensAsPlan(backupPathOf(path)));
      expect((await readdir(dir)).sort()).toEqual([
        'Plan for Bydel Eksempel.bsplan',
        'Plan for Bydel Eksempel.bsplan.bak',
      ]);
    }
    // With room again, saving continues from the same revision: no false conflict.
    expect((await good.save(path, largePlan(60, 'igjen'), revisionOf(plan))).ok).toBe(true);
  });

  it('copies the backup where the disk has no hard links, and keeps it whole when that copy runs out of room', async () => {
    const dir = await tempDir();
    const path = join(dir, 'Plan for Bydel Eksempel.bsplan');
    const good = new PlanFileStore();
    const first = await good.create(path, largePlan(60, 'første'));
    const plan = await readFile(path, 'utf8');
    const noLinks = (disk: FileOps): FileOps => ({
      ...disk,
      link: async () => {
        throw Object.assign(new Error('not permitted'), { code: 'EPERM' });
      },
    });
    const full = new PlanFileStore({ fs: noLinks(fullDisk(30_000)) });
    const failed = await full.save(path, largePlan(60, 'endring'), first);
    expect(failed).toMatchObject({ ok: false, reason: 'io' });
    expect(await opensAsPlan(path)).toBe(plan);
    expect((await readdir(dir)).sort()).toEqual(['Plan for Bydel Eksempel.bsplan']);

    const roomy = new PlanFileStore({ fs: noLinks(fs) });
    const saved = await roomy.save(path, largePlan(60, 'andre'), first);
    expect(saved.ok).toBe(true);
    expect(await opensAsPlan(backupPathOf(path))).toBe(plan);
    expect((await readdir(dir)).sort()).toEqual([
      'Plan for Bydel Eksempel.bsplan',
      'Plan for Bydel Eksempel.bsplan.bak',
    ]);
  });

  it('writes everything even when the disk takes a few bytes at a time', async () => {
    const dir = await tempDir();
    const path = join(dir, 'plan.bsplan');
    const slow: FileOps = {
      ...fs,
      open: (async (file: string, flags: string) => {
        const handle = await fs.open(file, flags);
        return new Proxy(handle, {
          get: (target, key) =>
            key === 'write'
              ? (bytes: Uint8Array, offset: number, length: number) =>
                  target.write(bytes, offset, Math.min(length, 4096))
              : Reflect.get(target, key, target),
        });
      }) as FileOps['open'],
    };
    const store = new PlanFileStore({ fs: slow });
    const plan = largePlan(40, 'bit for bit');
    const revision = await store.create(path, plan);
    expect(revision).toBe(revisionOf(serializePlan(plan)));
    expect(await opensAsPlan(path)).toBe(serializePlan(plan));
  });
});

describe('what a save never replaces', () => {
  it('does not replace a good backup with a file that does not open', async () => {
    const dir = await tempDir();
    const path = join(dir, 'plan.bsplan');
    const store = new PlanFileStore();
    const created = await store.create(path, samplePlan());
    const saved = await store.save(path, largePlan(5, 'ny'), created);
    const backup = await readFile(backupPathOf(path), 'utf8');
    // Someone (or an old version's full disk) left a cut-off file; the user overwrites it.
    const cut = (await readFile(path, 'utf8')).slice(0, 1000);
    await writeFile(path, cut);
    const forced = await store.save(path, samplePlan(), saved.ok ? saved.revision : '', true);
    expect(forced.ok).toBe(true);
    expect(await readFile(backupPathOf(path), 'utf8')).toBe(backup);
  });

  it('keeps the overwritten version as its own file, which later saves leave alone', async () => {
    const dir = await tempDir();
    const path = join(dir, 'Plan for Bydel Eksempel.bsplan');
    const store = new PlanFileStore({ now: () => new Date(2026, 11, 4, 14, 5) });
    const mine = samplePlan();
    const base = await store.create(path, mine);
    const theirs = serializePlan({ ...mine, vision: { text: 'Deres visjon', rationale: '' } });
    await writeFile(path, theirs);

    const forced = await store.save(
      path,
      { ...mine, vision: { text: 'Min', rationale: '' } },
      base,
      true,
    );
    expect(forced).toMatchObject({
      ok: true,
      keptAs: 'Plan for Bydel Eksempel (overskrevet 2026-12-04 14.05).bsplan',
    });
    let revision = forced.ok ? forced.revision : '';
    for (const text of ['Min 2', 'Min 3', 'Min 4']) {
      const next = await store.save(path, { ...mine, vision: { text, rationale: '' } }, revision);
      expect(next.ok && next.keptAs).toBe(undefined);
      revision = next.ok ? next.revision : '';
    }
    const kept = join(dir, 'Plan for Bydel Eksempel (overskrevet 2026-12-04 14.05).bsplan');
    expect(await readFile(kept, 'utf8')).toBe(theirs);
    expect((await store.load(kept)).ok).toBe(true);
  });

  it('refuses to save over a read-only plan file, and leaves it as it is', async () => {
    const dir = await tempDir();
    const path = join(dir, 'plan.bsplan');
    const store = new PlanFileStore();
    const revision = await store.create(path, samplePlan());
    const before = await readFile(path);
    await chmod(path, 0o444);
    const result = await store.save(path, largePlan(5, 'ny'), revision);
    expect(result).toMatchObject({ ok: false, reason: 'io' });
    expect(!result.ok && result.message).toMatch(
      /^Planfilen er skrivebeskyttet.*beholdt i vinduet/,
    );
    expect((await readFile(path)).equals(before)).toBe(true);
    expect(await readdir(dir)).toEqual(['plan.bsplan']);
  });
});

describe('opening a plan', () => {
  it('removes temp files a crash left beside it, and only those', async () => {
    const dir = await tempDir();
    const path = join(dir, 'plan.bsplan');
    const store = new PlanFileStore();
    await store.create(path, samplePlan());
    const leftovers = [
      '.plan.bsplan.tmp-0123456789ab',
      '.plan.bsplan.bak.tmp-ba9876543210',
      'plan.bsplan.2847561203',
      '.plan.bsplan.lock.new-00aa11bb22cc33dd',
    ];
    const others = ['.annen.bsplan.tmp-0123456789ab', 'plan.bsplan.notater', 'annen.bsplan'];
    for (const name of [...leftovers, ...others]) await writeFile(join(dir, name), 'x');
    expect((await store.load(path)).ok).toBe(true);
    expect((await readdir(dir)).sort()).toEqual([...others, 'plan.bsplan'].sort());
  });
});
