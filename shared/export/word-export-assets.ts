import {
  costByAreaChartSource,
  costByFocusArea,
  financingBySource,
  financingChartSource,
} from '../charts/budget-chart-source';
import { buildGoalChartSource, PRINT_GOAL_CHART } from '../charts/goal-chart-source';
import {
  buildOrgChartSource,
  defaultOrgChartOptions,
  type ChartHints,
  type ChartSource,
} from '../charts/org-chart-source';
import type { Plan } from '../model/plan';
import type {
  ChartImage,
  DocumentChartId,
  WordExportAssets,
  WordExportOptions,
} from './word/word-export-options';

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

/** True when the document will have an organisation chart to draw. */
export function wantsOrgChart(plan: Plan, options: WordExportOptions): boolean {
  return options.sections.includes('organisering') && documentOrgChartSource(plan).ok;
}

interface PlannedChart {
  id: DocumentChartId | 'orgChart';
  /** The chart as the subject of a sentence: «Målstrukturen er ikke med …». */
  what: string;
  source: ChartSource;
  /** Say so when there is nothing to draw (the budget section says it in its own words). */
  noteWhenEmpty: boolean;
}

/** The charts the chosen sections show, in the document's order. */
function plannedCharts(plan: Plan, options: WordExportOptions): PlannedChart[] {
  const has = (section: WordExportOptions['sections'][number]) =>
    options.sections.includes(section);
  const charts: PlannedChart[] = [];
  if (has('mal'))
    charts.push({
      id: 'goalStructure',
      what: 'Målstrukturen',
      source: buildGoalChartSource(plan, 'TB', PRINT_GOAL_CHART),
      noteWhenEmpty: false,
    });
  if (has('budsjett')) {
    const cost = costByFocusArea(plan);
    if (cost)
      charts.push({
        id: 'costByArea',
        what: 'Diagrammet over kostnad per satsningsområde',
        source: costByAreaChartSource(cost),
        noteWhenEmpty: false,
      });
    const financing = financingBySource(plan);
    if (financing)
      charts.push({
        id: 'financing',
        what: 'Diagrammet over finansiering per kilde',
        source: financingChartSource(financing),
        noteWhenEmpty: false,
      });
  }
  if (has('organisering'))
    charts.push({
      id: 'orgChart',
      what: 'Organisasjonskartet',
      source: documentOrgChartSource(plan),
      noteWhenEmpty: true,
    });
  return charts;
}

/** True when the document will have a chart to draw (so the progress can say so). */
export function wantsCharts(plan: Plan, options: WordExportOptions): boolean {
  return plannedCharts(plan, options).some((chart) => chart.source.ok);
}

/** What the progress says while the charts are drawn, in the app and on the command line. */
export const DRAWING_CHARTS = 'Tegner figurene';

export interface PreparedAssets {
  assets: WordExportAssets;
  /** What the document lacks and why, in bokmål, to tell the user after the export. */
  notes: string[];
}

/** «A, b og c»: the subjects of one note, the first with a capital letter. */
function listed(subjects: string[]): string {
  const lower = subjects.map((s, i) => (i === 0 ? s : s.charAt(0).toLowerCase() + s.slice(1)));
  return lower.length <= 1
    ? (lower[0] ?? '')
    : `${lower.slice(0, -1).join(', ')} og ${lower[lower.length - 1]}`;
}

/**
 * Draws what only a browser can draw, one chart after the other. A chart that cannot be drawn
 * never stops the export: the document is made without it, and a note says why. Charts that
 * failed for the same reason (no browser, say) share one note.
 */
export async function prepareWordAssets(
  plan: Plan,
  options: WordExportOptions,
  drawChart: ChartDrawer,
): Promise<PreparedAssets> {
  const assets: WordExportAssets = { orgChart: null };
  const charts: Partial<Record<DocumentChartId, ChartImage>> = {};
  const notes: string[] = [];
  const failed = new Map<string, string[]>();
  for (const chart of plannedCharts(plan, options)) {
    if (!chart.source.ok) {
      if (chart.noteWhenEmpty) notes.push(`${chart.what} er ikke med: ${chart.source.message}`);
      continue;
    }
    try {
      const image = await drawChart(chart.source.source, chart.source.hints);
      if (chart.id === 'orgChart') assets.orgChart = image;
      else charts[chart.id] = image;
    } catch (error) {
      const reason = plainReason(error);
      failed.set(reason, [...(failed.get(reason) ?? []), chart.what]);
    }
  }
  for (const [reason, subjects] of failed) {
    const them = subjects.length === 1 ? 'det' : 'de';
    notes.push(`${listed(subjects)} er ikke med fordi ${them} ikke kunne tegnes: ${reason}`);
  }
  if (Object.keys(charts).length > 0) assets.charts = charts;
  return { assets, notes };
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
