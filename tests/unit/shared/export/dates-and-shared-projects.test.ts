import { beforeAll, describe, expect, it } from 'vitest';
import { multiYearOverview } from '#shared/budget/budget-tables';
import { buildPlanXlsx } from '#shared/export/excel/build-plan-xlsx';
import { DATE_FORMAT } from '#shared/export/excel/plan-workbook';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { formatKroner } from '#shared/format/numbers';
import type { Plan } from '#shared/model/plan';
import {
  bodyBlocks,
  cellsOf,
  readDocx,
  rowsOf,
  styleOf,
  tableAfter,
  textOf,
  type Block,
} from '../../../support/docx-reader';
import { wordExportPlan } from '../../../support/word-export-fixtures';
import {
  excelSerial,
  lastRow,
  readXlsx,
  rowCells,
  rowValues,
  type XlsxSheet,
} from '../../../support/xlsx-reader';

// Dates as the forms write them and shared projects led by another district, as the politician
// reads them in Word and the programme leader in Excel.

const NOTE =
  'Tiltak merket * er felles prosjekter som finansieres av Bydel Nordøst; beløpene er ikke med i summene.';

/** The Word fixture with 1A given as a year and a month, and 1C led by Bydel Nordøst. */
function plan(): Plan {
  const p = wordExportPlan();
  const [first, , third] = p.measures.filter((m) => m.code.startsWith('1'));
  Object.assign(first!, { startDate: '2027', endDate: '2028-06' });
  third!.sharedProject = { ...third!.sharedProject!, ledByOther: true };
  return p;
}

describe('dates and shared projects in the exported documents', () => {
  const p = plan();
  const led = p.measures.find((m) => m.sharedProject?.ledByOther)!;
  const first = p.measures.find((m) => m.code === '1A')!;
  const area = p.focusAreas.find((f) => f.id === first.focusAreaId)!;
  let blocks: Block[];
  let sheets: Record<string, XlsxSheet>;

  beforeAll(async () => {
    const bytes = await buildPlanDocx(
      p,
      { sections: ['satsningsomrader', 'budsjett'], date: '2027-01-15' },
      { orgChart: null },
    );
    blocks = bodyBlocks(readDocx(bytes).part('word/document.xml'));
    const read = readXlsx(await buildPlanXlsx(p));
    sheets = Object.fromEntries(read.map((s) => [s.name, s]));
  }, 60_000);

  it('writes start and end in the Word activity table as entered', () => {
    const table = tableAfter(blocks, `Tiltak i satsningsområde ${area.code}`);
    const rows = rowsOf(table.xml).map(cellsOf);
    const header = rows[0]!;
    const period = header.indexOf('Oppstart – slutt');
    const row = rows.find((cells) => cells[0] === '1A')!;
    expect(row[period]).toBe('2027\u00a0–\njuni 2028');
    // A measure with whole days keeps them.
    const second = rows.find((cells) => cells[0] === '1B')!;
    expect(second[period]).toBe('01.03.2027\u00a0–\n31.12.2027');
  });

  it('marks the shared project, shows its money and leaves it out of the sum, with one note', () => {
    const table = tableAfter(blocks, `Tiltak i satsningsområde ${area.code}`);
    const rows = rowsOf(table.xml).map(cellsOf);
    const header = rows[0]!;
    const money = header.indexOf('Kostnad og finansiering');
    const row = rows.find((cells) => cells[0] === `${led.code}*`)!;
    expect(row[money]).toContain('* Finansiert av Bydel Nordøst');
    const ledCost = row[money]!.split('\n')[0]!;
    expect(ledCost).toMatch(/^Kostnad\t?240\s000\s?kr$/u);

    const areaMeasures = p.measures.filter((m) => m.focusAreaId === area.id);
    const sum = rows.at(-1)!;
    expect(sum[0]).toBe(`Sum ${areaMeasures.length - 1} av ${areaMeasures.length} tiltak`);
    // The sum is the other rows' costs: the led project's 240 000 kr is not in it.
    const costOf = (cell: string) =>
      Number(/Kostnad\t?([\d\s]+)/u.exec(cell)![1]!.replace(/\s/g, ''));
    const others = rows
      .slice(1, -1)
      .filter((cells) => !cells[0]!.endsWith('*'))
      .reduce(
        (total, cells) => total + (/Kostnad/.test(cells[money]!) ? costOf(cells[money]!) : 0),
        0,
      );
    // The sum row's label spans the first columns, so find its money cell by its text.
    expect(costOf(sum.find((cell) => cell.startsWith('Kostnad'))!)).toBe(others);

    const at = blocks.indexOf(table);
    const after = blocks[at + 1]!;
    expect(textOf(after.xml)).toBe(NOTE);
    expect(styleOf(after.xml)).toBe('Tabellnote');
    expect(blocks.filter((b) => textOf(b.xml) === NOTE)).toHaveLength(1);
  });

  it('keeps the Word budget tables equal to the budget maths without the shared project', () => {
    const withoutLed = { ...p, measures: p.measures.filter((m) => m !== led) };
    const total = multiYearOverview(withoutLed).sum.cost;
    expect(multiYearOverview(p).sum.cost).toBe(total);
    const text = blocks.map((b) => textOf(b.xml)).join('\n');
    expect(text).toContain(formatKroner(total));
  });

  it('writes a day as a date cell and a year or a month as the text entered in Excel', () => {
    const sheet = sheets['Aktivitetsplan']!;
    const header = rowValues(sheet, 1);
    const [start, end, code] = [header.indexOf('Start'), header.indexOf('Slutt'), 1];
    const rowOf = (c: string) => {
      for (let r = 2; r <= lastRow(sheet); r++) if (rowValues(sheet, r)[code] === c) return r;
      throw new Error(c);
    };
    const first = rowCells(sheet, rowOf('1A'));
    expect(first[start]?.value).toBe('2027');
    expect(first[end]?.value).toBe('juni 2028');
    const second = rowCells(sheet, rowOf('1B'));
    expect(second[start]).toMatchObject({ value: excelSerial('2027-03-01'), format: DATE_FORMAT });
  });

  it('shows the shared project in Excel with its cost but not in the sum, with the note', () => {
    const sheet = sheets['Aktivitetsplan']!;
    const header = rowValues(sheet, 1);
    const total = header.indexOf('Sum kostnad');
    const shared = header.indexOf('Felles prosjekt');
    let sumRow = 0;
    let summed = 0;
    let ledRow = 0;
    for (let r = 2; r <= lastRow(sheet); r++) {
      const values = rowValues(sheet, r);
      if (values[0] === 'Sum') sumRow = r;
      else if (values[1] === `${led.code}*`) ledRow = r;
      else if (typeof values[total] === 'number') summed += values[total];
    }
    expect(rowValues(sheet, ledRow)[total]).toBe(240_000);
    expect(rowValues(sheet, ledRow)[shared]).toBe(
      'Bydel Nordøst (ansvarlig); Bydel Eksempel og Bydel Sørøst\nfinansiert av Bydel Nordøst – ikke med i summen',
    );
    expect(rowValues(sheet, sumRow)[total]).toBe(summed);
    expect(rowValues(sheet, lastRow(sheet))[0]).toBe(NOTE);
  });
});
