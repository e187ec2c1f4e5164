import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestWordWidth } from '#shared/export/word/text-width';
import { joinFlowingParts, part } from '#shared/export/word/word-page';
import { fitWidths } from '#shared/export/word/word-tables';
import { CELL_PADDING } from '#shared/export/word/word-table-style';
import { EMPTY_MARK } from '#shared/export/word/word-text';
import { periodCell } from '#shared/export/word/word-period';
import { SIZE } from '#shared/export/word/word-theme';
import type { Plan } from '#shared/model/plan';
import { setCost, setFrame } from '#shared/plan/budget-operations';
import { areaMeasuresInOrder } from '#shared/plan/measure-groups';
import { cellsOf, headings, rowsOf, tableAfter, textOf } from '../../../../support/docx-reader';
import { wordExportPlan, wordSections } from '../../../../support/word-export-fixtures';

// The page layout faults a reader meets in a real plan: chapters a page each, chained tables,
// fillers in every row, words broken in narrow columns. Each test reads the document's XML.

const documentOf = wordSections;

const sectionCount = (xml: string) => xml.match(/<w:sectPr/g)?.length ?? 0;
const keepsNext = (rowXml: string) => rowXml.includes('<w:keepNext/>');
const rawText = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ text }] });

describe('parts that flow', () => {
  it('joins a flowing part to the one before it of the same orientation, never to the cover', () => {
    const cover = { ...part('portrait', []), cover: true };
    const joined = joinFlowingParts([
      cover,
      part('portrait', [], { flow: true }),
      part('portrait', [], { flow: true }),
      part('landscape', [], { flow: true }),
      part('landscape', []),
    ]);
    expect(joined.map((p) => p.orientation)).toEqual([
      'portrait',
      'portrait',
      'landscape',
      'landscape',
    ]);
    expect(joined[0]!.cover).toBe(true);
  });

  it('lets chapters follow one another, breaks the page where a chapter asks, and leaves out an empty one', async () => {
    const plan = wordExportPlan();
    plan.risks = [];
    plan.chapters = [
      {
        id: 'k1',
        kind: 'innledning',
        title: 'Innledning',
        content: [paragraph('A')],
        newPage: false,
      },
      { id: 'k2', kind: 'bakgrunn', title: 'Bakgrunn', content: [paragraph('B')], newPage: false },
      { id: 'k3', kind: 'annet', title: 'Tomt kapittel', content: [], newPage: false },
      { id: 'k4', kind: 'annet', title: 'Vedlegg', content: [paragraph('C')], newPage: true },
    ];
    const { document, blocks } = await documentOf(plan, ['kapitler']);
    expect(headings(blocks, 1)).toEqual(['Innledning', 'Bakgrunn', 'Vedlegg']);
    // Innledning and Bakgrunn share a section; Vedlegg starts a new one (a new page).
    expect(sectionCount(document)).toBe(2);
  });
});

describe('the activity table', () => {
  it('lists the measures in the order the app shows them, not by code', async () => {
    const plan = wordExportPlan();
    const a = plan.measures.findIndex((m) => m.code === '1A');
    const b = plan.measures.findIndex((m) => m.code === '1B');
    [plan.measures[a], plan.measures[b]] = [plan.measures[b]!, plan.measures[a]!];
    const { blocks } = await documentOf(plan, ['satsningsomrader']);
    const rows = rowsOf(tableAfter(blocks, 'Tiltak i satsningsområde 1').xml).map(cellsOf);
    // 1C is a shared project: last, under «Felles prosjekter», as in Husbanken's form.
    expect(rows.slice(1, -1).map((r) => r[0])).toEqual([
      '1B',
      '1A',
      '1D',
      'Felles prosjekter',
      '1C',
    ]);
  });

  it('marks an empty field with a dash, explained once under the table', async () => {
    const plan = wordExportPlan();
    const { blocks } = await documentOf(plan, ['satsningsomrader']);
    const table = tableAfter(blocks, 'Tiltak i satsningsområde 1');
    const empty = rowsOf(table.xml)
      .map(cellsOf)
      .find((r) => r[0] === '1D')!;
    // 1D has no expected result, cost, dates, partners or owner.
    expect(empty.filter((cell) => cell === EMPTY_MARK)).toHaveLength(5);
    const texts = blocks.map((b) => textOf(b.xml));
    for (const filler of ['Ikke beskrevet', 'Ikke satt', 'Ikke avklart', 'Ingen kostnad'])
      expect(texts.join('\n')).not.toContain(filler);
    const notes = texts.filter((t) => t.startsWith(`${EMPTY_MARK} betyr`));
    expect(notes).toHaveLength(1);
    expect(texts[blocks.indexOf(table) + 1]).toBe(notes[0]);
  });

  it('keeps the sum row with the row above it, so no page holds only the header and the sum', async () => {
    const { blocks } = await documentOf(wordExportPlan(), ['satsningsomrader']);
    const rows = rowsOf(tableAfter(blocks, 'Tiltak i satsningsområde 1').xml);
    expect(keepsNext(rows[rows.length - 2]!)).toBe(true);
    expect(keepsNext(rows[rows.length - 1]!)).toBe(false);
    // Only the group heading «Felles prosjekter» keeps with the row below it.
    const kept = rows
      .slice(1, -2)
      .filter(keepsNext)
      .map((r) => cellsOf(r)[0]);
    expect(kept).toEqual(['Felles prosjekter']);
  });

  it('gives every column room for its longest word, header included', async () => {
    const plan = wordExportPlan();
    // Long compounds of the kind that broke mid-word: «programansvarli/g», «husstand/er».
    const measure = plan.measures.find((m) => m.owner?.kind === 'person' && m.partnerIds.length)!;
    plan.people.find((p) => p.id === measure.owner!.id)!.title = 'Programansvarlig';
    plan.partners.find((p) => p.id === measure.partnerIds[0])!.name = 'Husstandsoppfølgingen';
    const { blocks } = await documentOf(plan, ['satsningsomrader']);
    const table = tableAfter(blocks, 'Tiltak i satsningsområde 1');
    const grid = [...table.xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const rows = rowsOf(table.xml);
    // The header as written, with the soft hyphens (U+00AD) where a long title may break.
    const header = rows[0]!.split('</w:tc>').slice(0, -1).map(rawText);
    // Group rows («Felles prosjekter») span every column.
    const spanning = (row: string) => row.includes('<w:gridSpan');
    const body = [
      header,
      ...rows
        .slice(1, -1)
        .filter((r) => !spanning(r))
        .map(cellsOf),
    ];
    grid.forEach((width, column) => {
      // The cost column holds «label … amount» lines, measured as a whole by its own test.
      if (column === 3) return;
      for (const [i, row] of body.entries()) {
        const text = row[column] ?? '';
        const needed = longestWordWidth(text, SIZE.table, i === 0) + 2 * CELL_PADDING;
        expect(width, `kolonne ${column}: «${text}»`).toBeGreaterThanOrEqual(needed);
      }
    });
  });
});

describe('the budget chapter', () => {
  function planWithMoneyIn(years: number[]): Plan {
    let plan = wordExportPlan();
    plan = { ...plan, budget: { ...plan.budget, frame: [] } };
    const none = { costs: [], financing: { mode: 'default' as const } };
    plan.budget.programmeManagement = none;
    for (const m of plan.measures) m.budget = none;
    const ref = { kind: 'tiltak' as const, measureId: plan.measures[0]!.id };
    for (const year of years) plan = setCost(plan, ref, year, 100_000);
    return plan;
  }

  it('leaves out the years without any money and says which they are', async () => {
    const plan = planWithMoneyIn([2027, 2028]);
    const { blocks } = await documentOf(plan, ['budsjett']);
    expect(headings(blocks, 2).filter((h) => /^Budsjett \d{4}$/.test(h))).toEqual([
      'Budsjett 2027',
      'Budsjett 2028',
    ]);
    expect(headings(blocks, 2)).toContain('Flerårig oversikt 2027–2030');
    const text = blocks.map((b) => textOf(b.xml)).join('\n');
    expect(text).toContain('For 2029 og 2030 er det ikke lagt inn kostnader eller finansiering');
  });

  it('shows every financing source as a column, also one without amounts', async () => {
    const plan = planWithMoneyIn([2027]);
    const { blocks } = await documentOf(plan, ['budsjett']);
    const header = cellsOf(rowsOf(tableAfter(blocks, 'Budsjett 2027').xml)[0]!);
    for (const source of plan.budget.sources) expect(header).toContain(source.name);
  });

  it('does not chain one year’s table to the next: the last row keeps with nothing', async () => {
    const { blocks } = await documentOf(wordExportPlan(), ['budsjett']);
    for (const title of ['Budsjett 2027', 'Budsjett 2028']) {
      const rows = rowsOf(tableAfter(blocks, title).xml);
      expect(keepsNext(rows[rows.length - 1]!), title).toBe(false);
    }
  });

  it('says in words when a year costs more than the programme frame', async () => {
    let plan = planWithMoneyIn([2027]);
    plan = setFrame(plan, 2027, 80_000);
    const { blocks } = await documentOf(plan, ['budsjett']);
    const text = blocks.map((b) => textOf(b.xml)).join('\n');
    expect(text).toContain(
      'Kostnaden i 2027 er 20\u00a0000\u00a0kr over programrammen på 80\u00a0000\u00a0kr.',
    );
  });
});

describe('partners', () => {
  it('prints involvement only when someone chose it', async () => {
    const plan = wordExportPlan();
    for (const p of plan.partners) p.involvement = null;
    const { blocks } = await documentOf(plan, ['organisering']);
    const header = cellsOf(rowsOf(tableAfter(blocks, 'Samarbeidspartnere').xml)[0]!);
    expect(header).not.toContain('Aktiv deltakelse');
    plan.partners[0]!.involvement = 'formell';
    const chosen = await documentOf(plan, ['organisering']);
    const withLevels = cellsOf(rowsOf(tableAfter(chosen.blocks, 'Samarbeidspartnere').xml)[0]!);
    expect(withLevels).toContain('Formell deltakelse');
  });
});

describe('lists in chapter text', () => {
  it('keeps the first item with the second and the last with the one before, and the lead-in with the list', async () => {
    const plan = wordExportPlan();
    plan.risks = [];
    plan.chapters = [
      {
        id: 'k1',
        kind: 'innledning',
        title: 'Frister',
        newPage: false,
        content: [
          paragraph('Fristene er:'),
          {
            type: 'list',
            ordered: false,
            items: [[{ text: 'én' }], [{ text: 'to' }], [{ text: 'tre' }], [{ text: 'fire' }]],
          },
        ],
      },
    ];
    const { blocks } = await documentOf(plan, ['kapitler']);
    const at = blocks.findIndex((b) => textOf(b.xml) === 'Fristene er:');
    const kept = blocks.slice(at, at + 5).map((b) => keepsNext(b.xml));
    expect(kept).toEqual([true, true, false, true, false]);
  });
});

describe('column widths from the content', () => {
  const case_ = fc
    .array(
      fc.tuple(fc.double({ min: 0.1, max: 5, noNaN: true }), fc.integer({ min: 0, max: 3000 })),
      {
        minLength: 1,
        maxLength: 10,
      },
    )
    .chain((columns) =>
      fc.record({ columns: fc.constant(columns), total: fc.integer({ min: 500, max: 20_000 }) }),
    );

  it('adds up to the width, and gives every column its least width when they all fit', () => {
    fc.assert(
      fc.property(case_, ({ columns, total }) => {
        const weights = columns.map(([w]) => w);
        const mins = columns.map(([, m]) => m);
        const result = fitWidths(total, weights, mins);
        expect(result.reduce((a, b) => a + b, 0)).toBe(total);
        if (mins.reduce((a, b) => a + b, 0) < total)
          result.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(mins[i]!));
      }),
    );
  });
});

describe('goals without result goals', () => {
  it('get no table of empty rows; only goals with result goals have one', async () => {
    const plan = wordExportPlan();
    const { blocks } = await documentOf(plan, ['mal']);
    const captions = blocks
      .map((b) => textOf(b.xml))
      .filter((t) => t.startsWith('Resultatmål og indikatorer for hovedmål'));
    const withResults = plan.mainGoals.filter((g) => g.subGoals.some((s) => s.resultGoals.length));
    expect(withResults.length).toBeLessThan(plan.mainGoals.length);
    expect(captions).toHaveLength(withResults.length);
    expect(blocks.map((b) => textOf(b.xml)).join('\n')).not.toContain('Ingen resultatmål');
  });
});

describe('the measure overview of the short version', () => {
  it('marks empty fields with a dash and one note, and leaves a project led by another district out of the sum', async () => {
    const plan = wordExportPlan();
    const led = plan.measures.find((m) => m.code === '1C')!;
    led.sharedProject = { responsible: 'Bydel Nordøst', participants: '', ledByOther: true };
    const { blocks } = await documentOf(plan, ['tiltaksoversikt']);
    const table = tableAfter(blocks, 'Tiltaksoversikt');
    const rows = rowsOf(table.xml).map(cellsOf);
    expect(rows.find((r) => r[0] === '1D')).toContain(EMPTY_MARK);
    expect(rows.some((r) => r[0] === '1C*')).toBe(true);
    expect(rows[rows.length - 1]![0]).toBe(
      `Sum ${plan.measures.length - 1} av ${plan.measures.length} tiltak`,
    );
    const after = blocks.slice(blocks.indexOf(table) + 1).map((b) => textOf(b.xml));
    expect(after.some((t) => t.includes('Bydel Nordøst'))).toBe(true);
    expect(after.filter((t) => t.startsWith(`${EMPTY_MARK} betyr`))).toHaveLength(1);
  });
});

describe('a very tall last row', () => {
  it('is not kept with the sum row, which LibreOffice cannot lay out', async () => {
    const plan = wordExportPlan();
    // The last row shown: the area's shared project, under its group heading.
    const area = areaMeasuresInOrder(plan, plan.measures[0]!.focusAreaId);
    area[area.length - 1]!.description = 'Lang beskrivelse. '.repeat(200);
    const { blocks } = await documentOf(plan, ['satsningsomrader']);
    const rows = rowsOf(tableAfter(blocks, 'Tiltak i satsningsområde 1').xml);
    expect(rows.some(keepsNext)).toBe(false);
  });
});

describe('the period cell, in the plan and in the status reports', () => {
  it('shows the dates as entered, one of them with «Fra»/«Til», and a dash for none', () => {
    expect(periodCell('2027', '2028-06')).toEqual(['2027\u00a0–', 'juni 2028']);
    expect(periodCell('2027-03-01', null)).toBe('Fra 01.03.2027');
    expect(periodCell('2012', '2012')).toBe('2012');
    expect(periodCell(null, '2028')).toBe('Til 2028');
    expect(periodCell(null, null)).toBe(EMPTY_MARK);
  });
});
