import { z } from 'zod';
import { idSchema, partyRefSchema, textSchema } from './primitives';
import { richTextSchema } from './rich-text';

/** The typical free-text chapters of a plan (docs/glossary.md, "Typical chapters"). */
export const chapterKinds = [
  'leseveiledning',
  'begreper',
  'innledning',
  'bakgrunn',
  'status-og-utfordringer',
  'virkemidler',
  'organisering-og-forankring',
  'fremdriftsplan',
  'risikoanalyse',
  'okonomisk-ramme',
  'oppfolging-og-rapportering',
  'annet',
] as const;
export const chapterKindSchema = z.enum(chapterKinds);
export type ChapterKind = z.infer<typeof chapterKindSchema>;

export const chapterSchema = z.strictObject({
  id: idSchema,
  kind: chapterKindSchema,
  title: textSchema,
  content: richTextSchema,
  /** Start the chapter on a new page in Word; by default chapters follow on one another. */
  newPage: z.boolean().default(false),
});
export type Chapter = z.infer<typeof chapterSchema>;

export const riskLevels = ['lav', 'middels', 'hoy'] as const;
export const riskLevelSchema = z.enum(riskLevels);
export type RiskLevel = z.infer<typeof riskLevelSchema>;
/** How a level reads in the app and the documents; the file keeps «hoy» without ø. */
export const riskLevelLabels: Record<RiskLevel, string> = {
  lav: 'Lav',
  middels: 'Middels',
  hoy: 'Høy',
};

export const riskSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  description: textSchema,
  likelihood: riskLevelSchema,
  consequence: riskLevelSchema,
  mitigation: textSchema,
  owner: partyRefSchema.nullable(),
  /** The measures the risk threatens: what fails or is delayed if it happens. */
  measureIds: z.array(idSchema).default([]),
});
export type Risk = z.infer<typeof riskSchema>;
