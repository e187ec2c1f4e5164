import { z } from 'zod';
import { idSchema, textSchema } from './primitives';

export const bodyTypes = [
  'politisk-organ',
  'programansvarlig',
  'styringsgruppe',
  'koordinerende-enhet',
  'programledelse',
  'referansegruppe',
  'arbeidsgruppe',
  'delprosjekt',
  'ekstern-partner',
] as const;
export const bodyTypeSchema = z.enum(bodyTypes);
export type BodyType = z.infer<typeof bodyTypeSchema>;
export const bodyTypeLabels: Record<BodyType, string> = {
  'politisk-organ': 'Politisk organ',
  programansvarlig: 'Programansvarlig / prosjekteier',
  styringsgruppe: 'Styringsgruppe',
  'koordinerende-enhet': 'Koordinerende enhet',
  programledelse: 'Programledelse',
  referansegruppe: 'Referansegruppe',
  arbeidsgruppe: 'Arbeidsgruppe / arbeidsutvalg',
  delprosjekt: 'Delprosjekt',
  'ekstern-partner': 'Ekstern partner',
};

export const bodyMemberSchema = z.strictObject({
  id: idSchema,
  personId: idSchema,
  /** Role in this body, e.g. "leder", "sekretær". The person's job title lives on the person. */
  role: textSchema,
});
export type BodyMember = z.infer<typeof bodyMemberSchema>;

export const orgBodySchema = z.strictObject({
  id: idSchema,
  type: bodyTypeSchema,
  name: textSchema,
  description: textSchema,
  /** Reporting line; null for the top of the organisation. */
  parentId: idSchema.nullable(),
  /** Advisory links (drawn differently from reporting lines). */
  advisesIds: z.array(idSchema),
  members: z.array(bodyMemberSchema),
  responsibilities: z.array(textSchema),
});
export type OrgBody = z.infer<typeof orgBodySchema>;
