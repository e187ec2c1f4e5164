import type { CellObject } from 'write-excel-file/universal';
import type { MoneyFigure } from '../../budget/spending';
import { needCategoryLabels, type NeedFigure } from '../../model/need-figures';
import { measureStatusLabels } from '../../model/measures';
import { progressStep } from '../../model/measures';
import type { ReportContext, ReportEntry } from '../../model/status-report';
import { entryCode, type ReportMoneyRow, type ReportView } from '../report/report-view';
import {
  boldText,
  columnSheet,
  date,
  withNote,
  partialDate,
  kroner,
  percent,
  text,
  textOrEmpty,
  type SheetColumn,
  type WorkbookSheet,
} from './plan-workbook';

// The half-year or annual report as sheets: the same tables as the Word report, from the same
// snapshot view (report-view.ts), with numbers as numbers Excel can count with.

export const REPORT_SHEET_NAMES = {
  activities: 'Tiltak',
  needs: 'Behovstall',
  indicators: 'Indikatorer',
  economy: 'Økonomi',
} as const;

const whole = (value: number | null): CellObject | null =>
  value === null ? null : { value, type: Number, alignVertical: 'top' };

/** Avvik in percent as a number (−54.5 % as −0.545), empty when nothing was budgeted. */
const deviationPercent = (f: MoneyFigure): CellObject | null =>
  f.deviationPercent === null
    ? null
    : { value: f.deviationPercent / 100, type: Number, format: '0.0 %', alignVertical: 'top' };

interface ActivityRow {
  area: string;
  entry: ReportEntry;
}

function activitySheet(view: ReportView): WorkbookSheet {
  const rows: ActivityRow[] = view.areas.flatMap((a) =>
    a.entries.map((entry) => ({ area: a.name, entry })),
  );
  const budget = (e: ReportEntry) => e.measure.money.reduce((s, m) => s + m.budget, 0);
  const spent = (e: ReportEntry) => e.measure.money.reduce((s, m) => s + m.spent, 0);
  const sourceIds = view.report.context.sources.map((s) => s.id);
  // A shared project led by another district is shown with its money but not summed.
  const counted = rows.filter((r) => r.entry.measure.ledBy === null);
  const columns: SheetColumn<ActivityRow>[] = [
    { title: 'Satsningsområde', width: 28, cell: (r) => text(r.area) },
    { title: 'Kode', width: 7, cell: (r) => text(entryCode(r.entry, view.report.entries)) },
    { title: 'Tiltak', width: 30, cell: (r) => text(r.entry.measure.title) },
    { title: 'Beskrivelse', width: 40, cell: (r) => textOrEmpty(r.entry.measure.description) },
    {
      title: 'Planlagt resultat',
      width: 32,
      cell: (r) => textOrEmpty(r.entry.measure.expectedResult),
    },
    { title: 'Ansvarlig', width: 22, cell: (r) => textOrEmpty(r.entry.measure.ownerName) },
    ...sourceIds.map((id): SheetColumn<ActivityRow> => ({
      title: `Budsjett ${view.report.period.year} ${view.sourceNames.get(id) ?? ''}`.trim(),
      width: 16,
      cell: (r) => kroner(r.entry.measure.money.find((m) => m.sourceId === id)?.budget ?? 0),
      sum: () =>
        kroner(
          counted.reduce(
            (s, r) => s + (r.entry.measure.money.find((m) => m.sourceId === id)?.budget ?? 0),
            0,
          ),
          true,
        ),
    })),
    {
      title: 'Sum budsjett',
      width: 15,
      cell: (r) => kroner(budget(r.entry)),
      sum: () =>
        kroner(
          counted.reduce((s, r) => s + budget(r.entry), 0),
          true,
        ),
    },
    {
      title: 'Regnskap',
      width: 15,
      cell: (r) => kroner(spent(r.entry)),
      sum: () =>
        kroner(
          counted.reduce((s, r) => s + spent(r.entry), 0),
          true,
        ),
    },
    { title: 'Oppstart', width: 14, cell: (r) => partialDate(r.entry.measure.startDate) },
    { title: 'Slutt', width: 14, cell: (r) => partialDate(r.entry.measure.endDate) },
    { title: 'Status', width: 8, cell: (r) => (r.entry.status ? text(r.entry.status) : null) },
    {
      title: 'Status (tekst)',
      width: 13,
      cell: (r) => text(r.entry.status ? measureStatusLabels[r.entry.status] : 'Ikke angitt'),
    },
    {
      title: 'Samarbeidspartnere',
      width: 26,
      cell: (r) => textOrEmpty(r.entry.measure.partnerNames.join(', ')),
    },
    { title: 'Framdrift', width: 10, cell: (r) => percent(r.entry.progress) },
    {
      title: 'Framdrift (skjema)',
      width: 11,
      cell: (r) => percent(progressStep(r.entry.progress)),
    },
    { title: 'Gjennomført i perioden', width: 36, cell: (r) => textOrEmpty(r.entry.done) },
    { title: 'Særlige utfordringer', width: 36, cell: (r) => textOrEmpty(r.entry.challenges) },
    {
      title: 'Korrigerende tiltak',
      width: 36,
      cell: (r) => textOrEmpty(r.entry.correctiveAction),
    },
  ];
  return withNote(
    columnSheet(REPORT_SHEET_NAMES.activities, columns, rows, `Sum ${rows.length} tiltak`),
    view.notCountedNote,
  );
}

function needSheet(figures: NeedFigure[]): WorkbookSheet {
  const columns: SheetColumn<NeedFigure>[] = [
    { title: 'Kategori', width: 8, cell: (f) => text(f.category) },
    { title: 'Beskrivelse', width: 40, cell: (f) => text(needCategoryLabels[f.category]) },
    { title: 'Status 01.01', width: 13, cell: (f) => whole(f.atStart) },
    { title: 'Status 31.12', width: 13, cell: (f) => whole(f.atEnd) },
    { title: 'Resultat', width: 11, cell: (f) => whole(f.helped) },
    { title: 'Kommentar', width: 50, cell: (f) => textOrEmpty(f.comment) },
  ];
  const sheet = columnSheet(REPORT_SHEET_NAMES.needs, columns, figures, '');
  // No sum: households in A, B and C are not added up.
  sheet.data.pop();
  return sheet;
}

type IndicatorRow = ReportContext['indicators'][number];
interface MeasuredRow {
  indicator: IndicatorRow;
  measurement: IndicatorRow['measurements'][number] | null;
}

function indicatorSheet(indicators: IndicatorRow[]): WorkbookSheet {
  const rows: MeasuredRow[] = indicators.flatMap((indicator): MeasuredRow[] =>
    indicator.measurements.length
      ? indicator.measurements.map((measurement) => ({ indicator, measurement }))
      : [{ indicator, measurement: null }],
  );
  const columns: SheetColumn<MeasuredRow>[] = [
    { title: 'Resultatmål', width: 40, cell: (r) => text(r.indicator.heading) },
    { title: 'Indikator', width: 36, cell: (r) => text(r.indicator.name) },
    { title: 'Enhet', width: 12, cell: (r) => textOrEmpty(r.indicator.unit) },
    { title: 'Utgangspunkt', width: 13, cell: (r) => whole(r.indicator.baseline?.value ?? null) },
    { title: 'Utgangsår', width: 10, cell: (r) => whole(r.indicator.baseline?.year ?? null) },
    { title: 'Mål', width: 10, cell: (r) => whole(r.indicator.target?.value ?? null) },
    { title: 'Målår', width: 8, cell: (r) => whole(r.indicator.target?.year ?? null) },
    { title: 'Målt dato', width: 11, cell: (r) => date(r.measurement?.date ?? null) },
    { title: 'Målt verdi', width: 11, cell: (r) => whole(r.measurement?.value ?? null) },
    { title: 'Merknad', width: 36, cell: (r) => textOrEmpty(r.measurement?.note ?? '') },
  ];
  const sheet = columnSheet(REPORT_SHEET_NAMES.indicators, columns, rows, '');
  sheet.data.pop();
  return sheet;
}

interface EconomyRow {
  area: string;
  line: string;
  source: string;
  figure: MoneyFigure;
  bold?: boolean;
}

function economySheet(view: ReportView): WorkbookSheet {
  const areaNames = new Map(view.areas.map((a) => [a.id || null, a.name]));
  const fromMoney = (m: ReportMoneyRow): EconomyRow => ({
    area: m.line === 'Programledelse' ? 'Programledelse' : (areaNames.get(m.areaId) ?? ''),
    line: m.line,
    source: m.source,
    figure: m.figure,
  });
  const rows: EconomyRow[] = [
    ...view.money.map(fromMoney),
    ...view.moneyBySource.map((s) => ({
      area: 'Sum per kilde',
      line: '',
      source: s.source,
      figure: s.figure,
      bold: true,
    })),
  ];
  const columns: SheetColumn<EconomyRow>[] = [
    {
      title: 'Satsningsområde',
      width: 34,
      cell: (r) => (r.bold ? boldText(r.area) : text(r.area)),
    },
    { title: 'Tiltak', width: 34, cell: (r) => textOrEmpty(r.line) },
    { title: 'Kilde', width: 24, cell: (r) => text(r.source) },
    {
      title: 'Budsjett',
      width: 15,
      cell: (r) => kroner(r.figure.budget, r.bold),
      sum: () => kroner(view.moneyTotal.budget, true),
    },
    {
      title: 'Regnskap',
      width: 15,
      cell: (r) => kroner(r.figure.spent, r.bold),
      sum: () => kroner(view.moneyTotal.spent, true),
    },
    {
      title: 'Avvik',
      width: 15,
      cell: (r) => kroner(r.figure.deviation, r.bold),
      sum: () => kroner(view.moneyTotal.deviation, true),
    },
    {
      title: 'Avvik %',
      width: 10,
      cell: (r) => deviationPercent(r.figure),
      sum: () => deviationPercent(view.moneyTotal) ?? { value: '' },
    },
  ];
  return withNote(
    columnSheet(`${REPORT_SHEET_NAMES.economy} ${view.report.period.year}`, columns, rows, 'Sum'),
    view.notCountedNote,
  );
}

/** The report as sheets: measures in the form's columns, need figures, indicators, economy. */
export function reportWorkbookSheets(view: ReportView): WorkbookSheet[] {
  return [
    activitySheet(view),
    ...(view.needFigures ? [needSheet(view.needFigures)] : []),
    indicatorSheet(view.report.context.indicators),
    economySheet(view),
  ];
}
