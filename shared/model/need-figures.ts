import { z } from 'zod';
import { idSchema, isoDateSchema, textSchema, yearSchema } from './primitives';

/**
 * Husbanken's three need figures (behovstall), reported each year as in the annual report form:
 * A households without an owned or rented home, B at risk of losing it, C in an unsuitable home.
 */
export const needCategories = ['A', 'B', 'C'] as const;
export type NeedCategory = (typeof needCategories)[number];
export const needCategoryLabels: Record<NeedCategory, string> = {
  A: 'Husstander uten eid eller leid bolig',
  B: 'Husstander med fare for å miste boligen',
  C: 'Husstander med uegnet bolig',
};

const householdsSchema = z.int().min(0).nullable();

export const needFigureSchema = z.strictObject({
  id: idSchema,
  year: yearSchema,
  category: z.enum(needCategories),
  /** Status of the need at 01.01. */
  atStart: householdsSchema,
  /** Status of the need at 31.12. */
  atEnd: householdsSchema,
  /** Households that got a suitable home during the year. */
  helped: householdsSchema,
  comment: textSchema,
});
export type NeedFigure = z.infer<typeof needFigureSchema>;

/** A measured value of a result goal's indicator, on the date it was measured. */
export const measurementSchema = z.strictObject({
  id: idSchema,
  date: isoDateSchema,
  value: z.number(),
  note: textSchema,
});
export type Measurement = z.infer<typeof measurementSchema>;

export const needFigureFieldLabels = {
  needFigures: 'behovstall',
  category: 'kategori',
  atStart: 'status 01.01',
  atEnd: 'status 31.12',
  helped: 'husstander som fikk bolig',
  measurements: 'målinger',
  value: 'verdi',
  note: 'merknad',
} as const;
