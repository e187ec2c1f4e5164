import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  partyRefSchema,
  textSchema,
  yearSchema,
} from './primitives';

export const planStatuses = ['utkast', 'hoering', 'vedtatt'] as const;
export const planStatusSchema = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof planStatusSchema>;

export const planStatusLabels: Record<PlanStatus, string> = {
  utkast: 'Utkast',
  hoering: 'På høring',
  vedtatt: 'Vedtatt',
};

/** National frames a plan can hang its goals under (docs/glossary.md, "National frames"). */
export const nationalFrames = [
  'ingen',
  'husbanken-2010',
  'bolig-for-velferd-2014-2020',
  'alle-trenger-et-trygt-hjem-2021-2024',
] as const;
export const nationalFrameSchema = z.enum(nationalFrames);
export type NationalFrame = z.infer<typeof nationalFrameSchema>;

/** The national frames in words, for choosers and the exported document. */
export const nationalFrameLabels: Record<NationalFrame, string> = {
  ingen: 'Ingen nasjonal ramme',
  'husbanken-2010': 'Husbankens mål for Boligsosialt utviklingsprogram (2010)',
  'bolig-for-velferd-2014-2020': 'Bolig for velferd 2014–2020',
  'alle-trenger-et-trygt-hjem-2021-2024': 'Alle trenger et trygt hjem 2021–2024',
};

export const lifecycleEventSchema = z.strictObject({
  id: idSchema,
  status: planStatusSchema,
  date: isoDateSchema,
  note: textSchema,
});
export type LifecycleEvent = z.infer<typeof lifecycleEventSchema>;

/** The image types a logo may be: what Word, LibreOffice and every browser show. */
export const logoImageTypes = ['image/png', 'image/jpeg'] as const;

/** The largest logo kept in the plan file (the file is JSON, so the image is base64 inside it). */
export const LOGO_MAX_BYTES = 500 * 1024;

/** The municipality's or district's logo for the cover: the image itself, its size and alt text. */
export const planLogoSchema = z.strictObject({
  mimeType: z.enum(logoImageTypes),
  /** The image file's bytes as base64. */
  data: z.base64().max(Math.ceil(LOGO_MAX_BYTES / 3) * 4),
  /** Size in pixels, read from the image when it was chosen, so the document keeps its shape. */
  width: z.int().min(1).max(20000),
  height: z.int().min(1).max(20000),
  /** What the logo shows, for readers who cannot see it («Oslo kommunes logo»). */
  alt: textSchema,
});
export type PlanLogo = z.infer<typeof planLogoSchema>;

export const planInfoSchema = z.strictObject({
  title: textSchema,
  municipality: textSchema,
  district: textSchema,
  periodStart: yearSchema,
  periodEnd: yearSchema,
  version: textSchema,
  status: planStatusSchema,
  /** Consultation deadline while the plan is on høring. */
  consultationDeadline: isoDateSchema.nullable(),
  adoptedDate: isoDateSchema.nullable(),
  adoptedBy: textSchema,
  caseNumber: textSchema,
  programmeLeader: partyRefSchema.nullable(),
  owner: partyRefSchema.nullable(),
  nationalFrame: nationalFrameSchema,
  /** Forslag til vedtak: what the politicians are asked to decide, first in the summary. */
  proposedDecision: textSchema.default(''),
  logo: planLogoSchema.nullable().default(null),
  /**
   * Shared projects (felles prosjekter) get codes of their own in each focus area (1A, 1B …
   * again), as Husbanken's form numbers them; off, every measure in the plan has its own code.
   */
  sharedProjectsNumberedApart: z.boolean().default(false),
  history: z.array(lifecycleEventSchema),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type PlanInfo = z.infer<typeof planInfoSchema>;
