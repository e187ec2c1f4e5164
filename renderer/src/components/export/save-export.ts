import { DRAWING_CHARTS, plainReason } from '#shared/export/word-export-assets';
import type { PlanApi } from '#shared/ipc/contract';
import { bytesToBase64 } from '#shared/format/base64';

// The flow every export shares, whatever it builds: ask where, build, save there, and tell the
// page each step. The Eksport page and «Endringer siden vedtak» on Versjoner both use it.

export type ExportStep = 'place' | 'chart' | 'document' | 'workbook' | 'report' | 'save';

/** What the user is told while the export works, step by step. */
export const exportStepLabels: Record<ExportStep, string> = {
  place: 'Velger hvor filen skal lagres',
  chart: DRAWING_CHARTS,
  document: 'Setter sammen Word-dokumentet',
  workbook: 'Setter sammen Excel-arbeidsboken',
  report: 'Setter sammen rapporten',
  save: 'Lagrer filen',
};

export type ExportOutcome =
  | { ok: true; path: string; fileName: string; notes: string[] }
  | { ok: false; canceled: true }
  | { ok: false; canceled: false; message: string };

/** Where the file will be saved, known as soon as the user has chosen it. */
export interface ExportPlace {
  path: string;
  fileName: string;
}

/** What an export tells the page while it works: each step, and the place once chosen. */
export interface ExportListener {
  step(step: ExportStep): void;
  placed(place: ExportPlace): void;
}

/** The two calls to the main process every export makes: where, then the bytes. */
export type SaveTools = Pick<PlanApi, 'chooseExportLocation' | 'exportFile'>;

/**
 * Asks where the file goes, then builds it and saves it there. Asked first, so the user answers
 * while nothing works, a cancel costs no work, and the page can say where it is going. The plan
 * is only read; whatever fails, the message says what and that the plan is unchanged.
 */
export async function buildAndSave(
  kind: 'docx' | 'xlsx',
  suggestedName: string,
  tools: SaveTools,
  listener: ExportListener,
  build: () => Promise<{ bytes: Uint8Array; notes: string[] } | ExportFailure>,
): Promise<ExportOutcome> {
  listener.step('place');
  let place;
  try {
    place = await tools.chooseExportLocation({ kind, suggestedName });
  } catch (error) {
    return failed(`Filen kunne ikke lagres: ${reason(error)}`);
  }
  if (!place.ok) return place;
  listener.placed({ path: place.path, fileName: place.fileName });
  const built = await build();
  if ('ok' in built) return built;
  listener.step('save');
  const saved = await save(kind, built.bytes, suggestedName, tools, place.destination);
  return saved.ok ? { ...saved, notes: built.notes } : saved;
}

export type ExportFailure = Extract<ExportOutcome, { canceled: false }>;

async function save(
  kind: 'docx' | 'xlsx',
  bytes: Uint8Array,
  suggestedName: string,
  tools: Pick<SaveTools, 'exportFile'>,
  destination: string,
): Promise<ExportOutcome> {
  try {
    const result = await tools.exportFile({
      kind,
      suggestedName,
      data: bytesToBase64(bytes),
      encoding: 'base64',
      destination,
    });
    return result.ok ? { ...result, notes: [] } : result;
  } catch (error) {
    return failed(`Filen kunne ikke lagres: ${reason(error)}`);
  }
}

export function reason(error: unknown): string {
  return plainReason(error).replace(/\.?$/, '.');
}

export function failed(message: string): ExportFailure {
  return { ok: false, canceled: false, message: `${message} Planen er ikke endret.` };
}

/**
 * Ask where, make one document in one step, then save it there; a build that fails is said as
 * «<what> kunne ikke lages: …». The reports and «Endringer siden vedtak» are made this way.
 */
export function buildOneAndSave(
  kind: 'docx' | 'xlsx',
  step: ExportStep,
  what: string,
  build: () => Promise<Uint8Array>,
  suggestedName: string,
  tools: SaveTools,
  listener: ExportListener,
): Promise<ExportOutcome> {
  return buildAndSave(kind, suggestedName, tools, listener, async () => {
    try {
      listener.step(step);
      return { bytes: await build(), notes: [] };
    } catch (error) {
      return failed(`${what} kunne ikke lages: ${reason(error)}`);
    }
  });
}
