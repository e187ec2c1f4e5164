import type { WordExportAssets, WordExportOptions } from '#shared/export/word/word-export-options';
import { withTimeout } from '#shared/export/with-timeout';
import type { Plan } from '#shared/model/plan';

export interface DocxJob {
  plan: Plan;
  options: WordExportOptions;
  assets: WordExportAssets;
}

export type DocxJobResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** A big plan builds in seconds; one still building after this long is stopped. */
export const DOCX_TIMEOUT_MS = 120_000;

export const docxTimeoutMessage = (ms: number) =>
  `Eksporten tok for lang tid (mer enn ${Math.round(ms / 1000)} sekunder) og ble stoppet.`;

/** A worker that could not start at all (not an error inside the build). */
class WorkerUnavailable extends Error {}

/**
 * Builds the .docx in a worker, so the window is not frozen while docx lays out the pages. Where
 * a worker cannot be started (a browser or file:// setup that refuses module workers), the
 * document is built in the window instead: slower to look at, same document.
 */
export async function buildDocxOffThread(
  job: DocxJob,
  buildInWindow: (job: DocxJob) => Promise<Uint8Array>,
  timeoutMs = DOCX_TIMEOUT_MS,
  startWorker: () => Worker = () =>
    new Worker(new URL('./docx-worker.ts', import.meta.url), { type: 'module' }),
): Promise<Uint8Array> {
  try {
    return await runInWorker(job, timeoutMs, startWorker);
  } catch (error) {
    if (error instanceof WorkerUnavailable) return buildInWindow(job);
    throw error;
  }
}

function runInWorker(
  job: DocxJob,
  timeoutMs: number,
  startWorker: () => Worker,
): Promise<Uint8Array> {
  let worker: Worker;
  try {
    worker = startWorker();
  } catch (error) {
    return Promise.reject(new WorkerUnavailable(String(error)));
  }
  // Terminating the worker stops docx wherever it is; the plan in the window was only read.
  return withTimeout(built(worker, job), timeoutMs, docxTimeoutMessage(timeoutMs), () =>
    worker.terminate(),
  );
}

function built(worker: Worker, job: DocxJob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<DocxJobResult>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.message));
    };
    // A script that fails to load reports here before any message; treat it as "no worker".
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new WorkerUnavailable(event.message || 'Arbeidstråden kunne ikke starte.'));
    };
    worker.postMessage(job);
  });
}
