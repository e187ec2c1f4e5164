import { z } from 'zod';
import { costLineSchema, sourceAmountSchema } from './budget';
import { idSchema, partialDateSchema, partyRefSchema, textSchema } from './primitives';

export const measureStatuses = ['n', 'v', 'g', 'a'] as const;
export const measureStatusSchema = z.enum(measureStatuses);
export type MeasureStatus = z.infer<typeof measureStatusSchema>;
export const measureStatusLabels: Record<MeasureStatus, string> = {
  n: 'Ny',
  v: 'Videreført',
  g: 'Gjennomført',
  a: 'Avviklet',
};
/** What a user reads for a measure whose status nobody has set (null). */
export const unsetStatusLabel = 'Ikke angitt';

/** A status in words, «Ikke angitt» for null. */
export function measureStatusLabel(status: MeasureStatus | null): string {
  return status ? measureStatusLabels[status] : unsetStatusLabel;
}

/** Progress is a whole percent: real forms give e.g. 70 %. */
export const progressSchema = z.int({ error: 'Framdrift må være et helt tall.' }).min(0).max(100);
export type Progress = z.infer<typeof progressSchema>;

/** The boxes Husbanken's forms tick for progress (framdrift). */
export const progressSteps = [25, 50, 75, 100] as const;

/**
 * The form's box for a whole percent: 0 ticks none and only 100 ticks 100; anything in between
 * goes to the nearest of 25/50/75, so 70 % reads «75 %» and 99 % never claims «ferdig».
 */
export function progressStep(progress: number): 0 | 25 | 50 | 75 | 100 {
  if (progress <= 0) return 0;
  if (progress >= 100) return 100;
  if (progress < 37.5) return 25;
  if (progress < 62.5) return 50;
  return 75;
}

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
  /** A year, a month or a day, as entered (see partialDateSchema). */
  startDate: partialDateSchema.nullable(),
  endDate: partialDateSchema.nullable(),
  /**
   * Null = «ikke angitt»: Husbanken's form leaves status blank until someone sets it, and a
   * measure made in the app starts the same way rather than claiming «Ny».
   */
  status: measureStatusSchema.nullable(),
  progress: progressSchema,
  challenges: textSchema,
  correctiveAction: textSchema,
  /** A shared project (felles prosjekt) with other districts, with one responsible party. */
  sharedProject: z
    .strictObject({
      responsible: textSchema,
      participants: textSchema,
      /**
       * Led and financed by the responsible district, not by this plan: its cost and financing
       * are entered and shown, marked «finansiert av …», but not counted in this plan's sums.
       */
      ledByOther: z.boolean().default(false),
    })
    .nullable(),
  budget: costLineSchema,
  /** Marked by the group as among the most important, listed in the political summary. */
  priority: z.boolean().default(false),
  /** What was spent (regnskap), per year and financing source. */
  spent: z.array(sourceAmountSchema).default([]),
});
export type Measure = z.infer<typeof measureSchema>;

/** Bokmål names of the fields only a measure has, for messages that say where a problem is. */
export const measureFieldLabels: Partial<Record<keyof Measure, string>> = {
  expectedResult: 'forventet resultat',
  challenges: 'utfordringer',
  correctiveAction: 'korrigerende tiltak',
  sharedProject: 'felles prosjekt',
  spent: 'regnskap',
  priority: 'prioritert',
};
