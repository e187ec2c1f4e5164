import type { ChartHints } from '#shared/charts/org-chart-source';
import type { PlanApi } from '#shared/ipc/contract';
import { getPlanApi } from '../api/get-plan-api';
import { renderChartSvg } from './render-chart';
import { PNG_SCALE, svgToPng } from './svg-to-png';

export type ChartFileKind = 'png' | 'svg' | 'mmd';

export type ChartExportOutcome =
  | { ok: true; path: string; fileName: string; note: string | null }
  | { ok: false; canceled: true }
  | { ok: false; canceled: false; message: string };

let api: PlanApi | null = null;
export function chartFilesApi(): PlanApi {
  api ??= getPlanApi();
  return api;
}

/**
 * Draws the chart from its current source and saves it where the user chooses. Drawing again
 * (rather than reusing what is on screen) makes sure the file has the latest changes.
 */
export async function exportChart(
  kind: ChartFileKind,
  chart: { source: string; hints: ChartHints },
  baseName: string,
): Promise<ChartExportOutcome> {
  let data: string;
  let note: string | null = null;
  try {
    if (kind === 'mmd') {
      data = chart.source;
    } else {
      const rendered = await renderChartSvg(chart.source, chart.hints);
      if (kind === 'svg') {
        data = `<?xml version="1.0" encoding="UTF-8"?>\n${rendered.svg}\n`;
      } else {
        const png = await svgToPng(rendered.svg, PNG_SCALE);
        data = png.base64;
        if (png.scale < PNG_SCALE) {
          note = `Kartet er så stort at bildet ble lagret i ${png.scale.toLocaleString('nb', { maximumFractionDigits: 1 })} ganger skjermstørrelse.`;
        }
      }
    }
  } catch (error) {
    return {
      ok: false,
      canceled: false,
      message: `Kartet kunne ikke gjøres om til en fil: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  try {
    const result = await chartFilesApi().exportFile({
      kind,
      suggestedName: baseName,
      data,
      encoding: kind === 'png' ? 'base64' : 'utf8',
    });
    return result.ok ? { ...result, note } : result;
  } catch (error) {
    return {
      ok: false,
      canceled: false,
      message: `Filen kunne ikke lagres: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
