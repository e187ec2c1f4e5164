import { describe, expect, it } from 'vitest';
import { buildPlanXlsx } from '#shared/export/excel/build-plan-xlsx';
import { lastRow, readXlsx, rowCells, rowValues } from '../../../../support/xlsx-reader';
import { sharedProjectsPlan } from '../../../../support/shared-projects-plan';

describe('shared projects on the activity sheet', () => {
  it('stand last in their focus area after a bold group row «Felles prosjekter»', async () => {
    const sheets = readXlsx(await buildPlanXlsx(sharedProjectsPlan()));
    const sheet = sheets.find((s) => s.name === 'Aktivitetsplan')!;
    const header = rowValues(sheet, 1) as string[];
    const [area, code, title] = ['Satsningsområde', 'Kode', 'Tiltak'].map((t) => header.indexOf(t));
    const rows = Array.from({ length: lastRow(sheet) - 1 }, (_, i) => rowValues(sheet, i + 2));
    expect(rows.map((r) => [r[area!], r[code!], r[title!]])).toEqual([
      ['1 Boliger', '1A', 'Boligtorg'],
      ['1 Boliger', '1B', 'Bostøtteveiledning'],
      ['1 Boliger', undefined, 'Felles prosjekter'],
      ['1 Boliger', '1A', 'Ressursbank'],
      ['1 Boliger', '1B', 'Felles kartlegging'],
      ['2 Tjenester', '2A', 'Oppfølging i bolig'],
      ['Sum', undefined, undefined],
    ]);
    expect(rowCells(sheet, 4)[title!]?.bold).toBe(true);
    expect(rowCells(sheet, 5)[title!]?.bold).toBeFalsy();
  });
});
