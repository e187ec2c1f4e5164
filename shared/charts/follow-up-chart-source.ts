import { formatDate } from '../format/dates';
import type { Indicator } from '../model/goals';
import { measureStatusLabels, measureStatuses, type MeasureStatus } from '../model/measures';
import { needCategories, type NeedCategory } from '../model/need-figures';
import type { MoneyFigure } from '../budget/spending';
import type { StatusFigures } from '../follow-up/status-figures';
import { escapeMermaidText } from './mermaid-text';
import type { ChartHints, ChartSource } from './org-chart-source';

// Small follow-up charts as mermaid xychart source: pure functions of the figures, so the same
// figures always give the same drawing. Every chart is shown with a table of the same numbers,
// so nothing here has to be read from the picture alone.

/** One data series: bars or a line, with its name in the legend. */
export interface XySeries {
  kind: 'bar' | 'line';
  name: string;
  values: number[];
}

export interface XyChart {
  categories: string[];
  series: XySeries[];
  yAxisTitle: string;
  /** Colours in series order; dark enough against white (≥ 3:1) for lines and bars. */
  colours: string[];
  /**
   * The least top of the y axis. Counts use 10, so the axis ticks are whole numbers (mermaid
   * puts about ten ticks on the axis, 0,2 apart on an axis up to 2).
   */
  minTop?: number;
}

/** Blue, orange, green, grey: distinct in greyscale print as well. */
export const CHART_COLOURS = ['#1f4e79', '#c55a11', '#3b7a2a', '#6b6b6b'] as const;

/** finishChart's hints for a chart with no boxes and lines to redraw. */
const NO_HINTS: ChartHints = { direction: 'TB', treeEdges: [], directEdges: [], titleLines: {} };

const quoted = (text: string) => `"${escapeMermaidText(text)}"`;

/** A number as mermaid reads it: plain digits and a decimal point, at most two decimals. */
const plain = (value: number) => String(Math.round(value * 100) / 100);

/** A round upper end for the y axis a little above the largest value, so bars never touch it. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  for (const factor of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (factor * step >= value * 1.05) return factor * step;
  }
  return 10 * step;
}

/** Mermaid source for an xychart; the y axis runs from 0 (or the lowest value below 0). */
export function xyChartSource(chart: XyChart, size = { width: 640, height: 300 }): string {
  const all = chart.series.flatMap((s) => s.values);
  const low = Math.min(0, ...all);
  const high = Math.max(niceMax(Math.max(...all, 0)), chart.minTop ?? 0);
  const min = low < 0 ? -niceMax(-low) : 0;
  return [
    '---',
    'config:',
    '  htmlLabels: false',
    '  theme: base',
    "  fontFamily: 'Arial, Helvetica, sans-serif'",
    '  themeVariables:',
    '    xyChart:',
    "      backgroundColor: '#ffffff'",
    "      titleColor: '#1b1b1b'",
    "      xAxisLabelColor: '#1b1b1b'",
    "      xAxisTitleColor: '#1b1b1b'",
    "      xAxisLineColor: '#44546a'",
    "      xAxisTickColor: '#44546a'",
    "      yAxisLabelColor: '#1b1b1b'",
    "      yAxisTitleColor: '#1b1b1b'",
    "      yAxisLineColor: '#44546a'",
    "      yAxisTickColor: '#44546a'",
    "      legendTextColor: '#1b1b1b'",
    `      plotColorPalette: '${chart.colours.join(', ')}'`,
    '  xyChart:',
    `    width: ${size.width}`,
    `    height: ${size.height}`,
    '    showLegend: true',
    '    legendFontSize: 13',
    '    xAxis:',
    '      labelFontSize: 13',
    '    yAxis:',
    '      labelFontSize: 12',
    '      titleFontSize: 13',
    '---',
    'xychart-beta',
    `  x-axis [${chart.categories.map(quoted).join(', ')}]`,
    `  y-axis ${quoted(chart.yAxisTitle)} ${plain(min)} --> ${plain(high)}`,
    ...chart.series.map((s) => `  ${s.kind} ${quoted(s.name)} [${s.values.map(plain).join(', ')}]`),
  ].join('\n');
}

const drawn = (source: string): ChartSource => ({
  ok: true,
  source,
  warnings: [],
  hints: NO_HINTS,
});

/**
 * An indicator's measured values over time toward its target: the baseline as the first point,
 * then each measurement by date, and the target as a level line across the chart.
 */
export function indicatorChartSource(indicator: Indicator): ChartSource {
  const points = [
    ...(indicator.baseline
      ? [{ label: `Utgangspunkt ${indicator.baseline.year}`, value: indicator.baseline.value }]
      : []),
    ...indicator.measurements.map((m) => ({ label: formatDate(m.date), value: m.value })),
  ];
  if (indicator.measurements.length === 0) {
    return {
      ok: false,
      message: 'Ingen målte verdier ennå. Diagrammet vises når du har lagt inn en.',
    };
  }
  const unit = indicator.unit.trim();
  const series: XySeries[] = [
    { kind: 'line', name: 'Målt verdi', values: points.map((p) => p.value) },
  ];
  if (indicator.target) {
    series.push({
      kind: 'line',
      name: `Mål ${indicator.target.year}`,
      values: points.map(() => indicator.target!.value),
    });
  }
  return drawn(
    xyChartSource({
      categories: points.map((p) => p.label),
      series,
      yAxisTitle: unit || 'Verdi',
      colours: [CHART_COLOURS[0], CHART_COLOURS[1]],
    }),
  );
}

/** Whole thousands of kroner read better on an axis than millions of single kroner. */
const thousands = (kroner: number) => Math.round(kroner / 100) / 10;

/** Budget (bars) and spending (line) per year, in thousands of kroner. */
export function moneyChartSource(
  rows: readonly { year: number; figure: MoneyFigure }[],
): ChartSource {
  if (rows.length === 0) return { ok: false, message: 'Planen har ingen programperiode ennå.' };
  if (rows.every((r) => r.figure.budget === 0 && r.figure.spent === 0)) {
    return { ok: false, message: 'Verken budsjett eller regnskap er ført ennå.' };
  }
  return drawn(
    xyChartSource({
      categories: rows.map((r) => String(r.year)),
      series: [
        { kind: 'bar', name: 'Budsjett', values: rows.map((r) => thousands(r.figure.budget)) },
        { kind: 'line', name: 'Brukt', values: rows.map((r) => thousands(r.figure.spent)) },
      ],
      yAxisTitle: 'Tusen kroner',
      colours: [CHART_COLOURS[0], CHART_COLOURS[1]],
    }),
  );
}

/**
 * Measures by status per focus area as stacked bars. Mermaid draws every bar series at the same
 * place, so each bar is the running total from its status on, drawn largest first: what shows of
 * each colour is that status's own count.
 */
export function statusChartSource(
  areas: readonly { code: string; figures: StatusFigures }[],
): ChartSource {
  // Focus areas without measures have no bar; the table beside the chart still lists them.
  const shown = areas.filter((a) => a.figures.measures > 0);
  if (shown.every((a) => measureStatuses.every((s) => a.figures.byStatus[s] === 0))) {
    return { ok: false, message: 'Ingen tiltak har fått status ennå.' };
  }
  const runningTotal = (from: number, figures: StatusFigures) =>
    measureStatuses.slice(from).reduce((sum, s: MeasureStatus) => sum + figures.byStatus[s], 0);
  // A status no measure has would only draw empty bars on the axis.
  const used = measureStatuses
    .map((status, i) => ({ status, i, colour: CHART_COLOURS[i]! }))
    .filter(({ status }) => shown.some((a) => a.figures.byStatus[status] > 0));
  return drawn(
    xyChartSource({
      categories: shown.map((a, i) => `Område ${a.code.trim() || i + 1}`),
      series: used.map(({ status, i }) => ({
        kind: 'bar' as const,
        name: measureStatusLabels[status],
        values: shown.map((a) => runningTotal(i, a.figures)),
      })),
      yAxisTitle: 'Antall tiltak',
      colours: used.map((u) => u.colour),
      minTop: 10,
    }),
  );
}

/** Husbanken's need figures A/B/C at the end of each year, one line per category. */
export function needChartSource(
  rows: readonly { year: number; atEnd: Partial<Record<NeedCategory, number | null>> }[],
): ChartSource {
  const years = rows.filter((r) => needCategories.some((c) => (r.atEnd[c] ?? null) !== null));
  if (years.length === 0) {
    return { ok: false, message: 'Ingen behovstall per 31.12 er ført ennå.' };
  }
  return drawn(
    xyChartSource({
      categories: years.map((r) => String(r.year)),
      series: needCategories.map((c) => ({
        kind: 'line' as const,
        name: c,
        values: years.map((r) => r.atEnd[c] ?? 0),
      })),
      yAxisTitle: 'Husstander 31.12',
      colours: [CHART_COLOURS[0], CHART_COLOURS[1], CHART_COLOURS[2]],
    }),
  );
}
