import type { FileChild } from 'docx';
import { programmeYears } from '../../../budget/budget-tables';
import { countedCostLines } from '../../../budget/counted-lines';
import { addFigures, lineMoneyInYear, type MoneyFigure } from '../../../budget/spending';
import { indicatorStandings } from '../../../follow-up/indicator-figures';
import { areaMoneyOverYears, moneyByYear } from '../../../follow-up/money-figures';
import { measureStatusHistory } from '../../../follow-up/status-history';
import { statusFigures } from '../../../follow-up/status-figures';
import { formatDate } from '../../../format/dates';
import { formatKroner, formatNumber, formatPercent } from '../../../format/numbers';
import type { FinalReportArea } from '../../../model/final-report';
import {
  measureStatusLabel,
  measureStatusLabels,
  measureStatuses,
  unsetStatusLabel,
  type Measure,
} from '../../../model/measures';
import type { Plan } from '../../../model/plan';
import type { FocusArea } from '../../../model/strategies';
import { reportPeriodLabel } from '../../../model/status-report';
import { measuresInAppOrder } from '../../../plan/traceability';
import { progressFormText } from '../../progress-text';
import { deviationPercentText, textParagraphs } from '../report/report-parts';
import { coverPage } from '../sections/cover';
import { focusAreaName } from '../sections/focus-areas';
import { part, TEXT_WIDTH, type WordPart } from '../word-page';
import { columnTable, planTable, type ColumnSpec, type RowSpec } from '../word-tables';
import { sharedProjectsHeadingRow } from '../../../plan/measure-groups';
import { EMPTY_MARK, emptyMarkNote, heading, labelled, lead, note, paragraph } from '../word-text';

// The final report (sluttrapport): the group's four texts per focus area beside the figures the
// app fills in from the live plan at the end of the period, each measure's status history across
// the reports, goal achievement by indicator and money over the whole programme period.

const period = (plan: Plan) =>
  plan.info.periodStart === plan.info.periodEnd
    ? String(plan.info.periodStart)
    : `${plan.info.periodStart}–${plan.info.periodEnd}`;

export function finalPlace(plan: Plan): string {
  return [plan.info.district, plan.info.municipality]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
}

export function finalCover(plan: Plan, today: string): WordPart {
  const submitted = plan.finalReport?.submittedDate ?? null;
  return coverPage(
    `Sluttrapport${submitted ? '' : ' (utkast)'}`,
    [finalPlace(plan), plan.info.title.trim() || 'Boligsosial handlingsplan'].filter(Boolean),
    [
      `Programperiode: ${period(plan)}`,
      submitted ? `Levert ${formatDate(submitted)}` : 'Utkast – ikke levert',
      `Tallene er hentet fra planen ${formatDate(today)}`,
    ],
  );
}

export function finalSummary(plan: Plan): WordPart {
  const text = textParagraphs(plan.finalReport?.summary ?? '');
  return part('portrait', [
    heading(1, 'Sammendrag'),
    ...(text.length ? text : [note('Det er ikke skrevet noe sammendrag.')]),
  ]);
}

const moneyText = (f: MoneyFigure) =>
  `${formatKroner(f.spent)} brukt av ${formatKroner(f.budget)} budsjettert (avvik ${formatKroner(f.deviation)}${f.deviationPercent === null ? '' : `, ${formatPercent(f.deviationPercent)}`})`;

/** «3 tiltak: 1 ny, 2 gjennomført. Gjennomsnittlig framdrift 58 %.» */
function statusSentence(measures: Measure[]): string {
  const f = statusFigures(measures);
  if (f.measures === 0) return 'Satsningsområdet har ingen tiltak.';
  const parts = measureStatuses
    .filter((s) => f.byStatus[s] > 0)
    .map((s) => `${f.byStatus[s]} ${measureStatusLabels[s].toLowerCase()}`);
  const unset = f.measures - measureStatuses.reduce((n, s) => n + f.byStatus[s], 0);
  if (unset > 0) parts.push(`${unset} ${unsetStatusLabel.toLowerCase()}`);
  return `${f.measures} tiltak: ${parts.join(', ')}. Gjennomsnittlig framdrift ${formatPercent(f.averageProgress ?? 0)}.`;
}

const FOUR_TEXTS: { key: keyof Omit<FinalReportArea, 'focusAreaId'>; title: string }[] = [
  { key: 'facts', title: 'Tall og fakta' },
  { key: 'assessment', title: 'Vurdering' },
  { key: 'improvements', title: 'Forbedringer' },
  { key: 'recommendations', title: 'Anbefalinger videre' },
];

interface HistoryRow {
  measure: Measure;
}

function historyTable(plan: Plan, measures: Measure[]) {
  const columns: ColumnSpec<HistoryRow>[] = [
    { title: 'Kode', weight: 0.8, cell: ({ measure }) => measure.code },
    { title: 'Tiltak', weight: 3, cell: ({ measure }) => measure.title.trim() || 'Uten tittel' },
    {
      title: 'Status og framdrift i rapportene',
      weight: 4,
      cell: ({ measure }) => {
        const history = measureStatusHistory(plan, measure.id);
        if (history.length === 0) return 'Ikke med i noen rapport';
        return history.map(
          (h) =>
            `${reportPeriodLabel(h.period)}: ${h.status ? h.status : '–'}, ${progressFormText(h.progress)}`,
        );
      },
    },
    {
      title: 'Nå',
      weight: 1.8,
      cell: ({ measure }) => [
        measureStatusLabel(measure.status),
        progressFormText(measure.progress),
      ],
    },
  ];
  // Measures come in app order: shared projects last, under their own heading as in the plan.
  return columnTable(
    TEXT_WIDTH.portrait,
    columns,
    measures.map((measure) => ({ measure })),
    { groupRows: sharedProjectsHeadingRow(measures, (m) => m) },
  );
}

function areaPart(plan: Plan, area: FocusArea, years: number[]): WordPart {
  const measures = measuresInAppOrder(plan).filter((m) => m.focusAreaId === area.id);
  const texts = plan.finalReport?.areas.find((a) => a.focusAreaId === area.id);
  const money = addFigures(areaMoneyOverYears(plan, area.id, years).map((r) => r.figure));
  const children: FileChild[] = [heading(1, focusAreaName(area))];
  for (const { key, title } of FOUR_TEXTS) {
    children.push(heading(2, title));
    if (key === 'facts') {
      children.push(
        labelled('Tiltak', statusSentence(measures)),
        labelled(`Økonomi ${period(plan)}`, moneyText(money)),
      );
    }
    const text = textParagraphs(texts?.[key] ?? '');
    children.push(...(text.length ? text : [note('Ikke skrevet.')]));
  }
  children.push(heading(2, 'Tiltakenes status gjennom perioden'));
  if (measures.length === 0) children.push(note('Satsningsområdet har ingen tiltak.'));
  else
    children.push(
      lead(
        'Status (n = ny, v = videreført, g = gjennomført, a = avviklet, – = ikke angitt) og framdrift i hver rapport.',
      ),
      historyTable(plan, measures),
    );
  return part('portrait', children);
}

export function finalAreaParts(plan: Plan): WordPart[] {
  const years = programmeYears(plan);
  if (plan.focusAreas.length === 0)
    return [
      part('portrait', [
        heading(1, 'Satsningsområder'),
        note('Planen har ingen satsningsområder.'),
      ]),
    ];
  return plan.focusAreas.map((area) => areaPart(plan, area, years));
}

export function finalGoalsPart(plan: Plan): WordPart {
  const standings = indicatorStandings(plan);
  const children: FileChild[] = [heading(1, 'Måloppnåelse')];
  if (standings.length === 0) {
    children.push(note('Ingen resultatmål har indikator.'));
    return part('portrait', children);
  }
  type S = (typeof standings)[number];
  const unit = (s: S) => (s.indicator.unit.trim() ? ` ${s.indicator.unit.trim()}` : '');
  const point = (s: S, p: { value: number; year: number } | null) =>
    p ? `${formatNumber(p.value)}${unit(s)} (${p.year})` : EMPTY_MARK;
  const columns: ColumnSpec<S>[] = [
    {
      title: 'Resultatmål og indikator',
      weight: 3.4,
      cell: (s) => [`${s.label} ${s.title}`, s.indicator.name],
    },
    { title: 'Utgangspunkt', weight: 1.5, cell: (s) => point(s, s.indicator.baseline) },
    { title: 'Mål', weight: 1.5, cell: (s) => point(s, s.indicator.target) },
    {
      title: 'Siste måling',
      weight: 1.6,
      cell: (s) =>
        s.latest
          ? [`${formatNumber(s.latest.value)}${unit(s)}`, formatDate(s.latest.date)]
          : 'Ingen måling',
    },
    {
      title: 'Mot målet',
      weight: 1.1,
      numeric: true,
      cell: (s) => (s.towardTarget === null ? EMPTY_MARK : formatPercent(s.towardTarget)),
    },
  ];
  children.push(
    lead('«Mot målet» er hvor langt den siste målingen har kommet fra utgangspunktet mot målet.'),
    columnTable(TEXT_WIDTH.portrait, columns, standings),
  );
  const anyEmpty = standings.some(
    (s) => !s.indicator.baseline || !s.indicator.target || s.towardTarget === null,
  );
  if (anyEmpty) children.push(emptyMarkNote());
  return part('portrait', children);
}

const moneyCells = (f: MoneyFigure) => [
  formatKroner(f.budget),
  formatKroner(f.spent),
  formatKroner(f.deviation),
  deviationPercentText(f),
];

/** Money used against budget for the whole programme period, per year and source. */
export function finalEconomyPart(plan: Plan): WordPart {
  const children: FileChild[] = [
    heading(1, `Økonomi ${period(plan)}`),
    paragraph(
      'Budsjett og regnskap for hele programperioden, tiltak og programledelse til sammen. Avvik er regnskap minus budsjett.',
    ),
  ];
  const w = TEXT_WIDTH.portrait;
  const columns = [
    { title: 'År og kilde', width: Math.round(w * 0.34) },
    { title: 'Budsjett', width: Math.round(w * 0.17), numeric: true },
    { title: 'Regnskap', width: Math.round(w * 0.17), numeric: true },
    { title: 'Avvik', width: Math.round(w * 0.17), numeric: true },
    { title: 'Avvik %', width: 0, numeric: true },
  ];
  columns[4]!.width = w - columns.slice(0, 4).reduce((s, c) => s + c.width, 0);
  const lines = countedCostLines(plan);
  const byYear = moneyByYear(plan);
  const rows: RowSpec[] = [];
  for (const { year, figure } of byYear) {
    rows.push({ kind: 'group', text: String(year) });
    const perSource = plan.budget.sources.map((source) => ({
      source,
      figure: addFigures(
        lines.map(
          (l) =>
            lineMoneyInYear(l.budget, l.spent, plan.budget, year).find(
              (r) => r.sourceId === source.id,
            )!.figure,
        ),
      ),
    }));
    for (const { source, figure: f } of perSource)
      if (f.budget !== 0 || f.spent !== 0) rows.push({ cells: [source.name, ...moneyCells(f)] });
    rows.push({ cells: [`Kostnad ${year}`, ...moneyCells(figure)] });
  }
  const total = addFigures(byYear.map((y) => y.figure));
  rows.push({ kind: 'sum', cells: [`Sum ${period(plan)}`, ...moneyCells(total)] });
  children.push(planTable(columns, rows));
  return part('portrait', children);
}
