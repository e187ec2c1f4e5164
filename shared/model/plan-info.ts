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
  history: z.array(lifecycleEventSchema),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type PlanInfo = z.infer<typeof planInfoSchema>;
