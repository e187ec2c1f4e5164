import { ImageRun, Paragraph, type FileChild } from 'docx';
import {
  costByFocusArea,
  describeCostByArea,
  describeFinancing,
  financingBySource,
} from '../../../charts/budget-chart-source';
import { describeGoalStructure } from '../../../charts/goal-chart-source';
import { mainGoalOf } from '../../../plan/goal-outline';
import { formatKroner, formatPercent } from '../../../format/numbers';
import type { ChartImage } from '../word-export-options';
import type { WordContext } from '../word-context';
import { TEXT_HEIGHT_PORTRAIT, TEXT_WIDTH } from '../word-page';
import { planTable, widths } from '../word-tables';
import { STYLE } from '../word-theme';
import { heading, paragraph } from '../word-text';

// The figures of the plan: the goal structure and the budget as charts. Each picture has alt
// text that gives its figures in words, and the same figures follow as a table, so a screen
// reader, a black-and-white print and a reader who wants the exact sums all have them. The
// tables are not kept together with what follows: chained, a figure, its table and the next
// figure would all move to the next page and leave a blank one behind.

interface FigureText {
  /** A short name: Word shows it as the picture's title. */
  name: string;
  /** What the picture shows, with its figures, read by screen readers. */
  description: string;
  /** The visible caption under the picture. */
  caption: string;
}

const TWIPS_PER_PIXEL = 15;
/** Room for the chart: the text width, and at most two thirds of the page so its caption follows. */
const MAX_WIDTH = TEXT_WIDTH.portrait / TWIPS_PER_PIXEL;
const MAX_HEIGHT = ((2 / 3) * TEXT_HEIGHT_PORTRAIT) / TWIPS_PER_PIXEL;

/** The chart's size on the page: as wide as the text at most (a small chart grows a little). */
export function chartSize(chart: Pick<ChartImage, 'width' | 'height'>) {
  const scale = Math.min(MAX_WIDTH / chart.width, MAX_HEIGHT / chart.height, 1.25);
  // Whole pixels, rounded down so the picture never pokes out past the margin.
  return { width: Math.floor(chart.width * scale), height: Math.floor(chart.height * scale) };
}

/** The drawn chart (SVG with a PNG fallback) and its caption. */
export function chartFigure(chart: ChartImage, text: FigureText): Paragraph[] {
  return [
    new Paragraph({
      style: STYLE.figure,
      children: [
        new ImageRun({
          type: 'svg',
          data: new TextEncoder().encode(chart.svg),
          fallback: { type: 'png', data: chart.png },
          transformation: chartSize(chart),
          altText: { name: text.name, title: text.name, description: text.description },
        }),
      ],
    }),
    paragraph(`Figur: ${text.caption}`, STYLE.caption),
  ];
}

const share = (part: number, whole: number) =>
  formatPercent(whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** Cost per focus area over the period: the chart (when drawn) and its table. */
function costByAreaFigure(ctx: WordContext): FileChild[] {
  const figures = costByFocusArea(ctx.plan);
  if (!figures) return [];
  const chart = ctx.assets.charts?.costByArea;
  const [label, cost, part] = widths(TEXT_WIDTH.portrait, [5, 2, 1.4]);
  const table = planTable(
    [
      { title: 'Satsningsområde', width: label! },
      { title: `Kostnad ${figures.period}`, width: cost!, numeric: true },
      { title: 'Andel', width: part!, numeric: true },
    ],
    [
      ...figures.rows.map((row) => ({
        cells: [row.label, formatKroner(row.cost), share(row.cost, figures.total)],
      })),
      {
        kind: 'sum',
        cells: ['Sum', formatKroner(figures.total), share(figures.total, figures.total)],
      },
    ],
  );
  return [
    heading(2, 'Kostnad per satsningsområde'),
    ...(chart
      ? chartFigure(chart, {
          name: 'Kostnad per satsningsområde',
          description: describeCostByArea(figures),
          caption: `Kostnad per satsningsområde ${figures.period}, i tusen kroner`,
        })
      : []),
    paragraph(`Tabell: Kostnad per satsningsområde ${figures.period}`, STYLE.caption),
    table,
  ];
}

/** Financing per year by Husbanken, the municipality and others: the chart and its table. */
function financingFigure(ctx: WordContext): FileChild[] {
  const figures = financingBySource(ctx.plan);
  if (!figures) return [];
  const chart = ctx.assets.charts?.financing;
  const [year, ...amounts] = widths(TEXT_WIDTH.portrait, [1.2, ...figures.groups.map(() => 2), 2]);
  const row = (label: string, values: number[], total: number) => [
    label,
    ...values.map(formatKroner),
    formatKroner(total),
  ];
  const table = planTable(
    [
      { title: 'År', width: year! },
      ...figures.groups.map((g, i) => ({ title: g.label, width: amounts[i]!, numeric: true })),
      { title: 'Sum finansiering', width: amounts[amounts.length - 1]!, numeric: true },
    ],
    [
      ...figures.years.map((y) => ({ cells: row(String(y.year), y.amounts, y.total) })),
      { kind: 'sum', cells: row('Sum', figures.sum.amounts, figures.sum.total) },
    ],
  );
  return [
    heading(2, 'Finansiering per kilde'),
    ...(chart
      ? chartFigure(chart, {
          name: 'Finansiering per kilde',
          description: describeFinancing(figures),
          caption: `Finansiering per år og kilde ${figures.period}, i tusen kroner`,
        })
      : []),
    paragraph(`Tabell: Finansiering per år og kilde ${figures.period}`, STYLE.caption),
    table,
  ];
}

/** The budget's two figures, before the yearly tables. */
export function budgetFigures(ctx: WordContext): FileChild[] {
  return [...costByAreaFigure(ctx), ...financingFigure(ctx)];
}

/**
 * The goal structure (vision → main goals → strategies → focus areas) as the Visjon og mål page
 * draws it, and the same links as a table: each level, its name, and what it hangs under.
 */
export function goalStructureFigure(ctx: WordContext): FileChild[] {
  const chart = ctx.assets.charts?.goalStructure;
  if (!chart) return [];
  const { plan } = ctx;
  const planGoals = plan.mainGoals.filter((g) => g.focusAreaId === null);
  const goalName = new Map(
    planGoals.map((g) => [g.id, `Hovedmål ${ctx.goals.get(g.id)?.number ?? ''}`.trim()]),
  );
  const strategyName = new Map(plan.strategies.map((s) => [s.id, `Strategi ${s.code}`.trim()]));
  const under = (names: string[]) => (names.length > 0 ? names.join(', ') : 'Ikke knyttet');
  const rows = [
    ['Visjon', plan.vision.text.trim() || 'Ikke skrevet ennå', ''],
    ...planGoals.map((g) => [goalName.get(g.id)!, g.title.trim(), 'Visjonen']),
    ...plan.strategies.map((s) => {
      const goals = [...new Set(s.goalIds.map((id) => mainGoalOf(plan, id)))].flatMap((id) =>
        id && goalName.has(id) ? [goalName.get(id)!] : [],
      );
      return [`Strategi ${s.code}`.trim(), s.title.trim(), under(goals)];
    }),
    ...plan.focusAreas.map((a) => [
      `Satsningsområde ${a.code}`.trim(),
      a.title.trim(),
      under(a.strategyIds.flatMap((id) => (strategyName.has(id) ? [strategyName.get(id)!] : []))),
    ]),
  ];
  const [level, name, link] = widths(TEXT_WIDTH.portrait, [2.2, 5, 2.4]);
  return [
    heading(2, 'Målstruktur'),
    paragraph(
      'Figuren viser hvordan visjonen, hovedmålene, strategiene og satsningsområdene henger sammen. ' +
        'Tabellen under gir de samme koblingene i tekst.',
    ),
    ...chartFigure(chart, {
      name: 'Målstruktur',
      description: describeGoalStructure(plan),
      caption: 'Målstruktur: visjon, hovedmål, strategier og satsningsområder',
    }),
    paragraph('Tabell: Målstrukturen i tekst', STYLE.caption),
    planTable(
      [
        { title: 'Nivå', width: level! },
        { title: 'Navn', width: name! },
        { title: 'Knyttet til', width: link! },
      ],
      rows.map((cells) => ({ cells })),
    ),
  ];
}
