import { z } from 'zod';
import { measureStatusSchema, progressSchema } from './measures';
import { financingSourceKinds } from './budget';
import { indicatorPointSchema } from './goals';
import { measurementSchema, needFigureSchema } from './need-figures';
import {
  idSchema,
  isoDateSchema,
  kronerSchema,
  partialDateSchema,
  textSchema,
  yearSchema,
} from './primitives';

/** The periods Husbanken asks reports for: each half-year, and the whole year. */
export const reportPeriodParts = ['h1', 'h2', 'year'] as const;
export type ReportPeriodPart = (typeof reportPeriodParts)[number];
export const reportPeriodSchema = z.strictObject({
  year: yearSchema,
  part: z.enum(reportPeriodParts),
});
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

/** Budget and spending of one financing source in the report's year, as they were then. */
export const reportMoneySchema = z.strictObject({
  sourceId: idSchema,
  budget: kronerSchema,
  spent: kronerSchema,
});
export type ReportMoney = z.infer<typeof reportMoneySchema>;

/**
 * What a measure looked like when the report was taken (or last refreshed while open). A report
 * reads from this, never from the live plan, so a submitted report says the same thing forever,
 * even after the measure is renamed, moved or deleted.
 */
export const measureSnapshotSchema = z.strictObject({
  code: textSchema,
  title: textSchema,
  description: textSchema,
  expectedResult: textSchema,
  focusAreaId: idSchema,
  /** A year, a month or a day, as entered (see partialDateSchema). */
  startDate: partialDateSchema.nullable(),
  endDate: partialDateSchema.nullable(),
  ownerName: textSchema,
  partnerNames: z.array(textSchema),
  sharedProject: z.boolean(),
  /**
   * A shared project led and financed by another district: that district's name («» when not
   * named). Its money is shown on its line but not counted in the report's sums. null otherwise,
   * and for reports taken before this was recorded.
   */
  ledBy: textSchema.nullable().default(null),
  money: z.array(reportMoneySchema),
});
export type MeasureSnapshot = z.infer<typeof measureSnapshotSchema>;

/** One measure's line in a report: the snapshot and what the owner reports for the period. */
export const reportEntrySchema = z.strictObject({
  measureId: idSchema,
  measure: measureSnapshotSchema,
  /** null: not reported yet for this period («ikke angitt»). */
  status: measureStatusSchema.nullable(),
  progress: progressSchema,
  /** What was done in the period. */
  done: textSchema,
  challenges: textSchema,
  correctiveAction: textSchema,
});
export type ReportEntry = z.infer<typeof reportEntrySchema>;

/** Plan-level facts a report shows, frozen with it. */
export const reportContextSchema = z.strictObject({
  /** When the snapshot was last taken from the plan (ISO date). */
  takenDate: isoDateSchema,
  planTitle: textSchema,
  /** «Bydel Grorud» or «Bærum kommune»: who reports. */
  municipality: textSchema,
  programmeLeader: textSchema,
  focusAreas: z.array(
    z.strictObject({
      id: idSchema,
      code: textSchema,
      name: textSchema,
      /** The area's own line («Felles for satsningsområdet») in the report's year, per source. */
      money: z.array(reportMoneySchema).default([]),
    }),
  ),
  sources: z.array(
    z.strictObject({ id: idSchema, name: textSchema, kind: z.enum(financingSourceKinds) }),
  ),
  programmeManagement: z.array(reportMoneySchema),
  /** Husbanken's need figures A/B/C of the report's year. */
  needFigures: z.array(needFigureSchema),
  /** Each result goal's indicator with the values measured by the end of the period. */
  indicators: z.array(
    z.strictObject({
      resultGoalId: idSchema,
      /** «Resultatmål 1.1.1 Færre i midlertidig bolig» */
      heading: textSchema,
      name: textSchema,
      unit: textSchema,
      baseline: indicatorPointSchema.nullable(),
      target: indicatorPointSchema.nullable(),
      measurements: z.array(measurementSchema),
    }),
  ),
});
export type ReportContext = z.infer<typeof reportContextSchema>;

/** The group's text on how a sub-goal went in the period («Samlet resultat innenfor 1.1»). */
export const subGoalNarrativeSchema = z.strictObject({
  subGoalId: idSchema,
  /** The sub-goal's number and title when written, so the text keeps its heading. */
  heading: textSchema,
  text: textSchema,
});

/** A submitted report is locked; reopening it is written down with a reason. */
export const reportUnlockSchema = z.strictObject({
  date: isoDateSchema,
  reason: textSchema,
});

/** A half-year or annual status report to Husbanken: a frozen picture of every measure. */
export const statusReportSchema = z.strictObject({
  id: idSchema,
  period: reportPeriodSchema,
  deadline: isoDateSchema.nullable(),
  submittedDate: isoDateSchema.nullable(),
  summary: textSchema,
  context: reportContextSchema,
  entries: z.array(reportEntrySchema),
  subGoalNarratives: z.array(subGoalNarrativeSchema),
  unlocks: z.array(reportUnlockSchema),
});
export type StatusReport = z.infer<typeof statusReportSchema>;

export const reportPeriodPartLabels: Record<ReportPeriodPart, string> = {
  h1: '1. halvår',
  h2: '2. halvår',
  year: 'Hele året',
};

/** «1. halvår 2027», «Hele året 2027». */
export function reportPeriodLabel(period: ReportPeriod): string {
  return `${reportPeriodPartLabels[period.part]} ${period.year}`;
}

/**
 * The report's name, as its heading, its document and its file: «Halvårsrapport 1. halvår 2027»,
 * «Årsrapport 2027» (not «Årsrapport hele året 2027»).
 */
export function reportTitle(period: ReportPeriod): string {
  return period.part === 'year'
    ? `${reportKindLabel(period)} ${period.year}`
    : `${reportKindLabel(period)} ${reportPeriodLabel(period)}`;
}

/** «Halvårsrapport» or «Årsrapport», as Husbanken names the forms. */
export function reportKindLabel(period: ReportPeriod): string {
  return period.part === 'year' ? 'Årsrapport' : 'Halvårsrapport';
}

/** Last day of the period: what «overdue» and «measured by then» are judged against. */
export function reportPeriodEnd(period: ReportPeriod): string {
  return period.part === 'h1' ? `${period.year}-06-30` : `${period.year}-12-31`;
}

export function reportPeriodStart(period: ReportPeriod): string {
  return period.part === 'h2' ? `${period.year}-07-01` : `${period.year}-01-01`;
}

/** Reports in time order: 1. halvår, 2. halvår, then the year, within a year. */
export function comparePeriods(a: ReportPeriod, b: ReportPeriod): number {
  return a.year - b.year || reportPeriodParts.indexOf(a.part) - reportPeriodParts.indexOf(b.part);
}

export const reportFieldLabels = {
  period: 'periode',
  part: 'del av året',
  deadline: 'frist',
  submittedDate: 'levert dato',
  context: 'grunnlag',
  takenDate: 'hentet dato',
  planTitle: 'plantittel',
  municipality: 'kommune eller bydel',
  programmeManagement: 'programledelse',
  indicators: 'indikatorer',
  resultGoalId: 'resultatmål',
  measure: 'tiltak',
  done: 'gjennomført i perioden',
  ownerName: 'ansvarlig',
  partnerNames: 'samarbeidspartnere',
  money: 'økonomi',
  spent: 'regnskap',
  subGoalNarratives: 'tekst per delmål',
  subGoalId: 'delmål',
  heading: 'overskrift',
  unlocks: 'gjenåpninger',
  reason: 'begrunnelse',
} as const;
