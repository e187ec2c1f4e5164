import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backupPathOf,
  PlanFileStore,
  revisionOf,
  serializePlan,
} from '../../electron/services/plan-file-store';
import type { SaveResult } from '#shared/ipc/contract';
import { readPlanText } from '#shared/plan/read-plan';
import { largePlan } from '../support/large-plan';
import { buildSaveChild, startSaveChild, type SaveChild } from '../support/save-child';
import { useTempDir } from '../support/temp-dir';

const ROUNDS = 80;
const tempDir = useTempDir();
let script: string;
let scriptDir: string;

beforeAll(async () => {
  scriptDir = await mkdtemp(join(tmpdir(), 'planverksted-child-'));
  script = await buildSaveChild(scriptDir);
}, 60_000);

afterAll(async () => {
  await rm(scriptDir, { recursive: true, force: true });
});

describe('two Planverksted processes saving the same plan at the same moment', () => {
  it(`lets exactly one win and tells the other about the conflict, ${ROUNDS} rounds`, async () => {
    const dir = await tempDir();
    const path = join(dir, 'Delt plan.bsplan');
    let revision = await new PlanFileStore().create(path, largePlan(50, 'start'));
    const children: SaveChild[] = [
      startSaveChild(script, ['request', path]),
      startSaveChild(script, ['request', path]),
    ];
    try {
      await Promise.all(children.map((child) => child.nextLine()));
      const winners = [0, 0];
      for (let round = 0; round < ROUNDS; round++) {
        const before = await readFile(path);
        expect(revisionOf(before)).toBe(revision);
        const plans = await Promise.all(
          children.map(async (_, who) => {
            const plan = largePlan(50, `runde ${round}, kopi ${who}`);
            const file = join(dir, `kopi-${who}.json`);
            await writeFile(file, JSON.stringify(plan));
            return { plan, file };
          }),
        );
        // Both copies start from the same version on disk, as two people with the plan open.
        for (const [who, child] of children.entries()) {
          child.process.stdin.write(
            `${JSON.stringify({ planFile: plans[who]!.file, baseRevision: revision })}\n`,
          );
        }
        const results = (await Promise.all(children.map((child) => child.nextLine()))).map(
          (line) => JSON.parse(line) as SaveResult,
        );

        const won = results.flatMap((result, who) => (result.ok ? [who] : []));
        expect(won, `runde ${round}: ${JSON.stringify(results)}`).toHaveLength(1);
        const winner = won[0]!;
        const loser = results[1 - winner]!;
        expect(!loser.ok && loser.reason).toBe('conflict');
        winners[winner] = (winners[winner] ?? 0) + 1;

        // The winner's version is the file, the version both started from is the backup, and
        // the loser's change is still in its window (it was told so): nothing is lost.
        const after = await readFile(path, 'utf8');
        const read = readPlanText(after);
        expect(read.ok && serializePlan(read.plan)).toBe(serializePlan(plans[winner]!.plan));
        // The file also holds the change log of what the winner changed.
        expect(read.ok && read.history.changeLog.length).toBeGreaterThan(0);
        const saved = results[winner]!;
        expect(saved.ok && saved.revision).toBe(revisionOf(after));
        expect((await readFile(backupPathOf(path))).equals(before)).toBe(true);
        revision = revisionOf(after);
      }
      console.log(`Vinner per prosess over ${ROUNDS} runder: ${winners.join(' / ')}`);
      expect((await readdir(dir)).sort()).toEqual([
        'Delt plan.bsplan',
        'Delt plan.bsplan.bak',
        'kopi-0.json',
        'kopi-1.json',
      ]);
    } finally {
      for (const child of children) child.process.kill();
    }
  }, 120_000);
});
