import { z } from 'zod';
import { idSchema, isoDateSchema, textSchema } from './primitives';

/** What the group writes about one focus area at the end of the programme period. */
export const finalReportAreaSchema = z.strictObject({
  focusAreaId: idSchema,
  /** «Tall og fakta»: the group's reading of the figures the app fills in beside it. */
  facts: textSchema,
  assessment: textSchema,
  improvements: textSchema,
  recommendations: textSchema,
});
export type FinalReportArea = z.infer<typeof finalReportAreaSchema>;

/** The final report (sluttrapport): the group's texts; every figure is taken from the plan. */
export const finalReportSchema = z.strictObject({
  summary: textSchema,
  areas: z.array(finalReportAreaSchema),
  submittedDate: isoDateSchema.nullable(),
});
export type FinalReport = z.infer<typeof finalReportSchema>;

export const finalReportFieldLabels = {
  finalReport: 'sluttrapport',
  areas: 'satsningsområder',
  facts: 'tall og fakta',
  assessment: 'vurdering',
  improvements: 'forbedringer',
  recommendations: 'anbefalinger videre',
} as const;
