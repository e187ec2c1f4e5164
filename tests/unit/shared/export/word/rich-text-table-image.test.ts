import { describe, expect, it } from 'vitest';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { contentWeights, imageSize } from '#shared/export/word/rich-text-table-image';
import { TEXT_WIDTH } from '#shared/export/word/word-page';
import type { Block } from '#shared/model/rich-text';
import {
  bodyBlocks,
  cellsOf,
  decodeXml,
  rowsOf,
  styleOf,
  textOf,
} from '../../../../support/docx-reader';
import { readExportedDocx } from '../../../../support/exported-docx';
import { solidPng, wordExportPlan } from '../../../../support/word-export-fixtures';

const options = { sections: ['kapitler' as const], date: '2027-03-01' };
const png = solidPng(1600, 400, [31, 78, 121]);
const pngBase64 = Buffer.from(png).toString('base64');

const statistics: Block[] = [
  {
    type: 'table',
    caption: 'Bostedsløse husstander i bydelen',
    rows: [
      [[{ text: 'År' }], [{ text: 'Husstander' }], [{ text: 'Kilde' }]],
      [[{ text: '2020' }], [{ text: '142' }], [{ text: 'NIBR-kartleggingen' }]],
      [[{ text: '2024' }], [{ text: '117', bold: true }]],
    ],
  },
  {
    type: 'image',
    mimeType: 'image/png',
    data: pngBase64,
    alt: 'Søyler for 2020 og 2024: antallet går ned fra 142 til 117.',
    caption: 'Figur 1: Bostedsløse husstander',
    width: 1600,
    height: 400,
  },
];

async function exported() {
  const plan = wordExportPlan();
  plan.chapters[0]!.content.push(...statistics);
  return readExportedDocx(await buildPlanDocx(plan, options, { orgChart: null }));
}

describe('tables and pictures of chapter text in Word', () => {
  it('writes the table in the document’s table style with its caption above and a repeated header row', async () => {
    const docx = await exported();
    const blocks = bodyBlocks(docx.documentXml);
    const at = blocks.findIndex((b) => textOf(b.xml) === 'Bostedsløse husstander i bydelen');
    expect(styleOf(blocks[at]!.xml)).toBe('Caption');
    const table = blocks[at + 1]!;
    expect(table.kind).toBe('tbl');
    expect(table.xml).toContain('<w:tblStyle w:val="Plantabell"/>');
    const rows = rowsOf(table.xml);
    expect(rows[0]).toContain('<w:tblHeader/>');
    // A short row is filled out to the full grid.
    expect(rows.map(cellsOf)).toEqual([
      ['År', 'Husstander', 'Kilde'],
      ['2020', '142', 'NIBR-kartleggingen'],
      ['2024', '117', ''],
    ]);
    expect(rows[2]).toContain('<w:b/>');
    // The column of figures is right-aligned (Tabelltall), the text column is not.
    const cells = (row: string) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    expect(styleOf(cells(rows[1]!)[1]!)).toBe('Tabelltall');
    expect(styleOf(cells(rows[1]!)[2]!)).toBe('Tabelltekst');
  });

  it('puts the picture in word/media, scaled to the text width, with its alt text and caption', async () => {
    const docx = await exported();
    expect([...docx.media.values()]).toContainEqual(png);
    const docPr = /<wp:docPr ([^>]*)\/>/.exec(docx.documentXml)![1]!;
    expect(decodeXml(/descr="([^"]*)"/.exec(docPr)![1]!)).toBe(
      'Søyler for 2020 og 2024: antallet går ned fra 142 til 117.',
    );
    expect(decodeXml(/title="([^"]*)"/.exec(docPr)![1]!)).toBe('Figur 1: Bostedsløse husstander');
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(docx.documentXml)!;
    const emuPerPixel = 9525;
    const widthPx = Number(extent[1]) / emuPerPixel;
    expect(widthPx).toBeLessThanOrEqual(TEXT_WIDTH.portrait / 15);
    expect(widthPx).toBeGreaterThan(600);
    expect(Number(extent[1]) / Number(extent[2])).toBeCloseTo(4, 1);
    expect(docx.paragraphs).toContain('Figur 1: Bostedsløse husstander');
  });

  it('never enlarges a small picture, and gives a column of long words more room', () => {
    expect(imageSize({ width: 200, height: 100 })).toEqual({ width: 200, height: 100 });
    expect(imageSize({ width: 3000, height: 3000 }).height).toBeLessThanOrEqual(620);
    const [year, source] = contentWeights(
      [
        [[{ text: 'År' }], [{ text: 'Kilde' }]],
        [[{ text: '2020' }], [{ text: 'Kommunehelsestatistikkbanken' }]],
      ],
      2,
    );
    expect(source!).toBeGreaterThan(year! * 3);
  });
});
