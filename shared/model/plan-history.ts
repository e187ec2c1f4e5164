import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, textSchema } from './primitives';

// A plan file holds the draft (the plan itself) and, beside it, its history: the versions that
// were adopted (or set aside by a restore) and the change log. The history is kept and written
// by the main process only; the window edits the draft and reads the history. See
// docs/versions-plan.md.

/** The parts of a plan that changes are told by, in the order the app's menu has them. */
export const planParts = [
  'info',
  'goals',
  'strategies',
  'targetGroups',
  'focusAreas',
  'measures',
  'budget',
  'organisation',
  'people',
  'chapters',
  'risks',
  'followUp',
  'workshops',
] as const;
export const planPartSchema = z.enum(planParts);
export type PlanPart = z.infer<typeof planPartSchema>;

export const planPartLabels: Record<PlanPart, string> = {
  info: 'Om planen',
  goals: 'Visjon og mål',
  strategies: 'Strategier',
  targetGroups: 'Målgrupper',
  focusAreas: 'Satsningsområder',
  measures: 'Tiltak',
  budget: 'Budsjett',
  organisation: 'Organisering',
  people: 'Personer og samarbeidspartnere',
  chapters: 'Tekstkapitler',
  risks: 'Risikoanalyse',
  followUp: 'Oppfølging',
  workshops: 'Verksted',
};

export const changeKinds = ['added', 'changed', 'removed', 'moved'] as const;
export const changeKindSchema = z.enum(changeKinds);
export type ChangeKind = z.infer<typeof changeKindSchema>;

/** One line of the change log, made from what changed in the plan, never typed by hand. */
export const changeEntrySchema = z.strictObject({
  id: idSchema,
  at: isoDateTimeSchema,
  /** The name set once in the app («Navnet ditt i endringsloggen»); '' when none was set. */
  who: z.string().max(200),
  part: planPartSchema,
  kind: changeKindSchema,
  /** The entity the entry is about ('' for the plan itself, e.g. the vision). */
  entityId: z.string().max(200),
  /** The field that changed ('' when a whole item was added, removed or moved). */
  field: z.string().max(200),
  /** «Tiltak 2B: ansvarlig endret fra NAV til Boligkontoret». */
  text: z.string().max(4000),
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;

/** 'adopted': a political decision. 'set-aside': the draft a restore replaced, kept whole. */
export const versionKinds = ['adopted', 'set-aside'] as const;
export const versionKindSchema = z.enum(versionKinds);
export type VersionKind = z.infer<typeof versionKindSchema>;

/** What is recorded when a plan is adopted («Vedta planen»). */
export const adoptionDecisionSchema = z.strictObject({
  /** «1.0», «2.0» …; the app proposes the next one. */
  number: z
    .string()
    .regex(/^\d{1,3}\.\d{1,3}$/, { error: 'Versjonsnummer skrives som 1.0, 1.1, 2.0 …' }),
  adoptedDate: isoDateSchema,
  /** The body that adopted it: «Bydelsutvalget», «Bystyret». */
  adoptedBy: textSchema.pipe(z.string().min(1, { error: 'Skriv hvem som vedtok planen.' })),
  caseNumber: textSchema,
});
export type AdoptionDecision = z.infer<typeof adoptionDecisionSchema>;

/** A version as the window sees it: who, when and what, without its content. */
export const versionSummarySchema = z.strictObject({
  id: idSchema,
  kind: versionKindSchema,
  /** «1.0» for an adopted version; the draft number it had for one set aside («1.1»). */
  number: z.string().max(20),
  adoptedDate: isoDateSchema.nullable(),
  adoptedBy: z.string().max(300),
  caseNumber: z.string().max(300),
  recordedAt: isoDateTimeSchema,
  recordedBy: z.string().max(200),
  /** Why a version was set aside: «Lagt til side da versjon 1.0 ble hentet fram igjen». */
  note: z.string().max(1000),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

/**
 * A version as stored: the newest one holds the whole plan (`snapshot`); each older one holds a
 * reverse patch (`patch`, a jsondiffpatch delta) that turns the next newer version into it.
 * Both are kept raw, exactly as written, in the schema version they were written in
 * (`schemaVersion`), and are migrated only when read, so the patches always fit.
 */
export const storedVersionSchema = versionSummarySchema.extend({
  schemaVersion: z.int().min(1),
  snapshot: z.unknown().optional(),
  patch: z.unknown().optional(),
});
export type StoredVersion = z.infer<typeof storedVersionSchema>;

/** Everything in a plan file besides the draft. Files from before issue 17 read as empty. */
export const planHistorySchema = z.strictObject({
  versions: z.array(storedVersionSchema).default([]),
  changeLog: z.array(changeEntrySchema).default([]),
});
export type PlanHistory = z.infer<typeof planHistorySchema>;

/** The history as the window reads it. */
export const planHistoryViewSchema = z.strictObject({
  versions: z.array(versionSummarySchema),
  changeLog: z.array(changeEntrySchema),
  /** The number the draft has on top of the newest adopted version («1.1»), or null if none. */
  draftNumber: z.string().nullable(),
});
export type PlanHistoryView = z.infer<typeof planHistoryViewSchema>;

/** A draft changed since adoption, as a document tells it (draftStanding). */
export interface DraftStanding {
  /** «1.1». */
  number: string;
  /** «versjon 1.0, vedtatt 12. mars 2027 av bystyret (sak 2027/123)». */
  adopted: string;
  /** How many things differ from that version (comparePlans). */
  changes: number;
}
