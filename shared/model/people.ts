import { z } from 'zod';
import { idSchema, textSchema } from './primitives';

export const personSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  title: textSchema,
  organisation: textSchema,
  email: textSchema,
  phone: textSchema,
  /**
   * Set on a template's invented person («…@eksempel.no») until the user replaces or confirms
   * them; such a person is left out of every document. Absent on real people.
   */
  example: z.literal(true).optional(),
});
export type Person = z.infer<typeof personSchema>;

export const involvementLevels = ['formell', 'aktiv', 'informert', 'ingen'] as const;
export const involvementLevelSchema = z.enum(involvementLevels);
export type InvolvementLevel = z.infer<typeof involvementLevelSchema>;
export const involvementLabels: Record<InvolvementLevel, string> = {
  formell: 'Formell deltakelse',
  aktiv: 'Aktiv deltakelse',
  informert: 'Holdes informert',
  ingen: 'Ingen deltakelse',
};

export const partnerSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  description: textSchema,
  /** Null until someone chooses: the document prints involvement only where it was chosen. */
  involvement: involvementLevelSchema.nullable(),
  contactPersonId: idSchema.nullable(),
});
export type Partner = z.infer<typeof partnerSchema>;
