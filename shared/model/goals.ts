import { z } from 'zod';
import { measurementSchema } from './need-figures';
import { idSchema, yearSchema, textSchema } from './primitives';

export const indicatorPointSchema = z.strictObject({
  value: z.number(),
  year: yearSchema,
  /**
   * Set on a template's example figure until the user replaces or confirms it. Absent (not
   * false) on the municipality's own figures, so confirming removes the key.
   */
  example: z.literal(true).optional(),
});

/** A result goal is measurable only when it has an indicator with a target. */
export const indicatorSchema = z.strictObject({
  name: textSchema,
  unit: textSchema,
  baseline: indicatorPointSchema.nullable(),
  target: indicatorPointSchema.nullable(),
  /** Values measured during the programme, followed toward the target. */
  measurements: z.array(measurementSchema).default([]),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const resultGoalSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  indicator: indicatorSchema.nullable(),
});
export type ResultGoal = z.infer<typeof resultGoalSchema>;

export const subGoalSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  description: textSchema,
  /**
   * null: the sub-goal serves its main goal for the whole plan; otherwise the focus area it
   * belongs to, as Husbanken's form gives each focus area its own sub-goals («Delmål 1.1»).
   */
  focusAreaId: idSchema.nullable().default(null),
  resultGoals: z.array(resultGoalSchema),
});
export type SubGoal = z.infer<typeof subGoalSchema>;

export const mainGoalSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  description: textSchema,
  /** null: a goal for the whole plan; otherwise the focus area the goal belongs to. */
  focusAreaId: idSchema.nullable(),
  /**
   * Which national goal this local goal hangs under: one of the plan frame's goals as
   * `nationalGoalsOf` names it («Bolig for velferd, mål 1: Alle skal ha et godt sted å bo»), or
   * older free text, kept as typed. Text, so old plans open unchanged.
   */
  nationalGoal: textSchema,
  subGoals: z.array(subGoalSchema),
});
export type MainGoal = z.infer<typeof mainGoalSchema>;

export const visionSchema = z.strictObject({
  text: textSchema,
  rationale: textSchema,
});
export type Vision = z.infer<typeof visionSchema>;
