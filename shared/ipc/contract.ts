import { z } from 'zod';
import { planSchema } from '../model/plan';
import { planApiChannels, type PlanApiMethod } from './channels';
import { ownerFormSchema } from '../follow-up/owner-forms';
import { readOwnerFormSchema } from '../follow-up/owner-form-import';
import {
  adoptionDecisionSchema,
  planHistoryViewSchema,
  versionSummarySchema,
} from '../model/plan-history';
import { workshopSchema } from '../model/workshop';

// One contract for both transports (Electron IPC and the local web server). The main side parses
// every request as it arrives and every reply before it leaves (electron/services/api-dispatch.ts);
// the renderer parses every reply again as it arrives (renderer/src/api/), so the preload can stay
// a thin pass-through without zod. See docs/architecture.md, "The IPC contract".

const filePathSchema = z.string().min(1).max(4096);

/** The longest export the contract accepts (characters of text or base64): the largest payload. */
export const maxExportDataLength = 200 * 1024 * 1024;

/**
 * Bytes a request body may need: the largest export plus room for the rest of its JSON (kind,
 * name, encoding). base64 (Word, Excel, PNG) is one byte per character; a text export (svg, mmd)
 * may take more bytes than characters, but charts are kilobytes, not hundreds of megabytes.
 */
export const maxRequestBodyBytes = maxExportDataLength + 64 * 1024;

const boardFocusAreaSchema = z.strictObject({ id: z.string().max(64), name: z.string().max(500) });

/** A running board server, as the facilitator's window shows it. */
export const workshopSharingSchema = z.strictObject({
  workshopId: z.string().max(64),
  /** The address in the QR code: the page with the join token after `#`. */
  joinUrl: z.string().max(2048),
  /** The short address people type (http://192.168.1.20:51234), without the token. */
  address: z.string().max(256),
  /** Six characters typed on the page when the QR code cannot be scanned. */
  joinCode: z.string().max(16),
  /** Every local network address the server answers on (none: no network was found). */
  addresses: z.array(z.string().max(64)).max(32),
  /** The facilitator window's own socket (loopback only): ws://127.0.0.1:port/verksted?facilitator=… */
  facilitatorUrl: z.string().max(2048),
});
export type WorkshopSharing = z.infer<typeof workshopSharingSchema>;

export const planProblemSchema = z.strictObject({ where: z.string(), message: z.string() });

export const planReadErrorSchema = z.strictObject({
  kind: z.enum(['empty', 'encoding', 'json', 'not-a-plan', 'newer', 'invalid', 'io']),
  message: z.string(),
  problems: z.array(planProblemSchema),
});
export type PlanOpenError = z.infer<typeof planReadErrorSchema>;

export const openedPlanSchema = z.strictObject({
  path: filePathSchema,
  fileName: z.string(),
  plan: planSchema,
  /** Fingerprint of the file as read or last written; saving checks the file still has it. */
  revision: z.string(),
  /** Set when the file was written by an older version and has been upgraded in memory. */
  migratedFrom: z.int().nullable(),
});
export type OpenedPlan = z.infer<typeof openedPlanSchema>;

export const openResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), opened: openedPlanSchema }),
  z.strictObject({
    ok: z.literal(false),
    path: filePathSchema.nullable(),
    error: planReadErrorSchema,
    /** A backup (the version before the last save) exists and can be restored. */
    hasBackup: z.boolean(),
  }),
]);
export type OpenResult = z.infer<typeof openResultSchema>;

export const saveResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    revision: z.string(),
    savedAt: z.iso.datetime(),
    /** After overwriting someone else's change: the file name their version was kept as. */
    keptAs: z.string().optional(),
  }),
  z.strictObject({
    ok: z.literal(false),
    reason: z.enum(['conflict', 'invalid', 'io', 'missing']),
    message: z.string(),
    problems: z.array(planProblemSchema),
  }),
]);
export type SaveResult = z.infer<typeof saveResultSchema>;

/** A save that also changed the draft (adopting, restoring): the draft as now written. */
export const replacedDraftResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    revision: z.string(),
    savedAt: z.iso.datetime(),
    plan: planSchema,
    version: versionSummarySchema,
  }),
  z.strictObject({
    ok: z.literal(false),
    reason: z.enum(['conflict', 'invalid', 'io', 'missing']),
    message: z.string(),
    problems: z.array(planProblemSchema),
  }),
]);
export type ReplacedDraftResult = z.infer<typeof replacedDraftResultSchema>;

export const templateSummarySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

export const recentPlanSchema = z.strictObject({
  path: filePathSchema,
  title: z.string(),
  openedAt: z.iso.datetime(),
  exists: z.boolean(),
});
export type RecentPlan = z.infer<typeof recentPlanSchema>;

export const exportKinds = ['docx', 'xlsx', 'svg', 'png', 'mmd'] as const;
export type ExportKind = (typeof exportKinds)[number];

// A plain union: two variants share ok: false, which a discriminated union refuses to parse.
export const exportResultSchema = z.union([
  z.strictObject({ ok: z.literal(true), path: filePathSchema, fileName: z.string() }),
  z.strictObject({ ok: z.literal(false), canceled: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), canceled: z.literal(false), message: z.string() }),
]);
export type ExportResult = z.infer<typeof exportResultSchema>;

/**
 * The app's own settings (not a plan's), kept in the app's data folder. Each has a default, so a
 * settings file from an older version, or none, reads as the defaults.
 */
export const appSettingsSchema = z.strictObject({
  /** The short «Kom i gang» guide has been shown once; after that it opens only from Hjelp. */
  firstRunGuideSeen: z.boolean().default(false),
  /** The name the change log records changes made on this machine under («who»). */
  userName: z.string().max(200).default(''),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

/** A change to the settings: only what is named changes (no defaults, which would reset). */
export const appSettingsChangeSchema = z.strictObject({
  firstRunGuideSeen: z.boolean().optional(),
  userName: z
    .string()
    .max(200)
    .overwrite((name) => name.trim())
    .optional(),
});

/** A place chosen for an export, as the main process names it (a random id). */
const exportDestinationSchema = z.string().min(1).max(64);

const nothing = z.strictObject({});
const canceled = z.strictObject({ ok: z.literal(false), canceled: z.literal(true) });

export const planApiContract = {
  listTemplates: { request: nothing, reply: z.array(templateSummarySchema) },
  createPlan: {
    request: z.strictObject({ templateId: z.string(), title: z.string().max(300) }),
    reply: openResultSchema,
  },
  /**
   * A new copy of the shipped example plan (an invented district), as a new plan file in the
   * plans folder like a plan made from a template: the example itself is never written to.
   */
  openSamplePlan: { request: nothing, reply: openResultSchema },
  openPlanDialog: { request: nothing, reply: z.union([openResultSchema, canceled]) },
  openRecentPlan: { request: z.strictObject({ path: filePathSchema }), reply: openResultSchema },
  restoreBackup: { request: z.strictObject({ path: filePathSchema }), reply: openResultSchema },
  /** A copy of a file that is not UTF-8, read as Windows-1252, as a new «(konvertert)» file. */
  convertEncoding: { request: z.strictObject({ path: filePathSchema }), reply: openResultSchema },
  reloadPlan: { request: z.strictObject({ path: filePathSchema }), reply: openResultSchema },
  savePlan: {
    request: z.strictObject({
      path: filePathSchema,
      plan: planSchema,
      baseRevision: z.string(),
      /** Overwrite even if someone else changed the file (the user chose to, after a conflict). */
      force: z.boolean().optional(),
    }),
    reply: saveResultSchema,
  },
  savePlanAs: {
    request: z.strictObject({ plan: planSchema, suggestedName: z.string().max(300) }),
    reply: z.union([openResultSchema, canceled]),
  },
  listRecentPlans: { request: nothing, reply: z.array(recentPlanSchema) },
  removeRecentPlan: {
    request: z.strictObject({ path: filePathSchema }),
    reply: z.array(recentPlanSchema),
  },
  /**
   * «Angre» after «Fjern fra listen»: puts back a plan removed from the list since the app
   * started, where it was. Only those: the window cannot add a path of its own choosing.
   */
  restoreRecentPlan: {
    request: z.strictObject({ path: filePathSchema }),
    reply: z.array(recentPlanSchema),
  },
  /** Writes an exported file (document, table, chart) where the user chooses. */
  /**
   * Asks where an export goes before it is built, so the user answers while nothing works and a
   * cancel costs nothing. The main process keeps the chosen path; the window gets a one-time
   * `destination` to hand back with the bytes, never a path it could choose itself.
   */
  chooseExportLocation: {
    request: z.strictObject({
      kind: z.enum(exportKinds),
      suggestedName: z.string().min(1).max(300),
    }),
    reply: z.union([
      z.strictObject({
        ok: z.literal(true),
        destination: exportDestinationSchema,
        path: filePathSchema,
        fileName: z.string(),
      }),
      canceled,
    ]),
  },
  exportFile: {
    request: z.strictObject({
      kind: z.enum(exportKinds),
      suggestedName: z.string().min(1).max(300),
      /** Text for svg and mmd; base64 for the binary kinds. */
      data: z.string().max(maxExportDataLength),
      encoding: z.enum(['utf8', 'base64']),
      /** Where chooseExportLocation was answered; without it the save dialog is shown now. */
      destination: exportDestinationSchema.optional(),
    }),
    reply: exportResultSchema,
  },
  /** Opens a file exported in this session with the program the system uses for it. */
  openExportedFile: {
    request: z.strictObject({ path: filePathSchema }),
    reply: z.strictObject({ ok: z.boolean(), message: z.string() }),
  },
  /** Writes one status form (xlsx) per measure owner into a folder the user chooses. */
  exportOwnerForms: {
    request: z.strictObject({ forms: z.array(ownerFormSchema).min(1).max(500) }),
    reply: z.union([
      z.strictObject({
        ok: z.literal(true),
        folder: filePathSchema,
        fileNames: z.array(z.string()),
      }),
      canceled,
      z.strictObject({ ok: z.literal(false), canceled: z.literal(false), message: z.string() }),
    ]),
  },
  /** Reads filled status forms the user chooses; each file is read, or refused with a reason. */
  importOwnerForms: {
    request: nothing,
    reply: z.union([
      z.strictObject({ ok: z.literal(true), files: z.array(readOwnerFormSchema) }),
      canceled,
    ]),
  },
  getAppInfo: {
    request: nothing,
    reply: z.strictObject({
      name: z.string(),
      version: z.string(),
      transport: z.enum(['electron', 'web']),
    }),
  },
  /** The open plan's adopted and set-aside versions and its change log (not their content). */
  getPlanHistory: {
    request: z.strictObject({ path: filePathSchema }),
    reply: z.union([
      z.strictObject({ ok: z.literal(true), history: planHistoryViewSchema }),
      z.strictObject({ ok: z.literal(false), message: z.string() }),
    ]),
  },
  /** One version's content, as it was recorded (migrated to today's model), for comparing. */
  getVersionPlan: {
    request: z.strictObject({ path: filePathSchema, versionId: z.string().max(64) }),
    reply: z.union([
      z.strictObject({ ok: z.literal(true), plan: planSchema }),
      z.strictObject({ ok: z.literal(false), message: z.string() }),
    ]),
  },
  /**
   * «Vedta planen»: saves the draft as the window has it with the decision in «Om planen», and
   * records that content as an adopted version in the same write.
   */
  adoptPlan: {
    request: z.strictObject({
      path: filePathSchema,
      plan: planSchema,
      baseRevision: z.string(),
      decision: adoptionDecisionSchema,
    }),
    reply: replacedDraftResultSchema,
  },
  /**
   * Makes an older version the draft again. The draft it replaces is kept as a set-aside
   * version (when it differs from every recorded one), so nothing is lost.
   */
  restoreVersion: {
    request: z.strictObject({
      path: filePathSchema,
      plan: planSchema,
      baseRevision: z.string(),
      versionId: z.string().max(64),
    }),
    reply: replacedDraftResultSchema,
  },
  /**
   * «La deltakerne bli med»: starts the board's server on the local network for one workshop of
   * an open plan (or answers with the one already running). A board kept beside the draft in the
   * file is continued; otherwise the board starts from `workshop` as the window has it.
   */
  startWorkshopSharing: {
    request: z.strictObject({
      path: filePathSchema,
      workshop: workshopSchema,
      /** The focus areas participants may file an idea under. */
      focusAreas: z.array(boardFocusAreaSchema).max(200),
    }),
    reply: z.union([
      z.strictObject({ ok: z.literal(true), sharing: workshopSharingSchema }),
      z.strictObject({ ok: z.literal(false), message: z.string() }),
    ]),
  },
  /** The board shared from this plan, if its server is running, and workshops with a kept board. */
  getWorkshopSharing: {
    request: z.strictObject({ path: filePathSchema }),
    reply: z.strictObject({
      sharing: workshopSharingSchema.nullable(),
      keptBoards: z.array(z.string().max(64)),
    }),
  },
  /** Stops the server; the board stays kept beside the draft. */
  stopWorkshopSharing: {
    request: z.strictObject({ path: filePathSchema, workshopId: z.string().max(64) }),
    reply: z.strictObject({ ok: z.literal(true) }),
  },
  getAppSettings: { request: nothing, reply: appSettingsSchema },
  /** Changes the settings named in the request; the reply is all settings as stored. */
  updateAppSettings: { request: appSettingsChangeSchema, reply: appSettingsSchema },
} satisfies Record<PlanApiMethod, { request: z.ZodType; reply: z.ZodType }>;

export type PlanApiContract = typeof planApiContract;
// Requests as parsed (defaults filled in): what the services receive, and what callers hold.
export type PlanApiRequest<M extends PlanApiMethod> = z.output<PlanApiContract[M]['request']>;
export type PlanApiReply<M extends PlanApiMethod> = z.output<PlanApiContract[M]['reply']>;

/** What the renderer talks to: the Electron preload, or the HTTP client in tests. */
export type PlanApi = {
  [M in PlanApiMethod]: (request: PlanApiRequest<M>) => Promise<PlanApiReply<M>>;
};

export { planApiChannels };
