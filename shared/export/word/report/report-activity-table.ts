import { Paragraph, TextRun } from 'docx';
import type { ReportEntry } from '../../../model/status-report';
import { progressFormText } from '../../progress-text';
import { financedByName } from '../../../budget/counted-measures';
import { entryCode, type ReportView } from '../../report/report-view';
import { amountLine } from '../sections/focus-areas';
import { challengesCell } from '../word-follow-up-cells';
import { textRun } from '../word-run';
import { periodCell } from '../word-period';
import { EMPTY_MARK } from '../word-text';
import { CELL_PADDING } from '../word-table-style';
import { columnTable, type ColumnSpec } from '../word-tables';
import { STYLE } from '../word-theme';
import { sharedProjectsHeadingRow } from '../../../plan/measure-groups';
import { TEXT_WIDTH } from '../word-page';

// Husbanken's activity plan / half-year report form as a landscape table, one row per measure
// of a focus area, read from the report's snapshot.

export const STATUS_KEY = 'Status: n = ny, v = videreført, g = gjennomført, a = avviklet.';
export const STATUS_LEGEND =
  'Status: n = ny, v = videreført, g = gjennomført, a = avviklet, – = ikke angitt. Framdrift i skjemaets trinn 25, 50, 75 og 100 %, med nøyaktig prosent i parentes når den avviker.';

const line = (children: (string | TextRun)[]) =>
  new Paragraph({
    style: STYLE.tableText,
    children: children.map((c) => (typeof c === 'string' ? textRun(c) : c)),
  });

function descriptionCell(entry: ReportEntry): Paragraph[] {
  const m = entry.measure;
  const lines = [line([textRun({ text: m.title.trim() || 'Uten tittel', bold: true })])];
  if (m.description.trim()) lines.push(line([m.description.trim()]));
  if (m.ownerName.trim())
    lines.push(line([textRun({ text: `Ansvarlig: ${m.ownerName.trim()}`, italics: true })]));
  if (m.sharedProject) lines.push(line([textRun({ text: 'Felles prosjekt', italics: true })]));
  return lines;
}

/** The money of the report's year: the budget per source, and what was spent (regnskap). */
function moneyCell(view: ReportView, entry: ReportEntry, innerWidth: number): Paragraph[] {
  const money = entry.measure.money.filter((m) => m.budget !== 0 || m.spent !== 0);
  if (money.length === 0) return [line([EMPTY_MARK])];
  const budget = money.reduce((sum, m) => sum + m.budget, 0);
  const spent = money.reduce((sum, m) => sum + m.spent, 0);
  return [
    amountLine('Budsjett', budget, innerWidth, { bold: true }),
    ...money
      .filter((m) => m.budget !== 0)
      .map((m) =>
        amountLine(view.sourceNames.get(m.sourceId) ?? 'Ukjent kilde', m.budget, innerWidth),
      ),
    amountLine('Regnskap', spent, innerWidth, { italics: true }),
    ...(entry.measure.ledBy === null
      ? []
      : [line([textRun({ text: financedByName(entry.measure.ledBy), italics: true })])]),
  ];
}

const statusLetter = (entry: ReportEntry) => entry.status ?? '–';

/** The form's columns, in order. */
function reportColumns(view: ReportView): ColumnSpec<ReportEntry>[] {
  const inner = (width: number) => width - 2 * CELL_PADDING;
  return [
    { title: 'Kode', weight: 0.9, cell: (e) => entryCode(e, view.report.entries) },
    { title: 'Beskrivelse av tiltak', weight: 3, cell: descriptionCell },
    {
      title: 'Planlagt resultat',
      weight: 1.8,
      cell: (e) => e.measure.expectedResult.trim() || EMPTY_MARK,
    },
    {
      title: 'Kostnad og finansiering',
      weight: 2.7,
      cell: (e, width) => moneyCell(view, e, inner(width)),
    },
    {
      title: 'Oppstart/ slutt',
      weight: 1.45,
      cell: ({ measure }) => periodCell(measure.startDate, measure.endDate),
    },
    { title: 'Status', weight: 1.15, centred: true, cell: statusLetter },
    {
      title: 'Samarbeidspartnere',
      weight: 2.75,
      cell: (e) => e.measure.partnerNames.filter((n) => n.trim()),
    },
    {
      title: 'Framdrift',
      weight: 1.45,
      numeric: true,
      cell: (e) => progressFormText(e.progress),
    },
    { title: 'Gjennomført i perioden', weight: 1.8, cell: (e) => e.done.trim() },
    {
      title: 'Utfordringer og korrigerende tiltak',
      weight: 2.1,
      cell: (e) => challengesCell(e.challenges, e.correctiveAction),
    },
  ];
}

/** The focus area's table in the form's layout. */
export function reportActivityTable(view: ReportView, entries: ReportEntry[]) {
  return columnTable(TEXT_WIDTH.landscape, reportColumns(view), entries, {
    // Shared projects stand last under their own heading, as in Husbanken's form.
    groupRows: sharedProjectsHeadingRow(entries, (e) => e.measure),
  });
}

/** Whether the table shows EMPTY_MARK (no dates, no money), so the note under it explains it. */
export function reportHasEmptyField(entries: ReportEntry[]): boolean {
  return entries.some(
    ({ measure }) =>
      !measure.expectedResult.trim() ||
      (!measure.startDate && !measure.endDate) ||
      measure.money.every((m) => m.budget === 0 && m.spent === 0),
  );
}
