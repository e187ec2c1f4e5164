import { z } from 'zod';
import { cleanText } from './clean-text';
import { isPartialDate } from '../format/partial-date';

/**
 * Free text typed by people: cleaned on every read and save (see cleanText), so a stray control
 * character or noncharacter can never make an exported document unreadable.
 */
export const textSchema = z.string().overwrite(cleanText);

// Stable entity ids: opaque strings, never array positions.
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, {
  error: 'Ugyldig id (bare bokstaver, tall, - og _).',
});
export type Id = z.infer<typeof idSchema>;

// Money is whole kroner end to end: no floats, no øre.
export const kronerSchema = z.int({ error: 'Beløp må være hele kroner.' }).min(0, {
  error: 'Beløp kan ikke være negativt.',
});

export const yearSchema = z.int().min(1900).max(2200);

export const isoDateSchema = z.iso.date({ error: 'Dato må skrives som ÅÅÅÅ-MM-DD.' });
export type IsoDate = z.infer<typeof isoDateSchema>;

/**
 * A year, a month or a day as the forms give it: "2014", "2014-06" or "2014-06-30" (see
 * shared/format/partial-date.ts). A whole ISO day is one of them, so older files stay valid.
 */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'Dato må skrives som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.',
    // A text that is not even shaped like a date gets one message, not two.
    abort: true,
  })
  // Not a custom issue: read-plan takes those for integrity messages that name their own place.
  .superRefine((value, ctx) => {
    if (!isPartialDate(value))
      ctx.addIssue({
        code: 'invalid_format',
        format: 'date',
        input: value,
        message: 'Datoen finnes ikke.',
      });
  });

export const isoDateTimeSchema = z.iso.datetime({ offset: true });

export const percentSchema = z.number().min(0).max(100);

/** An amount per year, used for costs, frames and programme management. */
export const yearAmountSchema = z.strictObject({
  year: yearSchema,
  amount: kronerSchema,
});
export type YearAmount = z.infer<typeof yearAmountSchema>;

/** Who is responsible: a person, an organisation body or a partner in the plan. */
export const partyRefSchema = z.strictObject({
  kind: z.enum(['person', 'body', 'partner']),
  id: idSchema,
});
export type PartyRef = z.infer<typeof partyRefSchema>;
