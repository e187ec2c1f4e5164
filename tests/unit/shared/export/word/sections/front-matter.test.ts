import { describe, expect, it } from 'vitest';
import { multiYearOverview } from '#shared/budget/budget-tables';
import { withoutRole } from '#shared/export/word/sections/cover';
import { formatKroner } from '#shared/format/numbers';
import { readLogoImage } from '#shared/plan/logo-image';
import {
  bodyBlocks,
  cellsOf,
  headings,
  rowsOf,
  tableAfter,
  textOf,
} from '../../../../../support/docx-reader';
import {
  solidPng,
  wordExportPlan,
  wordSections,
} from '../../../../../support/word-export-fixtures';

const build = wordSections;

/** The text of the cover: everything before the first section break. */
function coverText(document: string): string {
  const first = document.slice(0, document.indexOf('<w:sectPr'));
  return bodyBlocks(first + '</w:body>')
    .flatMap((b) =>
      b.kind === 'tbl' ? rowsOf(b.xml).flatMap((row) => cellsOf(row)) : [textOf(b.xml)],
    )
    .filter(Boolean)
    .join('\n');
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the political summary', () => {
  it('gives the proposed decision as written, under its own heading', async () => {
    const plan = wordExportPlan();
    plan.info.proposedDecision =
      'Bydelsutvalget vedtar handlingsplanen.\nBydelsdirektøren søker Husbanken om tilskudd.';
    const { blocks, text } = await build(plan, ['sammendrag']);
    expect(headings(blocks, 2)[0]).toBe('Forslag til vedtak');
    expect(text).toContain('Bydelsutvalget vedtar handlingsplanen.\nBydelsdirektøren søker');
  });

  it('leaves the heading out when there is no proposed decision, with no filler in its place', async () => {
    const plan = wordExportPlan();
    plan.info.proposedDecision = '  \n ';
    const { blocks, text } = await build(plan, ['sammendrag']);
    expect(headings(blocks, 2)).not.toContain('Forslag til vedtak');
    expect(text).not.toMatch(/vedtak/i);
  });

  it('gives the cost, the municipal share and Husbanken per year from the budget maths', async () => {
    const plan = wordExportPlan();
    const { blocks, text } = await build(plan, ['sammendrag']);
    const overview = multiYearOverview(plan);
    const kind = (i: number) => plan.budget.sources[i]!.kind;
    const rows = rowsOf(tableAfter(blocks, 'Kostnad og kommunens andel').xml).map(cellsOf);
    overview.rows.forEach((row, r) => {
      const municipal = row.bySource.filter((_, i) => kind(i) === 'kommunal')[0]!;
      const husbanken = row.bySource.filter((_, i) => kind(i) === 'husbanken')[0]!;
      expect(rows[r + 1]!.slice(0, 4)).toEqual([
        row.label,
        formatKroner(row.cost),
        formatKroner(municipal),
        formatKroner(husbanken),
      ]);
    });
    expect(rows[rows.length - 1]![1]).toBe(formatKroner(overview.sum.cost));
    expect(text).toContain(`Samlet kostnad for 2027–2030 er ${formatKroner(overview.sum.cost)}`);
  });

  it('lists the measures marked most important with code, title and owner, in plan order', async () => {
    const plan = wordExportPlan();
    const [first, , , fourth] = plan.measures;
    fourth!.priority = true;
    first!.priority = true;
    const { blocks } = await build(plan, ['sammendrag']);
    const rows = rowsOf(tableAfter(blocks, 'De viktigste tiltakene').xml).map(cellsOf);
    expect(rows[0]).toEqual(['Kode', 'Tiltak', 'Ansvarlig']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([first!.code, fourth!.code]);
    expect(rows[1]).toEqual([first!.code, first!.title, 'Håkon Myhre, Boligkonsulent']);
  });

  it('has no list of important measures when none is marked', async () => {
    const plan = wordExportPlan();
    plan.measures.forEach((m) => (m.priority = false));
    const { blocks } = await build(plan, ['sammendrag']);
    expect(headings(blocks, 2)).not.toContain('De viktigste tiltakene');
  });

  it('names the vision, the numbered main goals and who is responsible', async () => {
    const plan = wordExportPlan();
    const { text } = await build(plan, ['sammendrag']);
    expect(text).toContain(`«${plan.vision.text}»`);
    plan.mainGoals.forEach((g, i) => expect(text).toContain(`Hovedmål ${i + 1}: ${g.title}`));
    expect(text).toContain('Programansvarlig: Bydelsdirektør');
    expect(text).toContain('Programleder: Marte Fjellheim');
    expect(text).not.toContain('Marte Fjellheim, Programleder');
  });
});

describe('the cover', () => {
  it('names the district large, gives the period once and the role once', async () => {
    const plan = wordExportPlan();
    plan.info.title = 'Boligsosial handlingsplan';
    const { document } = await build(plan, ['forside']);
    const cover = coverText(document);
    expect(cover.split('\n').slice(0, 2)).toEqual(['Bydel Eksempel', 'Oslo kommune']);
    expect(count(cover, '2027–2030')).toBe(1);
    expect(cover).toContain('Programleder\nMarte Fjellheim');
    expect(count(cover, 'Programleder')).toBe(1);
    expect(cover).toContain('Programansvarlig\nBydelsdirektør');
  });

  it('does not print the period again when the title names it', async () => {
    const plan = wordExportPlan();
    plan.info.title = 'Boligsosial handlingsplan 2027–2030';
    const { document } = await build(plan, ['forside']);
    expect(count(coverText(document), '2027–2030')).toBe(1);
  });

  it("holds the programme box: the leader's phone and e-mail, the owner and the national frame", async () => {
    const plan = wordExportPlan();
    const leader = plan.people.find((p) => p.id === plan.info.programmeLeader!.id)!;
    leader.phone = '23 42 00 00';
    const { document } = await build(plan, ['forside']);
    const cover = coverText(document);
    expect(cover).toContain('Om programmet');
    expect(cover).toContain('Telefon\n23 42 00 00');
    expect(cover).toContain(`E-post\n${leader.email}`);
    expect(cover).toContain(
      'Nasjonal ramme\nHusbankens mål for Boligsosialt utviklingsprogram (2010)',
    );
  });

  it('shows the logo with its alt text, and has no image without one', async () => {
    const plan = wordExportPlan();
    const without = await build(plan, ['forside']);
    expect(without.docx.paths.some((p) => p.startsWith('word/media/'))).toBe(false);

    const logo = readLogoImage(solidPng(300, 120, [47, 84, 150]), 'Bydel Eksempels logo');
    if (!logo.ok) throw new Error(logo.message);
    plan.info.logo = logo.logo;
    const withLogo = await build(plan, ['forside']);
    const media = withLogo.docx.paths.filter((p) => p.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/\.png$/);
    expect(withLogo.document).toMatch(/<wp:docPr [^>]*descr="Bydel Eksempels logo"/);
    // 300 × 120 px scaled into the 240 × 110 box keeps its shape: 240 × 96 px in EMU.
    expect(withLogo.document).toContain(`<wp:extent cx="${240 * 9525}" cy="${96 * 9525}"/>`);
  });
});

describe('a name under a label that already says the role', () => {
  it('drops the role, keeps any other title', () => {
    expect(withoutRole('Marte Fjellheim, Programleder', 'Programleder')).toBe('Marte Fjellheim');
    expect(withoutRole('Bydelsdirektør – programansvarlig', 'Programansvarlig')).toBe(
      'Bydelsdirektør',
    );
    expect(withoutRole('Ingrid Solbakken, Bydelsdirektør', 'Programansvarlig')).toBe(
      'Ingrid Solbakken, Bydelsdirektør',
    );
    expect(withoutRole('Programleder', 'Programleder')).toBe('Programleder');
  });
});

describe('the measure overview of the short version', () => {
  it('sums to the budget’s cost without programme management, and marks the priorities', async () => {
    const plan = wordExportPlan();
    plan.measures[1]!.priority = true;
    const { blocks } = await build(plan, ['tiltaksoversikt']);
    const rows = rowsOf(tableAfter(blocks, 'Tiltaksoversikt').xml).map(cellsOf);
    const overview = multiYearOverview(plan);
    const management = plan.budget.programmeManagement.costs.reduce((s, c) => s + c.amount, 0);
    expect(rows[rows.length - 1]).toEqual([
      `Sum ${plan.measures.length} tiltak`,
      formatKroner(overview.sum.cost - management),
    ]);
    const marked = rows.find((r) => r[0] === plan.measures[1]!.code)!;
    expect(marked[1]).toBe(`${plan.measures[1]!.title}\nPrioritert`);
    const plain = rows.find((r) => r[0] === plan.measures[0]!.code)!;
    expect(plain[1]).toBe(plan.measures[0]!.title);
  });
});
