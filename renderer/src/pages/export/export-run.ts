import {
  prepareWordAssets,
  wantsCharts,
  type ChartDrawer,
} from '#shared/export/word-export-assets';
import type { WordExportAssets, WordExportOptions } from '#shared/export/word/word-export-options';
import { ExportTimeoutError } from '#shared/export/with-timeout';
import type { Plan } from '#shared/model/plan';
import {
  buildAndSave,
  failed,
  reason,
  type ExportListener,
  type ExportOutcome,
  type ExportStep,
  type SaveTools,
} from '../../components/export/save-export';

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
