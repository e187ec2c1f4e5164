import { z } from 'zod';
import { idSchema, isoDateSchema, partyRefSchema, textSchema } from './primitives';

/**
 * Workshop sessions: ideas captured as cards, kept with the plan so nothing typed is lost.
 * Fields added after the first file format have defaults, so older files read unchanged.
 */
export const workshopCardSchema = z.strictObject({
  id: idSchema,
  text: textSchema,
  focusAreaId: idSchema.nullable(),
  parked: z.boolean(),
  votes: z.int().min(0),
  owner: partyRefSchema.nullable(),
  targetGroupIds: z.array(idSchema),
  /** Set when the card was promoted to a measure. */
  measureId: idSchema.nullable(),
  /** Marked by the group as one to make a measure of («Gjør til tiltak»). */
  accepted: z.boolean().default(false),
  /** Texts of the cards merged into this one, as they were typed, so a merge loses nothing. */
  mergedFrom: z.array(textSchema).default([]),
});
export type WorkshopCard = z.infer<typeof workshopCardSchema>;

export const workshopSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  date: isoDateSchema,
  focusAreaId: idSchema.nullable(),
  votesPerPerson: z.int().min(0),
  /** People in the room; with votesPerPerson it gives the votes there are to give (0: not set). */
  participants: z.int().min(0).default(0),
  cards: z.array(workshopCardSchema),
  notes: textSchema,
});
export type Workshop = z.infer<typeof workshopSchema>;
