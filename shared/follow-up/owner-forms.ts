import { z } from 'zod';
import type { Plan } from '../model/plan';
import { partyNamer } from '../model/party-name';
import type { PartyRef } from '../model/primitives';
import {
  reportKindLabel,
  reportPeriodLabel,
  type ReportEntry,
  type StatusReport,
} from '../model/status-report';
import { spentInYear } from '../budget/spending';
import { formatDate } from '../format/dates';
import { formatPartialDate } from '../format/partial-date';

// Status forms for measure owners who do not use the app: one workbook per owner with their
// measures of an open report. The form carries what it was made from (plan, report, owner, the
// values as exported, a fingerprint of the locked cells) so reading it back can tell a filled
// form from an altered or foreign one, and an owner's change from a change made in the app since.

export const OWNER_FORM_VERSION = 1;

/** Who a form is for: «person:…», «body:…», «partner:…», or «none» for measures without owner. */
export type OwnerKey = string;
export const NO_OWNER_KEY = 'none';
export const NO_OWNER_NAME = 'Uten ansvarlig';

export const ownerKeyOf = (ref: PartyRef | null): OwnerKey =>
  ref ? `${ref.kind}:${ref.id}` : NO_OWNER_KEY;

/** The fields of a report entry an owner may fill in. */
export const entryFieldKeys = [
  'status',
  'progress',
  'done',
  'challenges',
  'correctiveAction',
] as const;
export type EntryFieldKey = (typeof entryFieldKeys)[number];

export type CellValue = string | number | null;

export const cellValueSchema = z.union([z.string().max(100_000), z.number(), z.null()]);

export const ownerFormColumnSchema = z.strictObject({
  /** 'measureId', a locked context key, an entry field, or «spent:<sourceId>». */
  key: z.string().max(200),
  header: z.string().max(300),
  kind: z.enum(['id', 'text', 'date', 'status', 'progress', 'kroner']),
  editable: z.boolean(),
  /** Column width in characters, for a readable sheet. */
  width: z.number().min(1).max(255),
});
export type OwnerFormColumn = z.infer<typeof ownerFormColumnSchema>;

export const ownerFormRowSchema = z.strictObject({
  measureId: z.string(),
  cells: z.array(cellValueSchema),
});
export type OwnerFormRow = z.infer<typeof ownerFormRowSchema>;

/** Travels hidden in the workbook; read back with ownerFormMetaSchema. */
export const ownerFormMetaSchema = z.strictObject({
  app: z.literal('Planverksted'),
  formVersion: z.int(),
  planId: z.string(),
  reportId: z.string(),
  periodLabel: z.string(),
  ownerKey: z.string(),
  ownerName: z.string(),
  year: z.int(),
  /** The columns in order: a moved, renamed or removed column is found by comparing headers. */
  columns: z.array(ownerFormColumnSchema.omit({ width: true })),
  /** Hash of all locked cells: changes when anything the owner should not touch changes. */
  fingerprint: z.string(),
  rows: z.array(
    z.strictObject({
      measureId: z.string(),
      /** Hash of this row's locked cells, to say which row was altered. */
      fingerprint: z.string(),
      /** The editable values as exported, keyed like the columns: tells whose change it is. */
      base: z.record(z.string(), cellValueSchema),
    }),
  ),
});
export type OwnerFormMeta = z.infer<typeof ownerFormMetaSchema>;

export const ownerFormSchema = z.strictObject({
  ownerKey: z.string(),
  ownerName: z.string(),
  /** «Boligkontoret – status 1. halvår 2027», without extension. */
  fileName: z.string().min(1).max(200),
  /** Lines above the table: what the form is and how to fill it in. */
  title: z.string(),
  intro: z.array(z.string()),
  columns: z.array(ownerFormColumnSchema),
  rows: z.array(ownerFormRowSchema),
  meta: ownerFormMetaSchema,
});
export type OwnerForm = z.infer<typeof ownerFormSchema>;

export const spentKey = (sourceId: string) => `spent:${sourceId}`;
export const isSpentKey = (key: string) => key.startsWith('spent:');
export const sourceIdOfKey = (key: string) => key.slice('spent:'.length);

export const statusHelp = 'n = ny, v = videreført, g = gjennomført, a = avviklet';

/** Columns in sheet order; editable ones last so the owner works left to right. */
export function ownerFormColumns(plan: Plan, report: StatusReport): OwnerFormColumn[] {
  const year = report.period.year;
  const sources = report.context.sources.length
    ? report.context.sources
    : plan.budget.sources.map((s) => ({ id: s.id, name: s.name }));
  return [
    { key: 'measureId', header: 'Tiltaks-ID', kind: 'id', editable: false, width: 12 },
    { key: 'code', header: 'Kode', kind: 'text', editable: false, width: 8 },
    { key: 'title', header: 'Tiltak', kind: 'text', editable: false, width: 32 },
    { key: 'focusArea', header: 'Innsatsområde', kind: 'text', editable: false, width: 22 },
    {
      key: 'expectedResult',
      header: 'Planlagt resultat',
      kind: 'text',
      editable: false,
      width: 32,
    },
    { key: 'startDate', header: 'Oppstart', kind: 'date', editable: false, width: 14 },
    { key: 'endDate', header: 'Slutt', kind: 'date', editable: false, width: 14 },
    { key: 'status', header: 'Status (n/v/g/a)', kind: 'status', editable: true, width: 10 },
    { key: 'progress', header: 'Framdrift (%)', kind: 'progress', editable: true, width: 13 },
    {
      key: 'done',
      header: 'Kommentar / gjennomført i perioden',
      kind: 'text',
      editable: true,
      width: 40,
    },
    { key: 'challenges', header: 'Særlige utfordringer', kind: 'text', editable: true, width: 32 },
    {
      key: 'correctiveAction',
      header: 'Korrigerende tiltak',
      kind: 'text',
      editable: true,
      width: 32,
    },
    ...sources.map((s) => ({
      key: spentKey(s.id),
      header: `Regnskap ${year} – ${s.name.trim() || 'Finansieringskilde'} (kr)`,
      kind: 'kroner' as const,
      editable: true,
      width: 20,
    })),
  ];
}

/** The value a column shows for one report line (and the live measure's spending). */
export function cellValue(
  plan: Plan,
  report: StatusReport,
  entry: ReportEntry,
  column: OwnerFormColumn,
): CellValue {
  const m = entry.measure;
  switch (column.key) {
    case 'measureId':
      return entry.measureId;
    case 'code':
      return m.code;
    case 'title':
      return m.title;
    case 'focusArea': {
      const area = report.context.focusAreas.find((f) => f.id === m.focusAreaId);
      return area ? `${area.code} ${area.name}`.trim() : '';
    }
    case 'expectedResult':
      return m.expectedResult;
    case 'startDate':
      return formatPartialDate(m.startDate);
    case 'endDate':
      return formatPartialDate(m.endDate);
    case 'status':
      return entry.status;
    case 'progress':
      return entry.progress;
    case 'done':
    case 'challenges':
    case 'correctiveAction':
      return entry[column.key];
  }
  if (isSpentKey(column.key)) {
    const measure = plan.measures.find((x) => x.id === entry.measureId);
    if (!measure) return null;
    return spentInYear(measure.spent, report.period.year).get(sourceIdOfKey(column.key)) ?? null;
  }
  return null;
}

/**
 * A short, stable string hash (cyrb53). Not for secrecy: it only notices that locked cells no
 * longer read as they were written.
 */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** How a locked cell compares: spreadsheets may drop empty strings or trim; these do not count. */
export const lockedCellText = (value: CellValue): string =>
  value === null ? '' : String(value).replace(/\r\n/g, '\n').trim();

export function rowFingerprint(
  columns: readonly Pick<OwnerFormColumn, 'editable'>[],
  cells: readonly CellValue[],
) {
  return hashText(
    JSON.stringify(
      columns.flatMap((c, i) => (c.editable ? [] : [lockedCellText(cells[i] ?? null)])),
    ),
  );
}

export function formFingerprint(
  headers: readonly string[],
  rowFingerprints: readonly string[],
): string {
  return hashText(JSON.stringify([headers, rowFingerprints]));
}

/** A name a file system accepts on every platform; the owner's name may hold «/» or «:». */
function safeFileName(text: string): string {
  const cleaned = text
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return cleaned.slice(0, 150) || 'Skjema';
}

/**
 * One form per owner of the report's measures (the owner as the plan names them now), in the
 * order owners first appear; measures without owner share one form «Uten ansvarlig».
 */
export function buildOwnerForms(plan: Plan, report: StatusReport): OwnerForm[] {
  // The short name: it becomes a file name («Lise Fjellvang – status …»).
  const name = partyNamer(plan, 'short');
  const measures = new Map(plan.measures.map((m) => [m.id, m]));
  const groups = new Map<OwnerKey, { ownerName: string; entries: ReportEntry[] }>();
  for (const entry of report.entries) {
    const measure = measures.get(entry.measureId);
    // A measure deleted since the report was taken is no one's to fill in.
    if (!measure) continue;
    const key = ownerKeyOf(measure.owner);
    const ownerName = name(measure.owner).trim() || NO_OWNER_NAME;
    const group = groups.get(key) ?? { ownerName, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  const columns = ownerFormColumns(plan, report);
  const headers = columns.map((c) => c.header);
  const period = reportPeriodLabel(report.period);
  const usedNames = new Set<string>();
  return [...groups].map(([ownerKey, { ownerName, entries }]) => {
    const rows = entries.map((entry) => ({
      measureId: entry.measureId,
      cells: columns.map((c) => cellValue(plan, report, entry, c)),
    }));
    const metaRows = rows.map((row) => ({
      measureId: row.measureId,
      fingerprint: rowFingerprint(columns, row.cells),
      base: Object.fromEntries(
        columns.flatMap((c, i) => (c.editable ? [[c.key, row.cells[i] ?? null]] : [])),
      ),
    }));
    let fileName = safeFileName(`${ownerName} – status ${period}`);
    for (let n = 2; usedNames.has(fileName.toLowerCase()); n++)
      fileName = safeFileName(`${ownerName} (${n}) – status ${period}`);
    usedNames.add(fileName.toLowerCase());
    return {
      ownerKey,
      ownerName,
      fileName,
      title: `${reportKindLabel(report.period)} ${period} – ${ownerName}`,
      intro: [
        `${report.context.planTitle}${report.deadline ? ` · frist ${formatDate(report.deadline)}` : ''}`,
        `Fyll ut de gule feltene: status (${statusHelp}), framdrift i hele prosent (0–100), kommentar, utfordringer, korrigerende tiltak og regnskap i hele kroner for ${report.period.year}. De grå feltene er låst. Ikke legg til, flytt eller slett kolonner eller rader.`,
      ],
      columns,
      rows,
      meta: {
        app: 'Planverksted',
        formVersion: OWNER_FORM_VERSION,
        planId: plan.id,
        reportId: report.id,
        periodLabel: period,
        ownerKey,
        ownerName,
        year: report.period.year,
        columns: columns.map(({ key, header, kind, editable }) => ({
          key,
          header,
          kind,
          editable,
        })),
        fingerprint: formFingerprint(
          headers,
          metaRows.map((r) => r.fingerprint),
        ),
        rows: metaRows,
      },
    };
  });
}
