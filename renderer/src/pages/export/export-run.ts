import {
  DRAWING_CHARTS,
  plainReason,
  prepareWordAssets,
  wantsCharts,
  type ChartDrawer,
} from '#shared/export/word-export-assets';
import type { WordExportAssets, WordExportOptions } from '#shared/export/word/word-export-options';
import { ExportTimeoutError } from '#shared/export/with-timeout';
import type { PlanApi } from '#shared/ipc/contract';
import type { Plan } from '#shared/model/plan';
import { bytesToBase64 } from '#shared/format/base64';

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
 * What an export needs from the outside: a chart drawer, the two document builders and the save
 * calls. The app passes the real ones (app-export-tools.ts), tests their own.
 */
export interface ExportTools extends SaveTools {
  drawChart: ChartDrawer;
  buildDocx(plan: Plan, options: WordExportOptions, assets: WordExportAssets): Promise<Uint8Array>;
  buildXlsx(plan: Plan): Promise<Uint8Array>;
}

/** The steps a Word export will go through, so the whole list can be shown from the start. */
export function wordExportSteps(plan: Plan, options: WordExportOptions): ExportStep[] {
  return ['place', ...(wantsCharts(plan, options) ? (['chart'] as const) : []), 'document', 'save'];
}

export const excelExportSteps: ExportStep[] = ['place', 'workbook', 'save'];

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

/** Word: draw the charts and build the document, where the user chose to save it. */
export function exportWord(
  plan: Plan,
  options: WordExportOptions,
  suggestedName: string,
  tools: ExportTools,
  listener: ExportListener,
): Promise<ExportOutcome> {
  return buildAndSave('docx', suggestedName, tools, listener, async () => {
    try {
      if (wantsCharts(plan, options)) listener.step('chart');
      const prepared = await prepareWordAssets(plan, options, tools.drawChart);
      listener.step('document');
      return {
        bytes: await tools.buildDocx(plan, options, prepared.assets),
        notes: prepared.notes,
      };
    } catch (error) {
      if (error instanceof ExportTimeoutError) return failed(error.message);
      return failed(`Word-dokumentet kunne ikke lages: ${reason(error)}`);
    }
  });
}

export function exportExcel(
  plan: Plan,
  suggestedName: string,
  tools: ExportTools,
  listener: ExportListener,
): Promise<ExportOutcome> {
  return buildAndSave('xlsx', suggestedName, tools, listener, async () => {
    try {
      listener.step('workbook');
      return { bytes: await tools.buildXlsx(plan), notes: [] };
    } catch (error) {
      return failed(`Excel-arbeidsboken kunne ikke lages: ${reason(error)}`);
    }
  });
}

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
