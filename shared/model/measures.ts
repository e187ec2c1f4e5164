import { z } from 'zod';
import { costLineSchema } from './budget';
import { idSchema, isoDateSchema, partyRefSchema, textSchema } from './primitives';

export const measureStatuses = ['n', 'v', 'g', 'a'] as const;
export const measureStatusSchema = z.enum(measureStatuses);
export type MeasureStatus = z.infer<typeof measureStatusSchema>;
export const measureStatusLabels: Record<MeasureStatus, string> = {
  n: 'Ny',
  v: 'Videreført',
  g: 'Gjennomført',
  a: 'Avviklet',
};

export const progressValues = [0, 25, 50, 75, 100] as const;
export const progressSchema = z.union(progressValues.map((v) => z.literal(v)));
export type Progress = (typeof progressValues)[number];

export const measureSchema = z.strictObject({
  id: idSchema,
  focusAreaId: idSchema,
  /** Code such as "1A": generated per focus area, editable by the user. */
  code: textSchema,
  title: textSchema,
  description: textSchema,
  expectedResult: textSchema,
  owner: partyRefSchema.nullable(),
  partnerIds: z.array(idSchema),
  targetGroupIds: z.array(idSchema),
  strategyIds: z.array(idSchema),
  /** Goals the measure serves directly (beyond those reached through its strategies). */
  goalIds: z.array(idSchema),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  status: measureStatusSchema,
  progress: progressSchema,
  challenges: textSchema,
  correctiveAction: textSchema,
  /** A shared project (felles prosjekt) with other districts, with one responsible party. */
  sharedProject: z
    .strictObject({
      responsible: textSchema,
      participants: textSchema,
    })
    .nullable(),
  budget: costLineSchema,
});
export type Measure = z.infer<typeof measureSchema>;

/** Bokmål names of the fields only a measure has, for messages that say where a problem is. */
export const measureFieldLabels: Partial<Record<keyof Measure, string>> = {
  expectedResult: 'forventet resultat',
  challenges: 'utfordringer',
  correctiveAction: 'korrigerende tiltak',
  sharedProject: 'felles prosjekt',
};
