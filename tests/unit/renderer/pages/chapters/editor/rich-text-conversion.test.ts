import { describe, expect, it } from 'vitest';
import type { Block, Inline, RichText } from '#shared/model/rich-text';
import { normalizeRichText } from '#shared/plan/rich-text-operations';
import {
  blocksToDoc,
  docToBlocks,
} from '../../../../../../renderer/src/pages/chapters/editor/rich-text-conversion';
import { richTextSchema } from '../../../../../../renderer/src/pages/chapters/editor/rich-text-schema';

const LINK = 'https://www.husbanken.no/boligsosialt';

/** Every combination of bold, italic and link on one run. */
const markCombinations: Omit<Inline, 'text'>[] = [false, true].flatMap((bold) =>
  [false, true].flatMap((italic) =>
    [false, true].map((link) => ({
      ...(bold ? { bold: true } : {}),
      ...(italic ? { italic: true } : {}),
      ...(link ? { link: LINK } : {}),
    })),
  ),
);
const runs = (): Inline[] => [
  { text: 'Før ', bold: true },
  ...markCombinations.map((marks, i) => ({ text: `del ${i} `, ...marks })),
  { text: 'etter.' },
];

const roundTrip = (blocks: RichText) => docToBlocks(blocksToDoc(blocks));

describe('rich text ↔ editor document', () => {
  it('keeps every block type with every combination of marks', () => {
    for (const marks of markCombinations) {
      const run = { text: 'Alle skal bo trygt', ...marks };
      const blocks: RichText = [
        { type: 'paragraph', content: [run] },
        { type: 'heading', level: 2, content: [run] },
        { type: 'heading', level: 3, content: [run] },
        { type: 'list', ordered: false, items: [[run], [{ text: 'to' }]] },
        { type: 'list', ordered: true, items: [[run]] },
      ];
      expect(roundTrip(blocks), JSON.stringify(marks)).toEqual(blocks);
    }
  });

  it('keeps mixed runs, empty paragraphs and empty list items', () => {
    const blocks: RichText = [
      { type: 'heading', level: 2, content: runs() },
      { type: 'paragraph', content: runs() },
      { type: 'paragraph', content: [] },
      { type: 'list', ordered: true, items: [runs(), [], [{ text: 'tre', italic: true }]] },
      { type: 'list', ordered: false, items: [runs()] },
      { type: 'heading', level: 3, content: [] },
    ];
    expect(normalizeRichText(blocks)).toEqual(blocks);
    expect(roundTrip(blocks)).toEqual(blocks);
  });

  it('keeps two lists of the same kind apart, and text with line breaks', () => {
    const blocks: RichText = [
      { type: 'list', ordered: false, items: [[{ text: 'a' }]] },
      { type: 'list', ordered: false, items: [[{ text: 'b' }]] },
      { type: 'paragraph', content: [{ text: 'linje 1\nlinje 2' }] },
    ];
    expect(roundTrip(blocks)).toEqual(blocks);
  });

  it('gives the normalized form of text that is not normalized', () => {
    const messy: Block[] = [
      { type: 'paragraph', content: [{ text: 'Al', bold: false }, { text: 'le' }, { text: '' }] },
      { type: 'list', ordered: false, items: [] },
    ];
    expect(roundTrip(messy)).toEqual(normalizeRichText(messy));
    expect(roundTrip(messy)).toEqual([{ type: 'paragraph', content: [{ text: 'Alle' }] }]);
  });

  it('an empty chapter is one empty paragraph in the editor, and no blocks again after', () => {
    const doc = blocksToDoc([]);
    expect(doc.childCount).toBe(1);
    expect(doc.firstChild!.type.name).toBe('paragraph');
    expect(docToBlocks(doc)).toEqual([]);
  });

  it('random documents survive both ways (doc → blocks → doc too)', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const randomRuns = (): Inline[] =>
      Array.from({ length: random(4) }, () => ({
        text: ['Husbanken', ' og ', 'NAV', 'æøå ', '  '][random(5)]!,
        ...markCombinations[random(markCombinations.length)]!,
      }));
    for (let i = 0; i < 200; i++) {
      const blocks: Block[] = Array.from({ length: 1 + random(5) }, (): Block => {
        const kind = random(4);
        if (kind === 0) return { type: 'paragraph', content: randomRuns() };
        if (kind === 1) return { type: 'heading', level: random(2) ? 2 : 3, content: randomRuns() };
        return {
          type: 'list',
          ordered: kind === 3,
          items: Array.from({ length: 1 + random(3) }, randomRuns),
        };
      });
      const normalized = normalizeRichText(blocks);
      expect(roundTrip(normalized)).toEqual(normalized);
      const doc = blocksToDoc(normalized);
      expect(blocksToDoc(docToBlocks(doc)).eq(doc)).toBe(true);
      doc.check();
    }
  });

  it('the schema refuses heading levels the model does not have', () => {
    expect(() => richTextSchema.nodes.heading!.create({ level: 1 })).toThrow(
      'Overskrifter har nivå 2 eller 3.',
    );
  });
});
