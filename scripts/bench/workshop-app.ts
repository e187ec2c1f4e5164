import { watch } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { startWorkshop } from '#shared/plan/workshop-operations';
import { boardAreas } from '#shared/workshop-sync/board-areas';
import type { BoardSocketClass } from '#shared/workshop-sync/board-socket';
import { APP_ORIGIN } from '../../electron/app-protocol';
import { createPlanService, type DialogPort } from '../../electron/services/plan-service';
import { loadSamplePlan, loadTemplates } from '../../electron/services/template-library';
import { repoRoot } from '../../tests/support/repo-root';

/*
 * The workshop bench's app, as the main process and the window make it (as
 * tests/support/plan-service-setup.ts does, without vitest): a plan service in a temporary folder
 * with the built participant page, a plan with one workshop saved as the window saves it, and the
 * board shared from it. The figures are the app's own: its save delay, its window origin.
 */

const noDialogs: DialogPort = {
  chooseFileToOpen: async () => null,
  chooseFolder: async () => null,
  chooseFilesToOpen: async () => null,
  chooseSaveLocation: async () => null,
  openWithSystem: async () => '',
};

export async function shareWorkshopFromPlan(votesPerPerson: number, participants: number) {
  const root = await mkdtemp(join(tmpdir(), 'planverksted-bench-'));
  const api = createPlanService({
    plansDir: join(root, 'Planverksted'),
    appDataDir: join(root, 'app'),
    templates: () => loadTemplates(join(repoRoot, 'templates')),
    samplePlan: () => loadSamplePlan(join(repoRoot, 'templates')),
    dialogs: noDialogs,
    appVersion: 'bench',
    transport: 'web',
    workshop: {
      // Built by `npm run build`, which `npm run bench` runs first.
      participantDir: join(repoRoot, 'dist', 'participant'),
      facilitatorOrigins: [APP_ORIGIN],
      listenHost: '127.0.0.1',
      addresses: [],
    },
  });
  const stop = async () => {
    await api.stopWorkshops();
    await rm(root, { recursive: true, force: true });
  };
  try {
    const templateId = (await api.listTemplates({}))[0]!.id;
    const created = await api.createPlan({ templateId, title: 'Benchmark-plan' });
    if (!created.ok) throw new Error(created.error.message);
    const { path } = created.opened;
    const plan = startWorkshop(created.opened.plan, {
      title: 'Idémyldring om boliger',
      date: '2026-12-05',
      focusAreaId: null,
      votesPerPerson,
      participants,
    });
    const workshop = plan.workshops.at(-1)!;
    const saved = await api.savePlan({ path, plan, baseRevision: created.opened.revision });
    if (!saved.ok) throw new Error(`Planen ble ikke lagret: ${saved.reason}`);
    const sizeBefore = (await stat(path)).size;
    const focusAreas = boardAreas(plan, workshop.id);
    const started = await api.startWorkshopSharing({ path, workshop, focusAreas });
    if (!started.ok) throw new Error(started.message);
    return {
      path,
      workshopId: workshop.id,
      focusAreas,
      sizeBefore,
      sharing: started.sharing,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface SocketStats {
  messagesSent: number;
  bytesSent: number;
  messagesReceived: number;
  bytesReceived: number;
}

/** The facilitator window's WebSocket (its origin is the app's), counting what passes through. */
export function countingWindowSocket(stats: SocketStats): BoardSocketClass {
  return class WindowSocket extends WebSocket {
    constructor(url: string) {
      super(url, { origin: APP_ORIGIN });
      // connectBoard asks for ArrayBuffers, so `data` is one (or a Buffer for a text frame).
      this.on('message', (data: ArrayBuffer | Buffer) => {
        stats.messagesReceived += 1;
        stats.bytesReceived += data.byteLength;
      });
    }

    override send(data: Uint8Array<ArrayBuffer> | string) {
      stats.messagesSent += 1;
      stats.bytesSent += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
      super.send(data);
    }
  };
}

/**
 * Counts the plan file's writes as the file system tells them: each durable write renames a
 * fresh file over it (durable-write.ts). Polling the file's mtime would miss writes that follow
 * each other within a poll, and queued board writes do.
 */
export function countFileWrites(path: string) {
  let writes = 0;
  let lastAt = performance.now();
  const name = basename(path);
  const watcher = watch(dirname(path), (event, file) => {
    if (event !== 'rename' || file !== name) return;
    writes += 1;
    lastAt = performance.now();
  });
  return {
    writes: () => writes,
    /** When the last write was seen (performance.now()). */
    lastAt: () => lastAt,
    stop: () => {
      watcher.close();
      return writes;
    },
  };
}
