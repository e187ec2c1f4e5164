import { describe, expect, it } from 'vitest';
import {
  blockSchema,
  MAX_IMAGE_BASE64,
  TOO_LARGE_IMAGE,
  type ImageBlock,
  type TableBlock,
} from '#shared/model/rich-text';
import {
  normalizeRichText,
  richTextEqual,
  richTextPlainText,
} from '#shared/plan/rich-text-operations';
import { TINY_PNG_BASE64 } from '../../../support/hostile-plan';

const image: ImageBlock = {
  type: 'image',
  mimeType: 'image/png',
  data: TINY_PNG_BASE64,
  alt: 'Bostedsløse husstander 2020–2024, synkende fra 142 til 117',
  caption: 'Figur 1',
  width: 1,
  height: 1,
};

const table: TableBlock = {
  type: 'table',
  rows: [
    [[{ text: 'År' }], [{ text: 'Husstander' }]],
    [[{ text: '2020' }], [{ text: '142', bold: true }]],
  ],
  caption: 'Bostedsløse husstander',
};

const messages = (value: unknown) =>
  blockSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe('tables and pictures in chapter text', () => {
  it('accepts a table of inline text and a PNG or JPEG picture with alt text', () => {
    expect(blockSchema.safeParse(table).success).toBe(true);
    expect(blockSchema.safeParse(image).success).toBe(true);
    expect(
      blockSchema.safeParse({ ...image, mimeType: 'image/jpeg', data: '/9j/4AAQSkZJRg==' }).success,
    ).toBe(true);
  });

  it('refuses a picture over 1 MB, without alt text, or that is not what it says, in bokmål', () => {
    const big = `${TINY_PNG_BASE64}${'A'.repeat(MAX_IMAGE_BASE64)}`;
    expect(messages({ ...image, data: big })).toContain(TOO_LARGE_IMAGE);
    expect(TOO_LARGE_IMAGE).toMatch(/større enn 1 MB/);
    expect(messages({ ...image, alt: '   ' })).toEqual([
      'Bildet må ha en alternativ tekst som sier hva det viser.',
    ]);
    expect(messages({ ...image, mimeType: 'image/jpeg' })).toEqual([
      'Bildedataene er ikke et PNG- eller JPEG-bilde.',
    ]);
    expect(messages({ ...image, data: 'iVBORw0KGgo<script>' })).toEqual([
      'Bildet er ikke lagret som gyldig base64.',
    ]);
    expect(messages({ ...image, mimeType: 'image/gif' })).not.toEqual([]);
  });

  it('normalizes, compares and reads tables and pictures as text', () => {
    const split: TableBlock = {
      type: 'table',
      rows: [[[{ text: 'Å' }, { text: 'r' }], [{ text: 'Husstander' }]], [], [[{ text: '2020' }]]],
      caption: '  ',
    };
    expect(normalizeRichText([split])).toEqual([
      { type: 'table', rows: [[[{ text: 'År' }], [{ text: 'Husstander' }]], [[{ text: '2020' }]]] },
    ]);
    expect(normalizeRichText([{ type: 'table', rows: [] }])).toEqual([]);
    expect(richTextEqual([table, image], [structuredClone(table), { ...image }])).toBe(true);
    expect(richTextEqual([table], [{ ...table, caption: 'Annen' }])).toBe(false);
    expect(richTextEqual([image], [{ ...image, alt: 'Annen tekst' }])).toBe(false);
    expect(richTextEqual([image], [table])).toBe(false);
    expect(richTextPlainText([table, image])).toBe(
      'År\tHusstander\n2020\t142\nBostedsløse husstander\nFigur 1',
    );
  });
});
