import { describe, expect, it } from 'vitest';
import { richTextSchema, type RichText } from '#shared/model/rich-text';
import {
  countWords,
  normalizeInlines,
  normalizeRichText,
  parseLinkAddress,
  richTextEqual,
  richTextPlainText,
} from '#shared/plan/rich-text-operations';

const sample: RichText = [
  { type: 'heading', level: 2, content: [{ text: 'Befolkning' }] },
  {
    type: 'paragraph',
    content: [{ text: 'Bydelen har ' }, { text: '52 000', bold: true }, { text: ' innbyggere.' }],
  },
  {
    type: 'list',
    ordered: true,
    items: [[{ text: 'NAV' }], [{ text: 'Husbanken', link: 'https://www.husbanken.no' }]],
  },
];

describe('rich text', () => {
  it('normalize runs: drop empty ones and false marks, join look-alikes', () => {
    expect(
      normalizeInlines([
        { text: 'Alle ', bold: false },
        { text: '', italic: true },
        { text: 'skal ' },
        { text: 'bo', italic: true, bold: false },
        { text: ' trygt', italic: true },
      ]),
    ).toEqual([{ text: 'Alle skal ' }, { text: 'bo trygt', italic: true }]);
  });

  it('normalize blocks: a lone empty paragraph and empty lists are no text', () => {
    expect(normalizeRichText([{ type: 'paragraph', content: [{ text: '' }] }])).toEqual([]);
    expect(normalizeRichText([{ type: 'list', ordered: false, items: [] }])).toEqual([]);
    expect(normalizeRichText(sample)).toEqual(sample);
    const twoEmpty: RichText = [
      { type: 'paragraph', content: [] },
      { type: 'paragraph', content: [] },
    ];
    expect(normalizeRichText(twoEmpty)).toEqual(twoEmpty);
  });

  it('compare text, treating a missing mark as off', () => {
    const copy = structuredClone(sample) as RichText;
    expect(richTextEqual(sample, copy)).toBe(true);
    (copy[1] as { content: { text: string; bold?: boolean }[] }).content[0]!.bold = false;
    expect(richTextEqual(sample, copy)).toBe(true);
    (copy[2] as { ordered: boolean }).ordered = false;
    expect(richTextEqual(sample, copy)).toBe(false);
    expect(
      richTextEqual(
        [{ type: 'heading', level: 2, content: [] }],
        [{ type: 'heading', level: 3, content: [] }],
      ),
    ).toBe(false);
  });

  it('give plain text and a word count', () => {
    expect(richTextPlainText(sample)).toBe(
      'Befolkning\nBydelen har 52 000 innbyggere.\nNAV\nHusbanken',
    );
    expect(countWords(sample)).toBe(8);
    expect(countWords([])).toBe(0);
  });

  it('accept web and e-mail links, adding the prefix a user leaves out', () => {
    expect(parseLinkAddress(' https://www.husbanken.no/boligsosialt ')).toEqual({
      ok: true,
      href: 'https://www.husbanken.no/boligsosialt',
    });
    expect(parseLinkAddress('http://nav.no')).toEqual({ ok: true, href: 'http://nav.no' });
    expect(parseLinkAddress('www.nav.no')).toEqual({ ok: true, href: 'https://www.nav.no' });
    expect(parseLinkAddress('regjeringen.no/no/dokumenter')).toEqual({
      ok: true,
      href: 'https://regjeringen.no/no/dokumenter',
    });
    expect(parseLinkAddress('postmottak@bydel-fjellstad.oslo.kommune.no')).toEqual({
      ok: true,
      href: 'mailto:postmottak@bydel-fjellstad.oslo.kommune.no',
    });
    expect(parseLinkAddress('mailto:ola@nav.no')).toEqual({ ok: true, href: 'mailto:ola@nav.no' });
    for (const href of ['https://www.husbanken.no', 'mailto:ola@nav.no']) {
      expect(
        richTextSchema.safeParse([{ type: 'paragraph', content: [{ text: 'x', link: href }] }])
          .success,
      ).toBe(true);
    }
  });

  it('refuse other addresses with a message', () => {
    for (const input of [
      '',
      'javascript:alert(1)',
      'ftp://filer.kommune.no',
      'file:///C:/plan.docx',
      'https://',
      'https://intranett',
      'https://exa mple.no',
      'mailto:',
      'mailto:ikke-en-adresse',
      'bare tekst',
    ]) {
      const result = parseLinkAddress(input);
      expect(result.ok, input).toBe(false);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    }
  });
});
