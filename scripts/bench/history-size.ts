import { readFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatchApiCall } from '../../electron/services/api-dispatch';
import { PlanFileStore, serializePlan } from '../../electron/services/plan-file-store';
import { createPlanService } from '../../electron/services/plan-service';
import { loadSamplePlan, loadTemplates } from '../../electron/services/template-library';
import type { PlanApi } from '#shared/ipc/contract';
import { planSchema, type Plan } from '#shared/model/plan';
import { instantiateTemplate } from '#shared/plan/create-plan';
import { noDialogs, opened, timeAutosaves } from './autosave-time';
import type { BenchResult } from './bench-result';
import { benchPlan } from './export-time';

/*
 * Issue 17's size and speed case: a 500-measure plan with 3 adopted versions and 5 000 change
 * log entries. The history is made the way a user makes it, through the real store: saves that
 * each change a few measures (owner, status, a cost), on a clock that moves past the log's open
 * stretch each time, and three adoptions on the way. Then the same autosave timing as the plain
 * plan, and the file's size against the plan alone.
 */

const MEASURES = 500;
const LOG_ENTRIES = 5000;
const VERSIONS = 3;

/** A few measures changed the way a programme leader changes them after adoption. */
function followUpEdit(plan: Plan, round: number): Plan {
  const owners = plan.organisation.map((body) => ({ kind: 'body' as const, id: body.id }));
  const statuses = ['n', 'v', 'g', 'a'] as const;
  const measures = plan.measures.map((measure, i) => {
    if ((i + round * 7) % 97 !== 0) return measure;
    const costs = measure.budget.costs.map((cost, c) =>
      c === 0 ? { ...cost, amount: cost.amount + 10_000 * ((round % 5) + 1) } : cost,
    );
    return {
      ...measure,
      owner: owners[(i + round) % owners.length] ?? measure.owner,
      status: statuses[(i + round) % statuses.length]!,
      budget: { ...measure.budget, costs },
    };
  });
  return { ...plan, measures };
}

export async function historyBenchmarks(): Promise<BenchResult[]> {
  const root = await mkdtemp(join(tmpdir(), 'planverksted-bench-history-'));
  try {
    const templates = await loadTemplates('templates');
    const template = templates.find((t) => t.id === 'oslo-bydel')!.plan;
    let plan = planSchema.parse(
      benchPlan(instantiateTemplate(template, 'Ytelsestest: historikk'), MEASURES),
    );
    const alone = Buffer.byteLength(serializePlan(plan));

    let clock = Date.parse('2027-01-04T08:00:00.000Z');
    const store = new PlanFileStore({ now: () => new Date(clock) });
    const path = join(root, 'Historikk.bsplan');
    let revision = await store.create(path, plan);
    await store.open(path);
    const file = store.fileAt(path);
    const logLength = () => file.history()!.changeLog.length;
    const seedStart = performance.now();
    let adoptions = 0;
    for (let round = 0; logLength() < LOG_ENTRIES; round++) {
      if (round > LOG_ENTRIES) throw new Error('Lagringene gir ingen linjer i endringsloggen.');
      // Each save opens a new stretch of the log, so every change is an entry of its own.
      clock += 11 * 60 * 1000;
      plan = followUpEdit(plan, round);
      const due = adoptions < VERSIONS && logLength() >= (adoptions * LOG_ENTRIES) / VERSIONS;
      const result = due
        ? await file.adopt(
            plan,
            { baseRevision: revision, force: false },
            {
              number: `${adoptions + 1}.0`,
              adoptedDate: new Date(clock).toISOString().slice(0, 10),
              adoptedBy: 'Bydelsutvalget',
              caseNumber: `2027/${100 + adoptions}`,
            },
            'Benk',
          )
        : await file.save(plan, { baseRevision: revision, force: false }, 'Benk');
      if (!result.ok) throw new Error(`Historikken kunne ikke lages: ${result.message}`);
      if ('plan' in result) plan = result.plan;
      if (due) adoptions++;
      revision = result.revision;
    }
    const seedMs = performance.now() - seedStart;
    const history = file.history()!;
    if (process.env.BENCH_SIZES) {
      const full = store.historyOf(path)!;
      const size = (value: unknown) => Math.round(JSON.stringify(value).length / 1024);
      console.log('snapshot kB', size(full.versions.at(-1)!.snapshot));
      console.log(
        'patches kB',
        full.versions.slice(0, -1).map((v) => size(v.patch)),
      );
      console.log(
        'log kB',
        size(full.changeLog),
        'per entry',
        JSON.stringify(full.changeLog).length / full.changeLog.length,
      );
      console.log('sample entries', full.changeLog.slice(100, 103));
      const { describeChanges } = await import('#shared/plan/compare/describe-changes');
      const before = performance.now();
      for (let i = 0; i < 10; i++) describeChanges(template, plan);
      console.log('describe ms', (performance.now() - before) / 10);
    }

    const service = createPlanService({
      plansDir: join(root, 'Planverksted'),
      appDataDir: join(root, 'app'),
      templates: () => loadTemplates('templates'),
      samplePlan: () => loadSamplePlan('templates'),
      dialogs: { ...noDialogs, chooseFileToOpen: async () => path },
      appVersion: 'bench',
      transport: 'electron',
    });
    const call = <M extends keyof PlanApi>(method: M, request: unknown) =>
      dispatchApiCall(service, method, request) as ReturnType<PlanApi[M]>;
    const openStart = performance.now();
    const chosen = await call('openPlanDialog', {});
    if (!chosen.ok && 'canceled' in chosen) throw new Error('Planen ble ikke åpnet.');
    const start = opened(chosen);
    const openMs = performance.now() - openStart;
    const whole = (await stat(path)).size;
    const versionStart = performance.now();
    const oldest = await call('getVersionPlan', { path, versionId: history.versions[0]!.id });
    const versionMs = performance.now() - versionStart;
    if (!oldest.ok) throw new Error(oldest.message);
    const what = `${MEASURES} tiltak, ${history.versions.length} versjoner, ${history.changeLog.length} logglinjer`;
    const timings = await timeAutosaves(call, start, what);
    const onDisk = Buffer.byteLength(await readFile(path));
    const kb = (bytes: number) => Math.round(bytes / 1024);
    return [
      ...timings,
      { name: `${what}: planen alene`, unit: 'kB', value: kb(alone) },
      { name: `${what}: hele filen`, unit: 'kB', value: kb(whole) },
      {
        name: `${what}: filen delt på planen alene`,
        unit: '×',
        value: Math.round((whole / alone) * 100) / 100,
      },
      { name: `${what}: hele filen etter målingen`, unit: 'kB', value: kb(onDisk) },
      { name: `${what}: åpne filen`, unit: 'ms', value: Math.round(openMs) },
      { name: `${what}: lese den eldste versjonen`, unit: 'ms', value: Math.round(versionMs) },
      {
        name: `${what}: lage historikken (alle lagringene)`,
        unit: 's',
        value: Math.round(seedMs / 100) / 10,
      },
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
