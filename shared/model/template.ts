import { z } from 'zod';
import { planSchema } from './plan';

/** A plan template as stored in templates/*.json. */
export const planTemplateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  description: z.string().min(1),
  /** Position in the list on the start screen. */
  order: z.int(),
  plan: planSchema,
});
export type PlanTemplate = z.infer<typeof planTemplateSchema>;
