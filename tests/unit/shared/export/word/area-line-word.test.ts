import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { wordSectionIds } from '#shared/export/word/word-export-options';
import { formatKroner } from '#shared/format/numbers';
import {
  bodyBlocks,
  cellsOf,
  readDocx,
  rowsOf,
  tableAfter,
  type Block,
} from '../../../../support/docx-reader';
import { areaBudgetPlan } from '../../../../support/area-budget-plan';

const tableRows = (blocks: Block[], heading: string) =>
  rowsOf(tableAfter(blocks, heading).xml).map(cellsOf);

// Read back from the document itself: every table sums the focus area lines, so a plan budgeted
// per focus area only (Husbanken's form) gets the same totals everywhere.
describe('the Word document of a plan budgeted per focus area', () => {
  let blocks: Block[];
  beforeAll(async () => {
    const bytes = await buildPlanDocx(
      areaBudgetPlan(),
      { sections: [...wordSectionIds], date: '2026-03-01' },
      { orgChart: null },
    );
    blocks = bodyBlocks(readDocx(bytes).part('word/document.xml'));
  }, 60_000);

  it('counts the area lines in each year’s table and the overview', () => {
    const y2027 = tableRows(blocks, 'Budsjett 2027');
    expect(y2027.map((r) => r.slice(0, 2))).toEqual([
      ['Satsningsområde', 'Kostnad'],
      ['Programledelse', formatKroner(0)],
      ['1 Egnede boliger for vanskeligstilte', formatKroner(300_000)],
      ['2 Individuell oppfølging i bomiljø', formatKroner(100_000)],
      ['Sum', formatKroner(400_000)],
    ]);
    const overview = tableRows(blocks, 'Flerårig oversikt 2027–2030');
    expect(overview.at(-1)).toEqual([
      'Sum',
      formatKroner(600_000),
      formatKroner(310_000),
      formatKroner(290_000),
      formatKroner(0),
      formatKroner(0),
      formatKroner(600_000),
    ]);
  });

  it('counts them in the summary’s cost and municipal share', () => {
    const summary = tableRows(blocks, 'Kostnad og kommunens andel');
    // No other sources are used, so the summary leaves their column out.
    expect(summary[0]).toEqual([
      'År',
      'Samlet kostnad',
      'Kommunens egenandel',
      'Tilskudd fra Husbanken',
    ]);
    expect(summary.at(-1)).toEqual([
      'Sum',
      formatKroner(600_000),
      formatKroner(290_000),
      formatKroner(310_000),
    ]);
  });

  it('shows the area line first in the activity table and counts it in the sum row', () => {
    const area1 = tableRows(blocks, 'Tiltak i satsningsområde 1');
    expect(area1[1]![1]).toContain('Felles for satsningsområdet');
    expect(area1[1]![3]).toContain(`Kostnad\t${formatKroner(500_000)}`);
    expect(area1[2]![0]).toBe('1A');
    const sum = area1.at(-1)!;
    expect(sum[0]).toBe('Sum felles og 1 tiltak');
    expect(sum.join(' ')).toContain(`Kostnad\t${formatKroner(500_000)}`);
    // An area with money but no measures still gets its table, with the area line alone.
    const area2 = tableRows(blocks, 'Tiltak i satsningsområde 2');
    expect(area2).toHaveLength(3);
    expect(area2.at(-1)![0]).toBe('Sum felles');
    expect(area2.at(-1)!.join(' ')).toContain(`Kostnad\t${formatKroner(100_000)}`);
  });

  it('counts them in the one-table overview of every measure', () => {
    const overview = tableRows(blocks, 'Tiltaksoversikt');
    // A group row is one cell across the table.
    const texts = overview.map((r) => [r[0], r[1], r.at(-1)]);
    expect(texts).toEqual([
      ['Kode', 'Tiltak', 'Kostnad'],
      [
        'Satsningsområde 1: Egnede boliger for vanskeligstilte',
        undefined,
        'Satsningsområde 1: Egnede boliger for vanskeligstilte',
      ],
      ['', 'Felles for satsningsområdet', formatKroner(500_000)],
      ['1A', 'Boligtorg', formatKroner(0)],
      [
        'Satsningsområde 2: Individuell oppfølging i bomiljø',
        undefined,
        'Satsningsområde 2: Individuell oppfølging i bomiljø',
      ],
      ['', 'Felles for satsningsområdet', formatKroner(100_000)],
      ['Sum felles og 1 tiltak', formatKroner(600_000), formatKroner(600_000)],
    ]);
  });
});
