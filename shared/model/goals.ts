import { z } from 'zod';
import { idSchema, yearSchema } from './primitives';

export const indicatorPointSchema = z.strictObject({
  value: z.number(),
  year: yearSchema,
});

/** A result goal is measurable only when it has an indicator with a target. */
export const indicatorSchema = z.strictObject({
  name: z.string(),
  unit: z.string(),
  baseline: indicatorPointSchema.nullable(),
  target: indicatorPointSchema.nullable(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const resultGoalSchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  indicator: indicatorSchema.nullable(),
});
export type ResultGoal = z.infer<typeof resultGoalSchema>;

export const subGoalSchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  description: z.string(),
  resultGoals: z.array(resultGoalSchema),
});
export type SubGoal = z.infer<typeof subGoalSchema>;

export const mainGoalSchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  description: z.string(),
  /** null: a goal for the whole plan; otherwise the focus area the goal belongs to. */
  focusAreaId: idSchema.nullable(),
  /** Which national goal this local goal hangs under, free text such as "Bolig for velferd, mål 1". */
  nationalGoal: z.string(),
  subGoals: z.array(subGoalSchema),
});
export type MainGoal = z.infer<typeof mainGoalSchema>;

export const visionSchema = z.strictObject({
  text: z.string(),
  rationale: z.string(),
});
export type Vision = z.infer<typeof visionSchema>;
