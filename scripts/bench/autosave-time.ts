import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatchApiCall } from '../../electron/services/api-dispatch';
import { createPlanService, type DialogPort } from '../../electron/services/plan-service';
import { RecentPlans } from '../../electron/services/recent-plans';
import { loadSamplePlan, loadTemplates } from '../../electron/services/template-library';
import { PlanSession, type SessionApi } from '../../renderer/src/state/plan-session';
import {
  planApiContract,
  type OpenedPlan,
  type OpenResult,
  type PlanApi,
  type SaveResult,
} from '#shared/ipc/contract';
import type { Plan } from '#shared/model/plan';
import type { BenchResult } from './bench-result';
import { benchPlan } from './export-time';

/*
 * One autosave of a 500-measure plan, from the session's save to the bytes on disk, in Node with
 * the real services: the renderer's PlanSession and Autosaver, the request copied as Electron's
 * IPC copies it (structuredClone), then api-dispatch (contract parse), the plan service, the
 * plan file store (lock, conflict check, backup, durable write, read back) and whatever else a
 * save does in the main process. What the window does before a save (session.edit: text
 * cleaning, "last changed" stamp, undo history) is timed on its own, as are two parts of the
 * main side measured apart from the save: the contract's parse of the request and writing the
 * recent list. The disk's fsync is part of every figure, so the machine's load is printed too.
 */

const MEASURES = 500;
const RUNS = 40;
const WARM_UP = 3;

export const noDialogs: DialogPort = {
  chooseFileToOpen: async () => null,
  chooseFolder: async () => null,
  chooseFilesToOpen: async () => null,
  chooseSaveLocation: async () => null,
  openWithSystem: async () => '',
};

export async function autosaveBenchmarks(): Promise<BenchResult[]> {
  const root = await mkdtemp(join(tmpdir(), 'planverksted-bench-autosave-'));
  const appDataDir = join(root, 'app');
  const service = createPlanService({
    plansDir: join(root, 'Planverksted'),
    appDataDir,
    templates: () => loadTemplates('templates'),
    samplePlan: () => loadSamplePlan('templates'),
    dialogs: noDialogs,
    appVersion: 'bench',
    transport: 'electron',
  });
  const call = <M extends keyof PlanApi>(method: M, request: unknown) =>
    dispatchApiCall(service, method, request) as ReturnType<PlanApi[M]>;
  try {
    const created = opened(
      await call('createPlan', { templateId: 'oslo-bydel', title: 'Ytelsestest: lagring' }),
    );
    const big = benchPlan(created.plan, MEASURES);
    const first = await call('savePlan', {
      path: created.path,
      plan: big,
      baseRevision: created.revision,
    });
    if (!first.ok) throw new Error(`Kunne ikke lagre planen: ${first.message}`);
    const start = opened(await call('reloadPlan', { path: created.path }));
    return await timeAutosaves(call, start, `${MEASURES} tiltak`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export type ServiceCall = <M extends keyof PlanApi>(
  method: M,
  request: unknown,
) => ReturnType<PlanApi[M]>;

/** Times RUNS autosaves of the opened plan through the session, the IPC copy and the services. */
export async function timeAutosaves(
  call: ServiceCall,
  start: OpenedPlan,
  what: string,
): Promise<BenchResult[]> {
  const root = await mkdtemp(join(tmpdir(), 'planverksted-bench-recent-'));
  try {
    const marks = { sending: 0, arrived: 0, answered: 0 };
    const api: SessionApi = {
      adoptPlan: () => Promise.reject(new Error('Benken vedtar ikke.')),
      restoreVersion: () => Promise.reject(new Error('Benken henter ikke fram versjoner.')),
      savePlan: async (request) => {
        marks.sending = performance.now();
        // What Electron's IPC does to a request: the structured clone algorithm, both ways.
        const wire = structuredClone(request);
        marks.arrived = performance.now();
        const reply = (await call('savePlan', wire)) as SaveResult;
        marks.answered = performance.now();
        return reply;
      },
    };
    const session = new PlanSession(start, api);
    const samples = {
      edit: [],
      before: [],
      transport: [],
      main: [],
      whole: [],
      parse: [],
      recent: [],
    } as Record<string, number[]>;
    const recent = new RecentPlans(join(root, 'recent-alone'));
    const loadBefore = loadavg()[0]!;
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      const t0 = performance.now();
      session.edit((plan) => withVision(plan, `Visjon, lagring nummer ${run}`));
      const t1 = performance.now();
      if (!(await session.saveNow())) throw new Error('Autolagringen feilet.');
      const t2 = performance.now();
      const request = { path: start.path, plan: session.plan, baseRevision: 'x' };
      const t3 = performance.now();
      planApiContract.savePlan.request.parse(request);
      const t4 = performance.now();
      await recent.touch(start.path, `Tittel ${run}`);
      const t5 = performance.now();
      if (run < WARM_UP) continue;
      samples.edit!.push(t1 - t0);
      samples.before!.push(marks.sending - t1);
      samples.transport!.push(marks.arrived - marks.sending);
      samples.main!.push(marks.answered - marks.arrived);
      samples.whole!.push(t2 - t1);
      samples.parse!.push(t4 - t3);
      samples.recent!.push(t5 - t4);
    }
    const load = (loadBefore + loadavg()[0]!) / 2;
    session.dispose();
    return [
      ...figures(`${what}: hele (saveNow til bytene er på disken)`, samples.whole!),
      ...figures(`${what}: i vinduet før sending`, samples.before!),
      ...figures(`${what}: overføring (structuredClone som IPC)`, samples.transport!),
      ...figures(`${what}: i hovedprosessen (dispatch til svar)`, samples.main!),
      ...figures(`${what}: alene: kontraktens parse`, samples.parse!),
      ...figures(`${what}: alene: skrive nylig-listen`, samples.recent!),
      ...figures(`${what}: én endring (session.edit)`, samples.edit!),
      {
        name: 'Maskinlast under målingen (load average, 1 min)',
        unit: 'prosesser',
        value: Math.round(load * 10) / 10,
      },
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export function opened(result: OpenResult) {
  if (!result.ok) throw new Error(`Kunne ikke åpne planen: ${result.error.message}`);
  return result.opened;
}

export function withVision(plan: Plan, text: string): Plan {
  return { ...plan, vision: { ...plan.vision, text } };
}

export function figures(what: string, samples: number[]): BenchResult[] {
  const sorted = samples.slice().sort((a, b) => a - b);
  if (process.env.BENCH_SAMPLES) console.log(what, samples.map((x) => x.toFixed(1)).join(' '));
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return [
    { name: `${what}, p50`, unit: 'ms', value: round(at(0.5)) },
    { name: `${what}, p95`, unit: 'ms', value: round(at(0.95)) },
  ];
}
