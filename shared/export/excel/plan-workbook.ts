import type { CellObject, Row, SheetData } from 'write-excel-file/universal';
import {
  multiYearOverview,
  programmeYears,
  yearlyBudgetByFocusArea,
} from '../../budget/budget-tables';
import { financedByText, isLedByOther, notCountedNote } from '../../budget/counted-measures';
import { AREA_LINE_LABEL, lineHasMoney } from '../../budget/counted-lines';
import { costInYear } from '../../budget/financing';
import { formatPartialDate, precisionOf } from '../../format/partial-date';
import type { Plan } from '../../model/plan';
import { measureStatusLabel, type Measure } from '../../model/measures';
import { planForDocument } from '../../plan/document-plan';
import { measuresInAppOrder } from '../../plan/traceability';
import { SHARED_PROJECTS_HEADING, measureGroupOf } from '../../plan/measure-groups';
import { targetGroupName } from '../../model/strategies';
import { partnerName, partyNamer } from '../../model/party-name';

/** Whole kroner with thousands grouped (Excel uses the reader's own separator) and "kr". */
export const KRONER_FORMAT = '#,##0 "kr"';
export const DATE_FORMAT = 'dd.mm.yyyy';
export const PERCENT_FORMAT = '0 %';

export const SHEET_NAMES = {
  activities: 'Aktivitetsplan',
  yearly: 'Budsjett per år',
  multiYear: 'Flerårig oversikt',
} as const;

/** One sheet as write-excel-file takes it: the cells, column widths and the frozen header row. */
export interface WorkbookSheet {
  sheet: string;
  data: SheetData;
  columns: { width: number }[];
  stickyRowsCount: number;
}

export const header = (value: string): CellObject => ({
  value,
  fontWeight: 'bold',
  backgroundColor: '#E7E6E0',
  alignVertical: 'top',
  wrap: true,
});
export const text = (value: string): CellObject => ({
  value,
  type: String,
  alignVertical: 'top',
  wrap: true,
});
export const kroner = (value: number, bold = false): CellObject => ({
  value,
  type: Number,
  format: KRONER_FORMAT,
  alignVertical: 'top',
  ...(bold ? { fontWeight: 'bold' } : {}),
});
export const boldText = (value: string): CellObject => ({
  value,
  type: String,
  fontWeight: 'bold',
});
/** Empty text is an empty cell, not filler. */
export const textOrEmpty = (value: string): CellObject | null =>
  value.trim() ? text(value.trim()) : null;
/** A whole percent as a number Excel can count with (0.7 shown as «70 %»). */
export const percent = (value: number): CellObject => ({
  value: value / 100,
  type: Number,
  format: PERCENT_FORMAT,
  alignVertical: 'top',
});

/** An ISO date as a real date cell (midnight UTC, which is how Excel counts days). */
export function date(iso: string | null): CellObject | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return {
    value: new Date(Date.UTC(y!, m! - 1, d!)),
    type: Date,
    format: DATE_FORMAT,
    alignVertical: 'top',
  };
}

/**
 * A start or end as entered: a day as a real date cell (dd.mm.åååå, sortable), a year or a month
 * as the text the forms use («2014», «juni 2014») — a date cell would claim a day nobody gave.
 */
export function partialDate(value: string | null): CellObject | null {
  if (!value) return null;
  return precisionOf(value) === 'day' ? date(value) : text(formatPartialDate(value));
}

/**
 * The plan as an Excel workbook: Husbanken's activity plan (one row per measure, cost per
 * programme year), the yearly budget by focus area and the multi-year overview. Pure: the same
 * plan gives the same cells; the sums come from shared/budget, as on the Budsjett page.
 */
export function planWorkbookSheets(livePlan: Plan): WorkbookSheet[] {
  // No example person from a template is named as an owner (document-plan.ts).
  const plan = planForDocument(livePlan);
  return [activitySheet(plan), yearlySheet(plan), multiYearSheet(plan)];
}

/**
 * A sheet column described once: header, width and the cell each row gives. Adding a column to
 * a sheet is adding one entry to its list.
 */
export interface SheetColumn<Item> {
  title: string;
  width: number;
  cell: (item: Item) => CellObject | null;
  /** The sum row's cell here; the first column holds the row's label, the others stay empty. */
  sum?: () => CellObject;
}

/** A sheet with a frozen header row, one row per item and a sum row, from one column list. */
export function columnSheet<Item>(
  sheet: string,
  columns: SheetColumn<Item>[],
  items: Item[],
  sumLabel: string,
): WorkbookSheet {
  const sumRow: Row = columns.map((c, i) => c.sum?.() ?? (i === 0 ? boldText(sumLabel) : null));
  return {
    sheet,
    data: [
      columns.map((c) => header(c.title)),
      ...items.map((item) => columns.map((c) => c.cell(item))),
      sumRow,
    ],
    columns: columns.map(({ width }) => ({ width })),
    stickyRowsCount: 1,
  };
}

/**
 * «Bydel Alna (ansvarlig); Bydel Grorud, Bydel Stovner», and for a project another district
 * leads, «finansiert av Bydel Alna – ikke med i summen» after it. Empty when not shared.
 */
function sharedProjectCell(m: Measure): CellObject | null {
  if (!m.sharedProject) return null;
  const { responsible, participants } = m.sharedProject;
  const parts = [
    responsible.trim() ? `${responsible.trim()} (ansvarlig)` : 'Ansvarlig ikke avklart',
    participants.trim(),
  ].filter(Boolean);
  const led = isLedByOther(m) ? `\n${financedByText(m)} – ikke med i summen` : '';
  return text(`${parts.join('; ')}${led}`);
}

interface ActivityRow {
  focusAreaId: string;
  /** null: the focus area's own line («Felles for satsningsområdet»), first in its area. */
  measure: Measure | null;
  /** Cost per programme year, in the order of the year columns. */
  costs: number[];
}

function activitySheet(plan: Plan): WorkbookSheet {
  const years = programmeYears(plan);
  const measures = measuresInAppOrder(plan);
  const measureRow = (measure: Measure): ActivityRow => ({
    focusAreaId: measure.focusAreaId,
    measure,
    costs: years.map((year) => costInYear(measure.budget, year)),
  });
  const areaIds = new Set(plan.focusAreas.map((a) => a.id));
  // Each focus area's own line first in the area, when it holds money (counted-lines.ts).
  const rows: ActivityRow[] = [
    ...plan.focusAreas.flatMap((area) => [
      ...(lineHasMoney(area.budget)
        ? [
            {
              focusAreaId: area.id,
              measure: null,
              costs: years.map((year) => costInYear(area.budget, year)),
            },
          ]
        : []),
      ...measures.filter((m) => m.focusAreaId === area.id).map(measureRow),
    ]),
    ...measures.filter((m) => !areaIds.has(m.focusAreaId)).map(measureRow),
  ];
  const columns = activityColumns(plan, years, rows);
  const sheet = columnSheet(SHEET_NAMES.activities, columns, rows, 'Sum');
  return withNote(withSharedGroupRows(plan, sheet, rows, columns.length), notCountedNote(measures));
}

/**
 * A group row «Felles prosjekter» before each focus area's shared projects (which stand last in
 * the area, measuresInAppOrder), as the form sets them apart; the area stays in its column so
 * a filter on it keeps the row.
 */
function withSharedGroupRows(
  plan: Plan,
  sheet: WorkbookSheet,
  rows: ActivityRow[],
  width: number,
): WorkbookSheet {
  const areas = new Map(plan.focusAreas.map((f) => [f.id, `${f.code} ${f.title}`.trim()]));
  const [head, ...body] = sheet.data;
  const data: SheetData = [head!];
  body.forEach((row, i) => {
    const measure = rows[i]?.measure;
    // The row before: a measure, the area's own line (null) or nothing.
    const previous = rows[i - 1]?.measure;
    const startsShared =
      measure != null &&
      measureGroupOf(measure) === 'shared' &&
      (previous == null ||
        previous.focusAreaId !== measure.focusAreaId ||
        measureGroupOf(previous) !== 'shared');
    if (startsShared) {
      const group: Row = Array.from({ length: width }, () => null);
      group[0] = text(areas.get(measure.focusAreaId) ?? '');
      group[2] = boldText(SHARED_PROJECTS_HEADING);
      data.push(group);
    }
    data.push(row);
  });
  return { ...sheet, data };
}

/** The sheet with a note a row below its table, when there is one. */
export function withNote(sheet: WorkbookSheet, note: string | null): WorkbookSheet {
  // Unwrapped, so the note runs across the empty cells beside it.
  const noteCell: CellObject = { value: note ?? '', type: String, fontStyle: 'italic' };
  return note ? { ...sheet, data: [...sheet.data, [], [noteCell]] } : sheet;
}

/** Husbanken's activity plan columns, in order. A new column is one more entry here. */
function activityColumns(
  plan: Plan,
  years: number[],
  rows: ActivityRow[],
): SheetColumn<ActivityRow>[] {
  const areas = new Map(plan.focusAreas.map((f) => [f.id, `${f.code} ${f.title}`.trim()]));
  const partners = new Map(plan.partners.map((p) => [p.id, partnerName(p)]));
  const ownerName = partyNamer(plan);
  const groups = new Map(plan.targetGroups.map((t) => [t.id, targetGroupName(t)]));
  const names = (ids: string[], from: Map<string, string>) =>
    ids
      .map((id) => from.get(id) ?? '')
      .filter(Boolean)
      .join(', ');
  // A shared project led by another district is shown with its amounts but not summed.
  const counted = rows.filter((r) => !r.measure || !isLedByOther(r.measure));
  // The area's own line has nothing in a measure's columns.
  const ofMeasure =
    (cell: (m: Measure) => CellObject | null) =>
    ({ measure }: ActivityRow) =>
      measure ? cell(measure) : null;
  const yearTotal = (i: number) => sum(counted.map((r) => r.costs[i]!));
  return [
    {
      title: 'Satsningsområde',
      width: 28,
      cell: ({ focusAreaId }) => text(areas.get(focusAreaId) ?? ''),
    },
    {
      title: 'Kode',
      width: 7,
      cell: ofMeasure((m) => text(isLedByOther(m) ? `${m.code}*` : m.code)),
    },
    {
      title: 'Tiltak',
      width: 32,
      cell: ({ measure: m }) => (m ? text(m.title) : boldText(AREA_LINE_LABEL)),
    },
    {
      title: 'Beskrivelse',
      width: 45,
      cell: ({ measure: m }) =>
        text(
          m ? m.description : 'Kostnad for satsningsområdet som helhet, ikke fordelt på tiltakene.',
        ),
    },
    { title: 'Forventet resultat', width: 36, cell: ofMeasure((m) => text(m.expectedResult)) },
    { title: 'Ansvarlig', width: 24, cell: ofMeasure((m) => text(ownerName(m.owner))) },
    {
      title: 'Samarbeidspartnere',
      width: 26,
      cell: ofMeasure((m) => text(names(m.partnerIds, partners))),
    },
    {
      title: 'Målgrupper',
      width: 28,
      cell: ofMeasure((m) => text(names(m.targetGroupIds, groups))),
    },
    { title: 'Start', width: 14, cell: ofMeasure((m) => partialDate(m.startDate)) },
    { title: 'Slutt', width: 14, cell: ofMeasure((m) => partialDate(m.endDate)) },
    { title: 'Status', width: 12, cell: ofMeasure((m) => text(measureStatusLabel(m.status))) },
    {
      title: 'Fremdrift',
      width: 10,
      cell: ofMeasure((m) => percent(m.progress)),
    },
    {
      title: 'Særlige utfordringer',
      width: 36,
      cell: ofMeasure((m) => textOrEmpty(m.challenges)),
    },
    {
      title: 'Korrigerende tiltak',
      width: 36,
      cell: ofMeasure((m) => textOrEmpty(m.correctiveAction)),
    },
    ...years.map((year, i): SheetColumn<ActivityRow> => ({
      title: `Kostnad ${year}`,
      width: 15,
      cell: ({ costs }) => kroner(costs[i]!),
      sum: () => kroner(yearTotal(i), true),
    })),
    {
      title: 'Sum kostnad',
      width: 16,
      cell: ({ costs }) => kroner(sum(costs)),
      sum: () => kroner(sum(years.map((_, i) => yearTotal(i))), true),
    },
    // Last, so Husbanken's columns keep their places.
    {
      title: 'Felles prosjekt',
      width: 30,
      cell: ofMeasure((m) => sharedProjectCell(m)),
    },
    {
      title: 'Prioritert',
      width: 11,
      cell: ofMeasure((m) => (m.priority ? text('Prioritert') : null)),
    },
  ];
}

/** One line of the yearly sheet: a focus area in one year, or the year's sum (bold). */
interface YearLine {
  year: number;
  label: string;
  cost: number;
  bySource: number[];
  financed: number;
  bold: boolean;
}

/** Husbanken's yearly table, one block per programme year, each with its sum row. */
function yearlySheet(plan: Plan): WorkbookSheet {
  const amount = (value: number, line: YearLine) => kroner(value, line.bold);
  const columns: SheetColumn<YearLine>[] = [
    {
      title: 'År',
      width: 8,
      cell: ({ year, bold }) =>
        bold
          ? { value: year, type: Number, fontWeight: 'bold' }
          : { value: year, type: Number, alignVertical: 'top' },
    },
    {
      title: 'Satsningsområde',
      width: 40,
      cell: ({ label, bold }) => (bold ? boldText(label) : text(label)),
    },
    { title: 'Kostnad', width: 15, cell: (line) => amount(line.cost, line) },
    ...plan.budget.sources.map((source, i): SheetColumn<YearLine> => ({
      title: source.name,
      width: 18,
      cell: (line) => amount(line.bySource[i]!, line),
    })),
    { title: 'Sum finansiering', width: 18, cell: (line) => amount(line.financed, line) },
  ];
  const data: SheetData = [columns.map((c) => header(c.title))];
  programmeYears(plan).forEach((year, index) => {
    if (index > 0) data.push([]);
    const table = yearlyBudgetByFocusArea(plan, year);
    const lines: YearLine[] = [
      ...table.rows.map((row) => ({ year, ...row, bold: false })),
      { year, ...table.sum, label: `Sum ${year}`, bold: true },
    ];
    for (const line of lines) data.push(columns.map((c) => c.cell(line)));
  });
  return {
    sheet: SHEET_NAMES.yearly,
    data,
    columns: columns.map(({ width }) => ({ width })),
    stickyRowsCount: 1,
  };
}

/** One line of the multi-year sheet: a label and one amount per programme year. */
interface OverviewLine {
  label: string;
  values: number[];
  bold?: boolean;
}

/** Years as columns: cost per focus area and in total, then what each source pays. */
function multiYearSheet(plan: Plan): WorkbookSheet {
  const years = programmeYears(plan);
  const overview = multiYearOverview(plan);
  const yearly = years.map((year) => yearlyBudgetByFocusArea(plan, year));
  const columns: SheetColumn<OverviewLine>[] = [
    {
      title: 'Kostnad og finansiering',
      width: 40,
      cell: ({ label, bold }) => (bold ? boldText(label) : text(label)),
    },
    ...years.map((year, i): SheetColumn<OverviewLine> => ({
      title: String(year),
      width: 15,
      cell: ({ values, bold }) => kroner(values[i]!, bold),
    })),
    { title: 'Sum', width: 16, cell: ({ values, bold }) => kroner(sum(values), bold) },
  ];
  const line = (l: OverviewLine): Row => columns.map((c) => c.cell(l));
  const costLines = (yearly[0]?.rows ?? []).map((row, i) => ({
    label: row.label,
    values: yearly.map((table) => table.rows[i]!.cost),
  }));
  const data: SheetData = [
    columns.map((c) => header(c.title)),
    ...costLines.map(line),
    line({ label: 'Sum kostnad', values: overview.rows.map((r) => r.cost), bold: true }),
    [],
    ...plan.budget.sources.map((source, i) =>
      line({ label: source.name, values: overview.rows.map((r) => r.bySource[i]!) }),
    ),
    line({
      label: 'Sum finansiering',
      values: overview.rows.map((r) => r.financed),
      bold: true,
    }),
  ];
  return {
    sheet: SHEET_NAMES.multiYear,
    data,
    columns: columns.map(({ width }) => ({ width })),
    stickyRowsCount: 1,
  };
}

function sum(values: number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
