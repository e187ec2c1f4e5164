import { z } from 'zod';
import { cleanText } from './clean-text';
import { textSchema } from './primitives';

// Structured text (not HTML) so the Word export can map it to real Word styles.
export const inlineSchema = z.strictObject({
  text: textSchema,
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  // The address is checked as typed, then kept clean like any other text.
  link: z
    .url({ protocol: /^(https?|mailto)$/ })
    .overwrite(cleanText)
    .optional(),
});
export type Inline = z.infer<typeof inlineSchema>;

export const blockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), content: z.array(inlineSchema) }),
  z.strictObject({
    type: z.literal('heading'),
    level: z.union([z.literal(2), z.literal(3)]),
    content: z.array(inlineSchema),
  }),
  /*
   * A template's writing prompt («Beskriv bydelen med tall og kilder …»). A block of its own, not
   * a mark, so it can never be half-mixed into the municipality's text: the editor shows it as
   * guidance and replaces it when the user writes, and no export ever prints it.
   */
  z.strictObject({ type: z.literal('guidance'), content: z.array(inlineSchema) }),
  z.strictObject({
    type: z.literal('list'),
    ordered: z.boolean(),
    items: z.array(z.array(inlineSchema)),
  }),
]);
export type Block = z.infer<typeof blockSchema>;

export const richTextSchema = z.array(blockSchema);
export type RichText = z.infer<typeof richTextSchema>;

/** The blocks of a text that are the municipality's own (no writing prompts). */
export const withoutGuidance = (blocks: readonly Block[]): Block[] =>
  blocks.filter((block) => block.type !== 'guidance');
