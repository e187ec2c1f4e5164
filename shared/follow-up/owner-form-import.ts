import { z } from 'zod';
import type { Plan } from '../model/plan';
import { measureStatusLabels, measureStatuses, type MeasureStatus } from '../model/measures';
import { reportPeriodLabel, type StatusReport } from '../model/status-report';
import { spentInYear } from '../budget/spending';
import { formatKroner, parseKronerInput } from '../format/numbers';
import { findReport, isReportLocked, updateReportEntry } from '../plan/report-operations';
import type { ReportEntryFields } from '../plan/report-operations';
import { setMeasureSpent } from '../plan/spending-operations';
import { displayCodeAmong } from '../plan/measure-groups';
import {
  cellValueSchema,
  entryFieldKeys,
  formFingerprint,
  isSpentKey,
  OWNER_FORM_VERSION,
  ownerFormMetaSchema,
  rowFingerprint,
  sourceIdOfKey,
  type CellValue,
  type EntryFieldKey,
  type OwnerFormMeta,
} from './owner-forms';

// Reading filled owner forms back: what each file would change, what two files (or a file and
// the app) disagree on, and which files are refused and why. Nothing here changes the plan until
// applyOwnerFormImport, which makes every accepted change in one edit (one undo step).

/** A workbook as the main process read it: the hidden form data, the header row, the rows. */
export const parsedOwnerFormSchema = z.strictObject({
  fileName: z.string(),
  /** The form data written hidden in the workbook (JSON), or null when it is gone. */
  meta: z.string().max(5_000_000).nullable(),
  headers: z.array(z.string().max(1000)),
  rows: z.array(z.strictObject({ row: z.int(), cells: z.array(cellValueSchema) })),
});
export type ParsedOwnerForm = z.infer<typeof parsedOwnerFormSchema>;

export const readOwnerFormSchema = z.union([
  z.strictObject({ ok: z.literal(true), form: parsedOwnerFormSchema }),
  z.strictObject({ ok: z.literal(false), fileName: z.string(), message: z.string() }),
]);
export type ReadOwnerForm = z.infer<typeof readOwnerFormSchema>;

export interface ImportSource {
  fileName: string;
  ownerName: string;
}

export interface FieldChange {
  measureId: string;
  /** «1.2 Boveiledning»: the measure as the report names it. */
  measureLabel: string;
  field: string;
  fieldLabel: string;
  before: CellValue;
  after: CellValue;
  from: ImportSource[];
}

export interface ImportConflict {
  id: string;
  measureId: string;
  measureLabel: string;
  field: string;
  fieldLabel: string;
  /** The app's value now. */
  appValue: CellValue;
  /** The app's value was changed after the form was exported. */
  appChanged: boolean;
  /** One option per distinct value the files give. */
  options: { value: CellValue; from: ImportSource[] }[];
}

export interface RefusedFile {
  fileName: string;
  message: string;
  problems: string[];
}

export interface OwnerFormPreview {
  reportId: string;
  year: number;
  changes: FieldChange[];
  conflicts: ImportConflict[];
  refused: RefusedFile[];
  accepted: (ImportSource & { changeCount: number })[];
}

/** Per conflict: keep the app's value, or take the value of option n. */
export type ConflictDecisions = Record<string, 'app' | number>;

const MAX_LISTED_PROBLEMS = 8;

/** Equal as far as the plan is concerned: no status ≡ empty, no spending ≡ 0, line breaks. */
function normalize(kind: string, value: CellValue): CellValue {
  if (kind === 'kroner') return value === null || value === 0 ? null : value;
  if (kind === 'status' || kind === 'text') {
    const text = value === null ? '' : String(value).replace(/\r\n?/g, '\n');
    return kind === 'status' && text === '' ? null : text;
  }
  return value;
}

const statusByWord: Record<string, MeasureStatus> = Object.fromEntries([
  ...measureStatuses.map((s) => [s, s]),
  ...measureStatuses.map((s) => [measureStatusLabels[s].toLowerCase(), s]),
]);

type Parsed = { ok: true; value: CellValue } | { ok: false; message: string };

/** One editable cell as the owner left it, in the plan's terms. */
function parseCell(kind: string, raw: CellValue): Parsed {
  const text = raw === null ? '' : String(raw).trim();
  switch (kind) {
    case 'status': {
      if (text === '') return { ok: true, value: null };
      const status = statusByWord[text.toLowerCase()];
      return status
        ? { ok: true, value: status }
        : { ok: false, message: `«${text}» er ikke en gyldig status (bruk n, v, g eller a)` };
    }
    case 'progress': {
      if (text === '') return { ok: true, value: 0 };
      // A percent-formatted cell holds 0.7 for 70 %; the form's cell is a plain number.
      const value =
        typeof raw === 'number' ? raw : Number(text.replace(/\s*%$/, '').replace(',', '.'));
      return Number.isInteger(value) && value >= 0 && value <= 100
        ? { ok: true, value }
        : { ok: false, message: `«${text}» er ikke et helt tall fra 0 til 100` };
    }
    case 'kroner': {
      if (typeof raw === 'number') {
        return Number.isInteger(raw) && raw >= 0
          ? { ok: true, value: raw === 0 ? null : raw }
          : { ok: false, message: `«${text}» er ikke et beløp i hele kroner` };
      }
      const parsed = parseKronerInput(text);
      return parsed.ok
        ? { ok: true, value: parsed.value === 0 ? null : parsed.value }
        : { ok: false, message: `«${text}»: ${parsed.message}` };
    }
    default:
      return { ok: true, value: raw === null ? '' : String(raw) };
  }
}

/** The app's current value of one editable field. */
function appValue(plan: Plan, report: StatusReport, measureId: string, key: string): CellValue {
  if (isSpentKey(key)) {
    const measure = plan.measures.find((m) => m.id === measureId);
    if (!measure) return null;
    return spentInYear(measure.spent, report.period.year).get(sourceIdOfKey(key)) ?? null;
  }
  const entry = report.entries.find((e) => e.measureId === measureId);
  if (!entry) return null;
  return entry[key as EntryFieldKey] ?? null;
}

/** Shows a value in the preview: «g – Gjennomført», «70 %», «250 000 kr», or the text. */
export function describeValue(kind: string, value: CellValue): string {
  if (value === null || value === '') return kind === 'status' ? 'ikke angitt' : '(tom)';
  if (kind === 'status' && typeof value === 'string' && value in measureStatusLabels)
    return `${value} – ${measureStatusLabels[value as MeasureStatus]}`;
  if (kind === 'progress') return `${value} %`;
  if (kind === 'kroner' && typeof value === 'number') return formatKroner(value);
  return String(value);
}

interface Candidate extends ImportSource {
  measureId: string;
  key: string;
  value: CellValue;
  base: CellValue;
}

type FileOutcome =
  | { ok: true; source: ImportSource; candidates: Candidate[]; meta: OwnerFormMeta }
  | { ok: false; refused: RefusedFile };

function refuse(fileName: string, message: string, problems: string[] = []): FileOutcome {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  if (problems.length > listed.length) listed.push(`… og ${problems.length - listed.length} til.`);
  return { ok: false, refused: { fileName, message, problems: listed } };
}

function readMeta(text: string | null): OwnerFormMeta | null {
  if (!text) return null;
  try {
    const parsed = ownerFormMetaSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const trimHeaders = (headers: readonly string[]) => {
  const list = headers.map((h) => h.trim());
  while (list.length && list.at(-1) === '') list.pop();
  return list;
};

function checkFile(plan: Plan, report: StatusReport, form: ParsedOwnerForm): FileOutcome {
  const name = form.fileName;
  const meta = readMeta(form.meta);
  if (!meta)
    return refuse(
      name,
      `«${name}» er ikke et statusskjema fra Planverksted, eller opplysningene skjemaet trenger er fjernet. Lag et nytt skjema og fyll ut det.`,
    );
  if (meta.formVersion > OWNER_FORM_VERSION)
    return refuse(name, `«${name}» er laget av en nyere versjon av Planverksted.`);
  if (meta.planId !== plan.id) return refuse(name, `«${name}» hører til en annen plan.`);
  if (meta.reportId !== report.id) {
    const other = findReport(plan, meta.reportId);
    return refuse(
      name,
      `«${name}» gjelder ${other ? `rapporten for ${reportPeriodLabel(other.period)}` : `en rapport som ikke finnes lenger (${meta.periodLabel})`}, ikke ${reportPeriodLabel(report.period)}.`,
    );
  }
  if (isReportLocked(report))
    return refuse(
      name,
      `Rapporten for ${reportPeriodLabel(report.period)} er levert og låst. Lås den opp før du leser inn skjema.`,
    );

  // Structure: the header row must read as written.
  const expected = meta.columns.map((c) => c.header);
  const headers = trimHeaders(form.headers);
  if (JSON.stringify(headers) !== JSON.stringify(expected)) {
    const missing = expected.filter((h) => !headers.includes(h));
    const added = headers.filter((h) => h !== '' && !expected.includes(h));
    const problems = [
      ...missing.map((h) => `kolonnen «${h}» mangler`),
      ...added.map((h) => `kolonnen «${h}» er lagt til`),
    ];
    if (!problems.length) problems.push('kolonnene er flyttet');
    return refuse(name, `Skjemaet «${name}» er endret: ${problems.join(', ')}.`, []);
  }

  const labels = new Map(
    report.entries.map((e) => [
      e.measureId,
      `${displayCodeAmong(
        report.entries.map((x) => x.measure),
        e.measure,
      )} ${e.measure.title}`.trim(),
    ]),
  );
  const metaRows = new Map(meta.rows.map((r) => [r.measureId, r]));
  const idColumn = meta.columns.findIndex((c) => c.key === 'measureId');
  const problems: string[] = [];
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  const source = { fileName: name, ownerName: meta.ownerName };
  const rowFingerprints = new Map<string, string>();

  for (const row of form.rows) {
    if (row.cells.every((c) => c === null || String(c).trim() === '')) continue;
    const id = idColumn >= 0 ? String(row.cells[idColumn] ?? '').trim() : '';
    const metaRow = metaRows.get(id);
    if (!metaRow || seen.has(id)) {
      problems.push(`rad ${row.row} er lagt til eller har fått endret tiltaks-ID`);
      continue;
    }
    seen.add(id);
    const label = labels.get(id) ?? id;
    const cells = meta.columns.map((_, i) => row.cells[i] ?? null);
    const fingerprint = rowFingerprint(meta.columns, cells);
    rowFingerprints.set(id, fingerprint);
    if (fingerprint !== metaRow.fingerprint) {
      const locked = meta.columns.filter((c) => !c.editable).map((c) => c.header);
      problems.push(
        `rad ${row.row} («${label}»): en låst celle er endret (${locked.slice(1).join(', ')})`,
      );
      continue;
    }
    if (!labels.has(id)) {
      problems.push(`rad ${row.row}: tiltaket finnes ikke i rapporten lenger`);
      continue;
    }
    meta.columns.forEach((column, i) => {
      if (!column.editable) return;
      const parsed = parseCell(column.kind, cells[i] ?? null);
      if (!parsed.ok) {
        problems.push(
          `rad ${row.row} («${label}»), kolonnen «${column.header}»: ${parsed.message}`,
        );
        return;
      }
      const base = normalize(column.kind, metaRow.base[column.key] ?? null);
      const value = normalize(column.kind, parsed.value);
      if (value !== base)
        candidates.push({ ...source, measureId: id, key: column.key, value, base });
    });
  }
  for (const r of meta.rows) {
    if (!seen.has(r.measureId))
      problems.push(`raden for «${labels.get(r.measureId) ?? r.measureId}» mangler`);
  }
  if (
    !problems.length &&
    formFingerprint(
      expected,
      meta.rows.map((r) => rowFingerprints.get(r.measureId) ?? ''),
    ) !== meta.fingerprint
  )
    problems.push('de låste cellene stemmer ikke med skjemaet slik det ble laget');
  if (problems.length)
    return refuse(
      name,
      `Skjemaet «${name}» kan ikke leses inn. Rett dette i filen, eller lag et nytt skjema:`,
      problems,
    );
  return { ok: true, source, candidates, meta };
}

/**
 * What reading these forms into the report would do. Each file is checked on its own and either
 * refused whole (with every reason) or accepted; a change the owner made is a cell that differs
 * from the value the form was exported with. Two files giving different values for one field,
 * or a file changing a field the app has changed since export, is a conflict for the user.
 */
export function previewOwnerFormImport(
  plan: Plan,
  reportId: string,
  files: readonly ReadOwnerForm[],
): OwnerFormPreview {
  const report = findReport(plan, reportId);
  const refused: RefusedFile[] = [];
  const accepted: OwnerFormPreview['accepted'] = [];
  const all: Candidate[] = [];
  const kinds = new Map<string, { kind: string; header: string }>();
  for (const file of files) {
    if (!file.ok) {
      refused.push({ fileName: file.fileName, message: file.message, problems: [] });
      continue;
    }
    if (!report) {
      refused.push({
        fileName: file.form.fileName,
        message: 'Rapporten finnes ikke lenger.',
        problems: [],
      });
      continue;
    }
    const outcome = checkFile(plan, report, file.form);
    if (!outcome.ok) {
      refused.push(outcome.refused);
      continue;
    }
    for (const c of outcome.meta.columns) kinds.set(c.key, { kind: c.kind, header: c.header });
    accepted.push({ ...outcome.source, changeCount: 0 });
    all.push(...outcome.candidates);
  }
  const changes: FieldChange[] = [];
  const conflicts: ImportConflict[] = [];
  if (report) {
    const groups = new Map<string, Candidate[]>();
    for (const c of all) {
      const key = `${c.measureId}|${c.key}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    const order = new Map(report.entries.map((e, i) => [e.measureId, i]));
    const fieldOrder = [...kinds.keys()];
    const sorted = [...groups].sort(
      ([, [a]], [, [b]]) =>
        (order.get(a!.measureId) ?? 0) - (order.get(b!.measureId) ?? 0) ||
        fieldOrder.indexOf(a!.key) - fieldOrder.indexOf(b!.key),
    );
    for (const [id, group] of sorted) {
      const first = group[0]!;
      const column = kinds.get(first.key) ?? { kind: 'text', header: first.key };
      const now = normalize(column.kind, appValue(plan, report, first.measureId, first.key));
      const relevant = group.filter((c) => c.value !== now);
      if (!relevant.length) continue;
      const options: ImportConflict['options'] = [];
      for (const c of relevant) {
        const option = options.find((o) => o.value === c.value);
        const from = { fileName: c.fileName, ownerName: c.ownerName };
        if (option) option.from.push(from);
        else options.push({ value: c.value, from: [from] });
      }
      const appChanged = relevant.some((c) => c.base !== now);
      const entry = report.entries.find((e) => e.measureId === first.measureId);
      const measureLabel = entry
        ? `${displayCodeAmong(
            report.entries.map((e) => e.measure),
            entry.measure,
          )} ${entry.measure.title}`.trim()
        : first.measureId;
      const common = {
        measureId: first.measureId,
        measureLabel,
        field: first.key,
        fieldLabel: column.header,
      };
      if (options.length > 1 || appChanged) {
        conflicts.push({ id, ...common, appValue: now, appChanged, options });
      } else {
        changes.push({ ...common, before: now, after: options[0]!.value, from: options[0]!.from });
      }
    }
    for (const a of accepted) {
      a.changeCount = [
        ...changes.filter((c) => c.from.some((f) => f.fileName === a.fileName)),
        ...conflicts.filter((c) =>
          c.options.some((o) => o.from.some((f) => f.fileName === a.fileName)),
        ),
      ].length;
    }
  }
  return {
    reportId,
    year: report?.period.year ?? 0,
    changes,
    conflicts,
    refused,
    accepted,
  };
}

/** The kind of a field, for describeValue: «spent:…» is kroner, entry fields are named. */
export function fieldKind(field: string): string {
  if (isSpentKey(field)) return 'kroner';
  if (field === 'status' || field === 'progress') return field;
  return 'text';
}

/**
 * Makes the previewed changes, and each conflict as decided (undecided: the app's value stays),
 * as one new plan: the caller hands it to the session as one edit, so one undo takes it all back.
 */
export function applyOwnerFormImport(
  plan: Plan,
  preview: OwnerFormPreview,
  decisions: ConflictDecisions = {},
): Plan {
  const report = findReport(plan, preview.reportId);
  if (!report || isReportLocked(report)) return plan;
  const chosen: { measureId: string; field: string; value: CellValue }[] = preview.changes.map(
    (c) => ({ measureId: c.measureId, field: c.field, value: c.after }),
  );
  for (const conflict of preview.conflicts) {
    const decision = decisions[conflict.id] ?? 'app';
    if (decision === 'app') continue;
    const option = conflict.options[decision];
    if (option)
      chosen.push({ measureId: conflict.measureId, field: conflict.field, value: option.value });
  }
  const entryFields = new Map<string, ReportEntryFields>();
  let next = plan;
  for (const { measureId, field, value } of chosen) {
    if (isSpentKey(field)) {
      next = setMeasureSpent(
        next,
        measureId,
        report.period.year,
        sourceIdOfKey(field),
        typeof value === 'number' ? value : null,
      );
    } else if ((entryFieldKeys as readonly string[]).includes(field)) {
      const fields = entryFields.get(measureId) ?? {};
      entryFields.set(measureId, { ...fields, [field]: value });
    }
  }
  for (const [measureId, fields] of entryFields)
    next = updateReportEntry(next, preview.reportId, measureId, fields);
  return next;
}
