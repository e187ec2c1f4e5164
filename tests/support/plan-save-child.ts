// A second Planverksted process, for tests that need a real process: one that is killed in the
// middle of saving, or two that save the same plan at the same moment. Bundled by save-child.ts.
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { PlanFileStore } from '../../electron/services/plan-file-store';
import type { Plan } from '#shared/model/plan';

const store = new PlanFileStore();
const [mode = '', planPath = '', ...rest] = process.argv.slice(2);

/** Saves the given plans in turn, forever, as autosave would; killed from outside. */
async function saveInLoop(): Promise<void> {
  const [base = '', ...planFiles] = rest;
  let revision = base;
  const plans = await Promise.all(
    planFiles.map(async (file) => JSON.parse(await readFile(file, 'utf8')) as Plan),
  );
  process.stdout.write('ready\n');
  for (let n = 0; ; n++) {
    const result = await store.save(planPath, plans[n % plans.length]!, revision);
    if (!result.ok) throw new Error(result.message);
    revision = result.revision;
  }
}

/** One save per line on stdin ({ planFile, baseRevision }), one JSON reply per line. */
async function saveOnRequest(): Promise<void> {
  const lines = createInterface({ input: process.stdin });
  process.stdout.write('ready\n');
  for await (const line of lines) {
    const { planFile, baseRevision } = JSON.parse(line) as {
      planFile: string;
      baseRevision: string;
    };
    const plan = JSON.parse(await readFile(planFile, 'utf8')) as Plan;
    const result = await store.save(planPath, plan, baseRevision);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
}

await (mode === 'loop' ? saveInLoop() : saveOnRequest());
