import { z } from 'zod';
import {
  idSchema,
  kronerSchema,
  percentSchema,
  yearAmountSchema,
  yearSchema,
  textSchema,
} from './primitives';

export const financingSourceKinds = ['husbanken', 'kommunal', 'andre', 'overfort'] as const;

export const financingSourceSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  kind: z.enum(financingSourceKinds),
});
export type FinancingSource = z.infer<typeof financingSourceSchema>;

export const splitShareSchema = z.strictObject({
  sourceId: idSchema,
  percent: percentSchema,
});
export type SplitShare = z.infer<typeof splitShareSchema>;

export const sourceAmountSchema = z.strictObject({
  year: yearSchema,
  sourceId: idSchema,
  amount: kronerSchema,
});
export type SourceAmount = z.infer<typeof sourceAmountSchema>;

/** How a cost is financed: the programme's default split, an own split, or fixed amounts. */
export const financingSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('default') }),
  z.strictObject({ mode: z.literal('percent'), split: z.array(splitShareSchema) }),
  z.strictObject({ mode: z.literal('amount'), amounts: z.array(sourceAmountSchema) }),
]);
export type Financing = z.infer<typeof financingSchema>;

export const costLineSchema = z.strictObject({
  costs: z.array(yearAmountSchema),
  financing: financingSchema,
});
export type CostLine = z.infer<typeof costLineSchema>;

export const budgetSettingsSchema = z.strictObject({
  sources: z.array(financingSourceSchema),
  defaultSplit: z.array(splitShareSchema),
  /** Programme management (programledelse) is its own budget line. */
  programmeManagement: costLineSchema,
  /** What programme management spent (regnskap), per year and financing source. */
  programmeManagementSpent: z.array(sourceAmountSchema).default([]),
  /** The stated programme frame per year, if any. */
  frame: z.array(yearAmountSchema),
});
export type BudgetSettings = z.infer<typeof budgetSettingsSchema>;
