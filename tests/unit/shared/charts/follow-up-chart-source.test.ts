import { describe, expect, it } from 'vitest';
import {
  indicatorChartSource,
  moneyChartSource,
  needChartSource,
  niceMax,
  statusChartSource,
  xyChartSource,
} from '#shared/charts/follow-up-chart-source';
import { moneyFigure } from '#shared/budget/spending';
import { statusFigures } from '#shared/follow-up/status-figures';
import type { Indicator } from '#shared/model/goals';

const sourceOf = (chart: ReturnType<typeof moneyChartSource>) => {
  if (!chart.ok) throw new Error(chart.message);
  return chart.source;
};
const line = (source: string, start: string) =>
  source
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.startsWith(start));

const indicator = (over: Partial<Indicator> = {}): Indicator => ({
  name: 'Bostedsløse',
  unit: 'personer',
  baseline: { value: 120, year: 2026 },
  target: { value: 60, year: 2030 },
  measurements: [
    { id: 'a', date: '2027-06-30', value: 110, note: '' },
    { id: 'b', date: '2027-12-31', value: 95.5, note: 'Ny telling' },
  ],
  ...over,
});

describe('xyChartSource', () => {
  it('writes an xychart with labels off foreignObject, the axes and one line per series', () => {
    const source = xyChartSource({
      categories: ['2027', '2028'],
      series: [
        { kind: 'bar', name: 'Budsjett', values: [250, 300] },
        { kind: 'line', name: 'Brukt', values: [270, 0] },
      ],
      yAxisTitle: 'Tusen kroner',
      colours: ['#1f4e79', '#c55a11'],
    });
    expect(source).toContain('  htmlLabels: false');
    expect(source).toContain("plotColorPalette: '#1f4e79, #c55a11'");
    expect(line(source, 'x-axis')).toBe('x-axis ["2027", "2028"]');
    expect(line(source, 'y-axis')).toBe('y-axis "Tusen kroner" 0 --> 400');
    expect(line(source, 'bar')).toBe('bar "Budsjett" [250, 300]');
    expect(line(source, 'line')).toBe('line "Brukt" [270, 0]');
  });

  it('escapes quotes and mermaid syntax in names, keeping Norwegian letters', () => {
    const source = xyChartSource({
      categories: ['Bolig "først" & <oppfølging>', 'Økonomi/rådgivning'],
      series: [{ kind: 'bar', name: 'Å %% #1', values: [1, 2] }],
      yAxisTitle: 'Antall',
      colours: ['#000000'],
    });
    expect(line(source, 'x-axis')).toBe(
      'x-axis ["Bolig #34;først#34; #38; #60;oppfølging#62;", "Økonomi/rådgivning"]',
    );
    expect(line(source, 'bar')).toBe('bar "Å #37;#37; #35;1" [1, 2]');
  });

  it('lets the y axis go below 0 for negative values', () => {
    const source = xyChartSource({
      categories: ['a'],
      series: [{ kind: 'line', name: 'x', values: [-7] }],
      yAxisTitle: 'y',
      colours: ['#000000'],
    });
    expect(line(source, 'y-axis')).toBe('y-axis "y" -8 --> 1');
  });

  it('rounds the top of the axis up to a round number above the largest value', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(95)).toBe(100);
    expect(niceMax(100)).toBe(120);
    expect(niceMax(2_700)).toBe(3_000);
  });
});

describe('indicatorChartSource', () => {
  it('starts at the baseline, follows the measurements by date and draws the target level', () => {
    const source = sourceOf(indicatorChartSource(indicator()));
    expect(line(source, 'x-axis')).toBe('x-axis ["Utgangspunkt 2026", "30.06.2027", "31.12.2027"]');
    expect(line(source, 'y-axis')).toBe('y-axis "personer" 0 --> 150');
    expect(source).toContain('  line "Målt verdi" [120, 110, 95.5]');
    expect(source).toContain('  line "Mål 2030" [60, 60, 60]');
  });

  it('draws without baseline or target, and says so when nothing is measured', () => {
    const source = sourceOf(
      indicatorChartSource(indicator({ baseline: null, target: null, unit: '' })),
    );
    expect(line(source, 'x-axis')).toBe('x-axis ["30.06.2027", "31.12.2027"]');
    expect(line(source, 'y-axis')).toMatch(/^y-axis "Verdi"/);
    expect(source).not.toContain('Mål ');
    expect(indicatorChartSource(indicator({ measurements: [] }))).toEqual({
      ok: false,
      message: 'Ingen målte verdier ennå. Diagrammet vises når du har lagt inn en.',
    });
  });
});

describe('moneyChartSource', () => {
  it('shows budget as bars and spending as a line, in thousands of kroner', () => {
    const source = sourceOf(
      moneyChartSource([
        { year: 2027, figure: moneyFigure(350_000, 360_000) },
        { year: 2028, figure: moneyFigure(1_234_560, 0) },
      ]),
    );
    expect(line(source, 'x-axis')).toBe('x-axis ["2027", "2028"]');
    expect(line(source, 'y-axis')).toBe('y-axis "Tusen kroner" 0 --> 1500');
    expect(line(source, 'bar')).toBe('bar "Budsjett" [350, 1234.6]');
    expect(line(source, 'line')).toBe('line "Brukt" [360, 0]');
  });

  it('says why there is no chart when nothing is budgeted or spent', () => {
    expect(moneyChartSource([])).toMatchObject({ ok: false });
    expect(moneyChartSource([{ year: 2027, figure: moneyFigure(0, 0) }])).toEqual({
      ok: false,
      message: 'Verken budsjett eller regnskap er ført ennå.',
    });
  });
});

describe('statusChartSource', () => {
  it('stacks the statuses by drawing running totals, largest first', () => {
    const areas = [
      {
        code: '1',
        figures: statusFigures([
          { status: 'n', progress: 0 },
          { status: 'v', progress: 50 },
          { status: 'g', progress: 100 },
          { status: 'g', progress: 100 },
        ]),
      },
      { code: '2', figures: statusFigures([{ status: 'a', progress: 0 }]) },
    ];
    const source = sourceOf(statusChartSource(areas));
    expect(line(source, 'x-axis')).toBe('x-axis ["Område 1", "Område 2"]');
    // Whole-number ticks: the axis goes to at least 10.
    expect(line(source, 'y-axis')).toBe('y-axis "Antall tiltak" 0 --> 10');
    expect(source).toContain('  bar "Ny" [4, 1]');
    expect(source).toContain('  bar "Videreført" [3, 1]');
    expect(source).toContain('  bar "Gjennomført" [2, 1]');
    expect(source).toContain('  bar "Avviklet" [0, 1]');
  });

  it('leaves out focus areas without measures and statuses no measure has, keeping colours', () => {
    const source = sourceOf(
      statusChartSource([
        { code: '1', figures: statusFigures([{ status: 'v', progress: 10 }]) },
        { code: '', figures: statusFigures([]) },
        { code: '', figures: statusFigures([{ status: 'g', progress: 100 }]) },
      ]),
    );
    expect(line(source, 'x-axis')).toBe('x-axis ["Område 1", "Område 2"]');
    expect(source).not.toContain('"Ny"');
    expect(source).not.toContain('"Avviklet"');
    expect(source).toContain('  bar "Videreført" [1, 1]');
    expect(source).toContain('  bar "Gjennomført" [0, 1]');
    expect(source).toContain("plotColorPalette: '#c55a11, #3b7a2a'");
  });

  it('has nothing to draw before any measure has a status', () => {
    expect(
      statusChartSource([{ code: '1', figures: statusFigures([{ status: null, progress: 0 }]) }]),
    ).toEqual({ ok: false, message: 'Ingen tiltak har fått status ennå.' });
    expect(statusChartSource([])).toMatchObject({ ok: false });
  });
});

describe('needChartSource', () => {
  it('draws A, B and C at 31.12 for the years that have figures', () => {
    const source = sourceOf(
      needChartSource([
        { year: 2026, atEnd: { A: 40, B: 25, C: 60 } },
        { year: 2027, atEnd: {} },
        { year: 2028, atEnd: { A: 30, B: null, C: 55 } },
      ]),
    );
    expect(line(source, 'x-axis')).toBe('x-axis ["2026", "2028"]');
    expect(source).toContain('  line "A" [40, 30]');
    expect(source).toContain('  line "B" [25, 0]');
    expect(source).toContain('  line "C" [60, 55]');
  });

  it('says so when no year has figures', () => {
    expect(needChartSource([{ year: 2027, atEnd: { A: null } }])).toEqual({
      ok: false,
      message: 'Ingen behovstall per 31.12 er ført ennå.',
    });
  });
});
