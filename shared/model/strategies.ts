import { z } from 'zod';
import { costLineSchema, sourceAmountSchema } from './budget';
import { idSchema, textSchema } from './primitives';

export const strategySchema = z.strictObject({
  id: idSchema,
  /** Short reference used by focus areas, e.g. "1" or "a". */
  code: textSchema,
  title: textSchema,
  description: textSchema,
  /** Goals (main, sub or result) this strategy serves. */
  goalIds: z.array(idSchema),
});
export type Strategy = z.infer<typeof strategySchema>;

export const focusAreaSchema = z.strictObject({
  id: idSchema,
  /** Number used as prefix of measure codes (1 → 1A, 1B …). */
  code: textSchema,
  title: textSchema,
  description: textSchema,
  strategyIds: z.array(idSchema),
  /**
   * A cost line for the focus area as a whole («Felles for satsningsområdet»), for plans that
   * budget an area as one line, as Husbanken's form does, rather than per measure. Counted in
   * every sum like programme management (shared/budget/counted-lines.ts).
   */
  budget: costLineSchema.default({ costs: [], financing: { mode: 'default' } }),
  /** What the area's own line spent (regnskap), per year and financing source. */
  spent: z.array(sourceAmountSchema).default([]),
});
export type FocusArea = z.infer<typeof focusAreaSchema>;

export const targetGroupSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  description: textSchema,
});
export type TargetGroup = z.infer<typeof targetGroupSchema>;
/** How a target group is named on screen and in Word and Excel, with or without a name. */
export const targetGroupName = (group: Pick<TargetGroup, 'name'>): string =>
  group.name.trim() || 'Målgruppe uten navn';
