import type { CellObject, Row, SheetData } from 'write-excel-file/universal';
import {
  multiYearOverview,
  programmeYears,
  yearlyBudgetByFocusArea,
} from '../../budget/budget-tables';
import { costInYear } from '../../budget/financing';
import type { Plan } from '../../model/plan';
import { measureStatusLabels } from '../../model/measures';
import { sortedMeasures } from '../../plan/traceability';
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

const header = (value: string): CellObject => ({
  value,
  fontWeight: 'bold',
  backgroundColor: '#E7E6E0',
  alignVertical: 'top',
  wrap: true,
});
const text = (value: string): CellObject => ({
  value,
  type: String,
  alignVertical: 'top',
  wrap: true,
});
const kroner = (value: number, bold = false): CellObject => ({
  value,
  type: Number,
  format: KRONER_FORMAT,
  alignVertical: 'top',
  ...(bold ? { fontWeight: 'bold' } : {}),
});
const boldText = (value: string): CellObject => ({ value, type: String, fontWeight: 'bold' });

/** An ISO date as a real date cell (midnight UTC, which is how Excel counts days). */
function date(iso: string | null): CellObject | null {
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
 * The plan as an Excel workbook: Husbanken's activity plan (one row per measure, cost per
 * programme year), the yearly budget by focus area and the multi-year overview. Pure: the same
 * plan gives the same cells; the sums come from shared/budget, as on the Budsjett page.
 */
export function planWorkbookSheets(plan: Plan): WorkbookSheet[] {
  return [activitySheet(plan), yearlySheet(plan), multiYearSheet(plan)];
}

function activitySheet(plan: Plan): WorkbookSheet {
  const years = programmeYears(plan);
  const areas = new Map(plan.focusAreas.map((f) => [f.id, `${f.code} ${f.title}`.trim()]));
  const partners = new Map(plan.partners.map((p) => [p.id, partnerName(p)]));
  const ownerName = partyNamer(plan);
  const groups = new Map(plan.targetGroups.map((t) => [t.id, targetGroupName(t)]));
  const names = (ids: string[], from: Map<string, string>) =>
    ids
      .map((id) => from.get(id) ?? '')
      .filter(Boolean)
      .join(', ');

  const fixed = [
    { title: 'Satsningsområde', width: 28 },
    { title: 'Kode', width: 7 },
    { title: 'Tiltak', width: 32 },
    { title: 'Beskrivelse', width: 45 },
    { title: 'Forventet resultat', width: 36 },
    { title: 'Ansvarlig', width: 24 },
    { title: 'Samarbeidspartnere', width: 26 },
    { title: 'Målgrupper', width: 28 },
    { title: 'Start', width: 11 },
    { title: 'Slutt', width: 11 },
    { title: 'Status', width: 12 },
    { title: 'Fremdrift', width: 10 },
  ];
  const columns = [
    ...fixed,
    ...years.map((year) => ({ title: `Kostnad ${year}`, width: 15 })),
    { title: 'Sum kostnad', width: 16 },
  ];

  const yearTotals = years.map(() => 0);
  const rows: Row[] = sortedMeasures(plan).map((m) => {
    const costs = years.map((year) => costInYear(m.budget, year));
    costs.forEach((cost, i) => (yearTotals[i]! += cost));
    return [
      text(areas.get(m.focusAreaId) ?? ''),
      text(m.code),
      text(m.title),
      text(m.description),
      text(m.expectedResult),
      text(ownerName(m.owner)),
      text(names(m.partnerIds, partners)),
      text(names(m.targetGroupIds, groups)),
      date(m.startDate),
      date(m.endDate),
      text(measureStatusLabels[m.status]),
      { value: m.progress / 100, type: Number, format: PERCENT_FORMAT, alignVertical: 'top' },
      ...costs.map((cost) => kroner(cost)),
      kroner(sum(costs)),
    ];
  });
  const sumRow: Row = [
    boldText('Sum'),
    ...fixed.slice(1).map(() => null),
    ...yearTotals.map((total) => kroner(total, true)),
    kroner(sum(yearTotals), true),
  ];
  return {
    sheet: SHEET_NAMES.activities,
    data: [columns.map((c) => header(c.title)), ...rows, sumRow],
    columns: columns.map(({ width }) => ({ width })),
    stickyRowsCount: 1,
  };
}

/** Husbanken's yearly table, one block per programme year, each with its sum row. */
function yearlySheet(plan: Plan): WorkbookSheet {
  const sources = plan.budget.sources;
  const data: SheetData = [
    [
      header('År'),
      header('Satsningsområde'),
      header('Kostnad'),
      ...sources.map((s) => header(s.name)),
      header('Sum finansiering'),
    ],
  ];
  programmeYears(plan).forEach((year, index) => {
    if (index > 0) data.push([]);
    const table = yearlyBudgetByFocusArea(plan, year);
    for (const row of table.rows) {
      data.push([
        { value: year, type: Number, alignVertical: 'top' },
        text(row.label),
        kroner(row.cost),
        ...row.bySource.map((amount) => kroner(amount)),
        kroner(row.financed),
      ]);
    }
    data.push([
      { value: year, type: Number, fontWeight: 'bold' },
      boldText(`Sum ${year}`),
      kroner(table.sum.cost, true),
      ...table.sum.bySource.map((amount) => kroner(amount, true)),
      kroner(table.sum.financed, true),
    ]);
  });
  return {
    sheet: SHEET_NAMES.yearly,
    data,
    columns: [
      { width: 8 },
      { width: 40 },
      { width: 15 },
      ...sources.map(() => ({ width: 18 })),
      { width: 18 },
    ],
    stickyRowsCount: 1,
  };
}

/** Years as columns: cost per focus area and in total, then what each source pays. */
function multiYearSheet(plan: Plan): WorkbookSheet {
  const years = programmeYears(plan);
  const overview = multiYearOverview(plan);
  const yearly = years.map((year) => yearlyBudgetByFocusArea(plan, year));
  const line = (label: string, values: number[], bold = false): Row => [
    bold ? boldText(label) : text(label),
    ...values.map((v) => kroner(v, bold)),
    kroner(sum(values), bold),
  ];
  const costRows = (yearly[0]?.rows ?? []).map((row, i) =>
    line(
      row.label,
      yearly.map((table) => table.rows[i]!.cost),
    ),
  );
  const data: SheetData = [
    [header('Kostnad og finansiering'), ...years.map((y) => header(String(y))), header('Sum')],
    ...costRows,
    line(
      'Sum kostnad',
      overview.rows.map((r) => r.cost),
      true,
    ),
    [],
    ...plan.budget.sources.map((source, i) =>
      line(
        source.name,
        overview.rows.map((r) => r.bySource[i]!),
      ),
    ),
    line(
      'Sum finansiering',
      overview.rows.map((r) => r.financed),
      true,
    ),
  ];
  return {
    sheet: SHEET_NAMES.multiYear,
    data,
    columns: [{ width: 40 }, ...years.map(() => ({ width: 15 })), { width: 16 }],
    stickyRowsCount: 1,
  };
}

function sum(values: number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
