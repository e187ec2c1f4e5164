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

/** A picture in chapter text is kept in the plan file; past this it would make the file slow. */
export const MAX_IMAGE_BYTES = 1024 * 1024;
/** The length of MAX_IMAGE_BYTES as base64 (four characters for every three bytes). */
export const MAX_IMAGE_BASE64 = Math.ceil(MAX_IMAGE_BYTES / 3) * 4;
export const TOO_LARGE_IMAGE =
  'Bildet er større enn 1 MB. Lagre det mindre (for eksempel som JPEG) og prøv igjen.';
export const imageMimeTypes = ['image/png', 'image/jpeg'] as const;
export type ImageMimeType = (typeof imageMimeTypes)[number];

/** How each format's base64 starts (PNG's signature, JPEG's SOI marker), so data is what it says. */
const BASE64_SIGNATURE: Record<ImageMimeType, string> = {
  'image/png': 'iVBORw0KGgo',
  'image/jpeg': '/9j/',
};

// A table in chapter text: rows of cells of inline text; the first row is the header row.
export const tableBlockSchema = z.strictObject({
  type: z.literal('table'),
  rows: z.array(z.array(z.array(inlineSchema))),
  caption: textSchema.optional(),
});
export type TableBlock = z.infer<typeof tableBlockSchema>;

/** A picture's bytes as base64: not text anyone reads, so not cleaned as text. */
export const imageDataSchema = z
  .string()
  .max(MAX_IMAGE_BASE64, { error: TOO_LARGE_IMAGE })
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'Bildet er ikke lagret som gyldig base64.' });

// A picture in chapter text: PNG or JPEG as base64, with the text a screen reader reads.
export const imageBlockSchema = z
  .strictObject({
    type: z.literal('image'),
    mimeType: z.enum(imageMimeTypes),
    data: imageDataSchema,
    /** What the picture shows, for those who cannot see it; required. */
    alt: textSchema,
    caption: textSchema.optional(),
    /** The picture's own size in pixels; the Word export scales it to the text width. */
    width: z.int().min(1).max(20_000),
    height: z.int().min(1).max(20_000),
  })
  .superRefine((image, ctx) => {
    if (!image.data.startsWith(BASE64_SIGNATURE[image.mimeType]))
      ctx.addIssue({
        code: 'custom',
        message: 'Bildedataene er ikke et PNG- eller JPEG-bilde.',
        path: ['data'],
      });
    if (image.alt.trim() === '')
      ctx.addIssue({
        code: 'custom',
        message: 'Bildet må ha en alternativ tekst som sier hva det viser.',
        path: ['alt'],
      });
  });
export type ImageBlock = z.infer<typeof imageBlockSchema>;

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
  tableBlockSchema,
  imageBlockSchema,
]);
export type Block = z.infer<typeof blockSchema>;

export const richTextSchema = z.array(blockSchema);
export type RichText = z.infer<typeof richTextSchema>;

/** The blocks of a text that are the municipality's own (no writing prompts). */
export const withoutGuidance = (blocks: readonly Block[]): Block[] =>
  blocks.filter((block) => block.type !== 'guidance');
