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

export type ExportStep = 'chart' | 'document' | 'workbook' | 'report' | 'save';

/** What the user is told while the export works, step by step. */
export const exportStepLabels: Record<ExportStep, string> = {
  chart: DRAWING_CHARTS,
  document: 'Setter sammen Word-dokumentet',
  workbook: 'Setter sammen Excel-arbeidsboken',
  report: 'Setter sammen rapporten',
  save: 'Lagrer filen der du velger',
};

export type ExportOutcome =
  | { ok: true; path: string; fileName: string; notes: string[] }
  | { ok: false; canceled: true }
  | { ok: false; canceled: false; message: string };

/**
 * What an export needs from the outside: a chart drawer, the two document builders and the save
 * call. The app passes the real ones (app-export-tools.ts), tests their own.
 */
export interface ExportTools {
  drawChart: ChartDrawer;
  buildDocx(plan: Plan, options: WordExportOptions, assets: WordExportAssets): Promise<Uint8Array>;
  buildXlsx(plan: Plan): Promise<Uint8Array>;
  exportFile: PlanApi['exportFile'];
}

export interface ExportProgress {
  steps: ExportStep[];
  onStep(step: ExportStep): void;
}

/** The steps a Word export will go through, so the whole list can be shown from the start. */
export function wordExportSteps(plan: Plan, options: WordExportOptions): ExportStep[] {
  return [...(wantsCharts(plan, options) ? (['chart'] as const) : []), 'document', 'save'];
}

export const excelExportSteps: ExportStep[] = ['workbook', 'save'];

/**
 * Word: draw the charts, build the document, hand it to the main process to save. The plan is
 * only read; whatever fails, the message says what and that the plan is unchanged.
 */
export async function exportWord(
  plan: Plan,
  options: WordExportOptions,
  suggestedName: string,
  tools: ExportTools,
  onStep: (step: ExportStep) => void,
): Promise<ExportOutcome> {
  let bytes: Uint8Array;
  let notes: string[];
  try {
    if (wantsCharts(plan, options)) onStep('chart');
    const prepared = await prepareWordAssets(plan, options, tools.drawChart);
    notes = prepared.notes;
    onStep('document');
    bytes = await tools.buildDocx(plan, options, prepared.assets);
  } catch (error) {
    if (error instanceof ExportTimeoutError) return failed(error.message);
    return failed(`Word-dokumentet kunne ikke lages: ${reason(error)}`);
  }
  onStep('save');
  const saved = await save('docx', bytes, suggestedName, tools);
  return saved.ok ? { ...saved, notes } : saved;
}

export async function exportExcel(
  plan: Plan,
  suggestedName: string,
  tools: ExportTools,
  onStep: (step: ExportStep) => void,
): Promise<ExportOutcome> {
  let bytes: Uint8Array;
  try {
    onStep('workbook');
    bytes = await tools.buildXlsx(plan);
  } catch (error) {
    return failed(`Excel-arbeidsboken kunne ikke lages: ${reason(error)}`);
  }
  onStep('save');
  return save('xlsx', bytes, suggestedName, tools);
}

export async function save(
  kind: 'docx' | 'xlsx',
  bytes: Uint8Array,
  suggestedName: string,
  tools: Pick<ExportTools, 'exportFile'>,
): Promise<ExportOutcome> {
  try {
    const result = await tools.exportFile({
      kind,
      suggestedName,
      data: bytesToBase64(bytes),
      encoding: 'base64',
    });
    return result.ok ? { ...result, notes: [] } : result;
  } catch (error) {
    return failed(`Filen kunne ikke lagres: ${reason(error)}`);
  }
}

export function reason(error: unknown): string {
  return plainReason(error).replace(/\.?$/, '.');
}

export function failed(message: string): ExportOutcome {
  return { ok: false, canceled: false, message: `${message} Planen er ikke endret.` };
}
