import type { Migration } from './migrations';

// Version 1 stored a status report as a label («1. halvår 2014»), a kind and bare entries
// (status, progress, comment). Version 2 keeps a period and a snapshot of each measure. This step
// reads the old shape loosely: it runs before validation, on whatever the file holds.

type Loose = Record<string, unknown>;
const record = (value: unknown): Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const date = (value: unknown): string | null =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;

/** The period an old label names; the plan's first year when the label names none. */
export function periodFromLabel(
  label: string,
  kind: unknown,
  fallbackYear: number,
): { year: number; part: 'h1' | 'h2' | 'year' } {
  const year = Number(/\b(19|20|21)\d{2}\b/.exec(label)?.[0] ?? fallbackYear);
  const half = /([12])\s*\.?\s*halvår/i.exec(label)?.[1];
  if (half === '2') return { year, part: 'h2' };
  if (half === '1') return { year, part: 'h1' };
  return { year, part: kind === 'ar' ? 'year' : 'h1' };
}

export const migrateV1Reports: Migration = (doc) => {
  const info = record(doc.info);
  const fallbackYear =
    typeof info.periodStart === 'number' ? info.periodStart : new Date().getFullYear();
  const measures = new Map(list(doc.measures).map((m) => [text(record(m).id), record(m)]));
  const focusAreas = list(doc.focusAreas).map((f) => record(f));
  const sources = list(record(doc.budget).sources).map((s) => record(s));
  const statusReports = list(doc.statusReports).map((value) => {
    const old = record(value);
    const submittedDate = date(old.submittedDate);
    return {
      id: old.id,
      period: periodFromLabel(text(old.periodLabel), old.kind, fallbackYear),
      deadline: date(old.deadline),
      submittedDate,
      summary: text(old.summary),
      context: {
        takenDate: submittedDate ?? date(old.deadline) ?? `${fallbackYear}-01-01`,
        planTitle: text(info.title),
        municipality: text(info.district).trim() || text(info.municipality),
        programmeLeader: '',
        focusAreas: focusAreas.map((f) => ({
          id: f.id,
          code: text(f.code),
          name: text(f.title),
        })),
        sources: sources.map((s) => ({ id: s.id, name: text(s.name), kind: s.kind })),
        programmeManagement: [],
        needFigures: [],
        indicators: [],
      },
      entries: list(old.entries).map((e) => {
        const entry = record(e);
        const measure = measures.get(text(entry.measureId)) ?? {};
        return {
          measureId: entry.measureId,
          measure: {
            code: text(measure.code),
            title: text(measure.title),
            description: text(measure.description),
            expectedResult: text(measure.expectedResult),
            focusAreaId: measure.focusAreaId ?? focusAreas[0]?.id ?? 'ukjent',
            startDate: date(measure.startDate),
            endDate: date(measure.endDate),
            // Version 1 kept no names with a report; the snapshot starts without them.
            ownerName: '',
            partnerNames: [],
            sharedProject: measure.sharedProject != null,
            ledBy: null,
            money: [],
          },
          status: entry.status ?? null,
          progress: entry.progress ?? 0,
          done: text(entry.comment),
          challenges: '',
          correctiveAction: '',
        };
      }),
      subGoalNarratives: [],
      unlocks: [],
    };
  });
  return { ...doc, statusReports };
};
