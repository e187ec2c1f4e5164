import {
  buildOrgChartSource,
  defaultOrgChartOptions,
  type ChartHints,
  type ChartSource,
} from '../charts/org-chart-source';
import type { Plan } from '../model/plan';
import type { ChartImage, WordExportAssets, WordExportOptions } from './word/word-export-options';

/** Draws mermaid source in a browser: the app's window, or Chromium for the headless command. */
export type ChartDrawer = (source: string, hints: ChartHints) => Promise<ChartImage>;

/**
 * The organisation chart as the document shows it. Always the default view (top-down, members,
 * colours), not what one user last chose on the Organisering page, so the app and the headless
 * command give the same document for the same plan.
 */
export function documentOrgChartSource(plan: Plan): ChartSource {
  return buildOrgChartSource(plan, defaultOrgChartOptions);
}

/** True when the document will have a chart to draw (so the progress can say so). */
export function wantsOrgChart(plan: Plan, options: WordExportOptions): boolean {
  return options.sections.includes('organisering') && documentOrgChartSource(plan).ok;
}

export interface PreparedAssets {
  assets: WordExportAssets;
  /** What the document lacks and why, in bokmål, to tell the user after the export. */
  notes: string[];
}

/**
 * Draws what only a browser can draw. A chart that cannot be drawn never stops the export: the
 * document is made without it, and the note says why.
 */
export async function prepareWordAssets(
  plan: Plan,
  options: WordExportOptions,
  drawChart: ChartDrawer,
): Promise<PreparedAssets> {
  if (!options.sections.includes('organisering')) return { assets: { orgChart: null }, notes: [] };
  const source = documentOrgChartSource(plan);
  if (!source.ok) {
    return {
      assets: { orgChart: null },
      notes: [`Organisasjonskartet er ikke med: ${source.message}`],
    };
  }
  try {
    return { assets: { orgChart: await drawChart(source.source, source.hints) }, notes: [] };
  } catch (error) {
    const reason = plainReason(error);
    return {
      assets: { orgChart: null },
      notes: [`Organisasjonskartet er ikke med fordi det ikke kunne tegnes: ${reason}`],
    };
  }
}

/**
 * An error as one sentence for the user: its first line, without the "Error:" and
 * "page.evaluate:" prefixes a browser adds, and never the stack trace that may follow.
 */
export function plainReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const reason = firstLine.replace(/^(?:[A-Za-z]+\.[\w.]+:\s*)?(?:\w*Error:\s*)?/, '').trim();
  return reason || 'ukjent feil.';
}
