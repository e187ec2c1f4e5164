import type { FileChild, Paragraph } from 'docx';
import { formatDate } from '../../../format/dates';
import { formatKroner, formatNumber, formatPercent } from '../../../format/numbers';
import type { MoneyFigure } from '../../../budget/spending';
import { measureStatuses } from '../../../model/measures';
import { needCategoryLabels } from '../../../model/need-figures';
import type { ReportContext } from '../../../model/status-report';
import {
  entriesNotCountedNote,
  type ReportMoneyRow,
  type ReportView,
} from '../../report/report-view';
import { coverPage } from '../sections/cover';
import { part, TEXT_WIDTH, type WordPart } from '../word-page';
import { columnTable, planTable, type ColumnSpec, type RowSpec } from '../word-tables';
import { STYLE } from '../word-theme';
import { EMPTY_MARK, emptyMarkNote, heading, labelled, lead, note, paragraph } from '../word-text';
import {
  reportActivityTable,
  reportHasEmptyField,
  STATUS_KEY,
  STATUS_LEGEND,
} from './report-activity-table';

// The parts of a half-year or annual report, each from the report's snapshot (report-view.ts).

/** Text as typed: one paragraph per line, blank lines dropped. */
export function textParagraphs(text: string) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => paragraph(l));
}

export function reportCover(view: ReportView): WordPart {
  const { report } = view;
  const { context } = report;
  const lines = [
    `Periode: ${formatDate(view.periodStart)}–${formatDate(view.periodEnd)}`,
    report.deadline ? `Frist: ${formatDate(report.deadline)}` : 'Frist: ikke satt',
    report.submittedDate ? `Levert ${formatDate(report.submittedDate)}` : 'Utkast – ikke levert',
  ];
  if (context.programmeLeader.trim()) lines.push(`Programleder: ${context.programmeLeader.trim()}`);
  lines.push(`Tallene er hentet fra planen ${formatDate(context.takenDate)}`);
  return coverPage(
    `${view.title}${report.submittedDate ? '' : ' (utkast)'}`,
    [context.municipality.trim(), context.planTitle.trim()].filter(Boolean),
    lines,
  );
}

const statusCount = (n: number) => (n === 0 ? '' : String(n));

/** Summary: the group's text, the count of measures by status and the unlock history. */
export function reportSummary(view: ReportView): WordPart {
  const { report } = view;
  const children: FileChild[] = [heading(1, 'Sammendrag')];
  const text = textParagraphs(report.summary);
  children.push(...(text.length ? text : [note('Det er ikke skrevet noe sammendrag.')]));

  children.push(heading(2, 'Status for tiltakene'));
  type Row = { name: string; figures: ReportView['figures'] };
  const columns: ColumnSpec<Row>[] = [
    { title: 'Satsningsområde', weight: 4, cell: (r) => r.name },
    { title: 'Tiltak', weight: 1.1, numeric: true, cell: (r) => String(r.figures.measures) },
    ...measureStatuses.map((s): ColumnSpec<Row> => ({
      title: s,
      weight: 1,
      numeric: true,
      cell: (r) => statusCount(r.figures.byStatus[s]),
    })),
    {
      title: 'Ikke angitt',
      weight: 1.2,
      numeric: true,
      cell: (r) =>
        statusCount(
          r.figures.measures - measureStatuses.reduce((n, s) => n + r.figures.byStatus[s], 0),
        ),
    },
    {
      title: 'Snitt framdrift',
      weight: 1.4,
      numeric: true,
      cell: (r) =>
        r.figures.averageProgress === null ? '' : formatPercent(r.figures.averageProgress),
    },
  ];
  const rows: Row[] = [
    ...view.areas.map((a) => ({ name: a.name, figures: a.figures })),
    { name: 'Hele planen', figures: view.figures },
  ];
  children.push(
    columnTable(TEXT_WIDTH.portrait, columns, rows, { keepTogether: true }),
    paragraph(STATUS_KEY, STYLE.tableNote),
  );

  if (report.unlocks.length > 0) {
    children.push(heading(2, 'Endret etter levering'));
    for (const u of report.unlocks)
      children.push(labelled(`Åpnet igjen ${formatDate(u.date)}`, u.reason.trim()));
  }
  return part('portrait', children);
}

/**
 * Per focus area with measures: the form's table in landscape, the legend under it. Areas that
 * had no measures are named together under the last table rather than each given a blank page.
 */
export function reportAreaParts(view: ReportView): WordPart[] {
  const empty = view.areas.filter((area) => area.entries.length === 0).map((area) => area.name);
  const emptyNote =
    empty.length === 0
      ? []
      : [
          note(
            empty.length === 1
              ? `${empty[0]} hadde ingen tiltak da rapporten ble tatt.`
              : `Disse satsningsområdene hadde ingen tiltak da rapporten ble tatt: ${empty.join('; ')}.`,
          ),
        ];
  const withMeasures = view.areas.filter((area) => area.entries.length > 0);
  if (withMeasures.length === 0) return [part('portrait', emptyNote)];
  return withMeasures.map((area, i) =>
    part('landscape', [
      heading(1, area.name),
      reportActivityTable(view, area.entries),
      paragraph(STATUS_LEGEND, STYLE.tableNote),
      ...(reportHasEmptyField(area.entries) ? [emptyMarkNote()] : []),
      ...notCounted(entriesNotCountedNote(area.entries)),
      ...(i === withMeasures.length - 1 ? emptyNote : []),
    ]),
  );
}

const households = (n: number | null) => (n === null ? '' : formatNumber(n));

/** Need figures A/B/C, the indicators and the group's text per sub-goal. */
export function reportResultsPart(view: ReportView): WordPart {
  const { context } = view.report;
  const children: FileChild[] = [heading(1, 'Resultater')];

  if (view.needFigures) {
    children.push(heading(2, `Behovstall ${view.report.period.year}`));
    type Need = (typeof view.needFigures)[number];
    const columns: ColumnSpec<Need>[] = [
      {
        title: 'Kategori',
        weight: 3.4,
        cell: (f) => `${f.category}: ${needCategoryLabels[f.category]}`,
      },
      { title: 'Status 01.01', weight: 1.2, numeric: true, cell: (f) => households(f.atStart) },
      { title: 'Status 31.12', weight: 1.2, numeric: true, cell: (f) => households(f.atEnd) },
      { title: 'Resultat', weight: 1.2, numeric: true, cell: (f) => households(f.helped) },
      { title: 'Kommentar', weight: 3, cell: (f) => f.comment.trim() },
    ];
    children.push(
      lead('Antall husstander. Resultat er husstander som fikk en egnet bolig i løpet av året.'),
      columnTable(TEXT_WIDTH.portrait, columns, view.needFigures, { keepTogether: true }),
    );
  }

  children.push(heading(2, 'Indikatorer'));
  if (context.indicators.length === 0) children.push(note('Ingen resultatmål har indikator.'));
  else {
    children.push(indicatorTable(context.indicators));
    if (context.indicators.some((i) => !i.baseline || !i.target)) children.push(emptyMarkNote());
  }

  children.push(heading(2, 'Resultat per delmål'));
  const narratives = view.report.subGoalNarratives.filter((n) => n.text.trim());
  if (narratives.length === 0) children.push(note('Det er ikke skrevet noe om delmålene.'));
  for (const n of narratives) {
    children.push(heading(3, n.heading.trim() || 'Delmål'), ...textParagraphs(n.text));
  }
  return part('portrait', children);
}

type IndicatorRow = ReportContext['indicators'][number];

const point = (p: { value: number; year: number } | null, unit: string) =>
  p ? `${formatNumber(p.value)}${unit.trim() ? ` ${unit.trim()}` : ''} (${p.year})` : EMPTY_MARK;

function indicatorTable(indicators: IndicatorRow[]) {
  const columns: ColumnSpec<IndicatorRow>[] = [
    {
      title: 'Resultatmål og indikator',
      weight: 3.6,
      cell: (i) => [i.heading.trim(), i.name.trim()].filter(Boolean),
    },
    { title: 'Utgangspunkt', weight: 1.6, cell: (i) => point(i.baseline, i.unit) },
    { title: 'Mål', weight: 1.6, cell: (i) => point(i.target, i.unit) },
    {
      title: 'Målt',
      weight: 3.2,
      cell: (i) =>
        i.measurements.length === 0
          ? 'Ingen målinger ennå'
          : i.measurements.map(
              (m) =>
                `${formatDate(m.date)}: ${formatNumber(m.value)}${i.unit.trim() ? ` ${i.unit.trim()}` : ''}${m.note.trim() ? ` – ${m.note.trim()}` : ''}`,
            ),
    },
  ];
  return columnTable(TEXT_WIDTH.portrait, columns, indicators);
}

export const deviationPercentText = (f: MoneyFigure) =>
  f.deviationPercent === null ? '–' : formatPercent(f.deviationPercent);

const moneyCells = (f: MoneyFigure) => [
  formatKroner(f.budget),
  formatKroner(f.spent),
  formatKroner(f.deviation),
  deviationPercentText(f),
];

/** Economy of the report's year: budget, regnskap and avvik per activity and source. */
export function reportEconomyPart(view: ReportView): WordPart {
  const year = view.report.period.year;
  const children: FileChild[] = [
    heading(1, `Økonomi ${year}`),
    paragraph(
      `Budsjett og regnskap for ${year} per tiltak og finansieringskilde, slik de stod da rapporten ble tatt. Avvik er regnskap minus budsjett; et positivt avvik betyr at det er brukt mer enn budsjettert.`,
    ),
  ];
  if (view.money.length === 0) {
    children.push(note(`Det er ikke budsjettert eller ført regnskap for ${year}.`));
    return part('portrait', children);
  }
  const w = TEXT_WIDTH.portrait;
  const columns = [
    { title: 'Tiltak', width: Math.round(w * 0.24) },
    { title: 'Kilde', width: Math.round(w * 0.16) },
    { title: 'Budsjett', width: Math.round(w * 0.14), numeric: true },
    { title: 'Regnskap', width: Math.round(w * 0.14), numeric: true },
    { title: 'Avvik', width: Math.round(w * 0.18), numeric: true },
    { title: 'Avvik %', width: 0, numeric: true },
  ];
  columns[5]!.width = w - columns.slice(0, 5).reduce((s, c) => s + c.width, 0);
  const rows: RowSpec[] = [];
  const lineRows = (list: ReportMoneyRow[]) =>
    list.forEach((m, i, all) =>
      rows.push({
        cells: [
          i > 0 && all[i - 1]!.line === m.line ? '' : m.line,
          m.source,
          ...moneyCells(m.figure),
        ],
      }),
    );
  for (const area of view.areas) {
    const list = view.money.filter(
      (m) => m.areaId === (area.id || null) && m.line !== 'Programledelse',
    );
    if (list.length === 0) continue;
    rows.push({ kind: 'group', text: area.name });
    lineRows(list);
  }
  const management = view.money.filter((m) => m.areaId === null && m.line === 'Programledelse');
  if (management.length) {
    rows.push({ kind: 'group', text: 'Programledelse' });
    lineRows(management);
  }
  rows.push({ kind: 'group', text: 'Sum per finansieringskilde' });
  for (const s of view.moneyBySource) rows.push({ cells: ['', s.source, ...moneyCells(s.figure)] });
  rows.push({ kind: 'sum', cells: [{ content: 'Sum', span: 2 }, ...moneyCells(view.moneyTotal)] });
  children.push(planTable(columns, rows), ...notCounted(view.notCountedNote));
  return part('portrait', children);
}

const notCounted = (text: string | null): Paragraph[] =>
  text ? [paragraph(text, STYLE.tableNote)] : [];
