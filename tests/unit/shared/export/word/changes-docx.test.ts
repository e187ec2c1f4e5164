import { describe, expect, test } from 'vitest';
import { buildChangesDocx } from '#shared/export/word/changes/build-changes-docx';
import { formatKroner } from '#shared/format/numbers';
import { comparePlans } from '#shared/plan/compare/compare-plans';
import { revisedPlan } from '../../../../support/compare-change-set';
import { comparePlan } from '../../../../support/compare-fixtures';
import {
  bodyBlocks,
  cellsOf,
  headings,
  readDocx,
  rowsOf,
  tableAfter,
  textOf,
} from '../../../../support/docx-reader';

// «Endringer siden vedtak» read back: the summary counts, each changed part with its items, and
// a short document when nothing changed.

const adopted = comparePlan();
const revised = revisedPlan(adopted);
const labels = {
  fromLabel: 'Versjon 1.0, vedtatt 12. mars 2027 av bydelsutvalget (sak 2027/123)',
  toLabel: 'Utkast til versjon 1.1, 5. desember 2026',
  today: '2026-12-05',
};

async function documentOf(before = adopted, after = revised) {
  const bytes = await buildChangesDocx({
    plan: after,
    comparison: comparePlans(before, after),
    ...labels,
  });
  return bodyBlocks(readDocx(bytes).part('word/document.xml'));
}

const tableRows = (xml: string) => rowsOf(xml).map(cellsOf);
const plain = (rows: string[][]) => rows.map((r) => r.map((c) => c.replace(/\u00a0/g, ' ')));

describe('buildChangesDocx', () => {
  test('title, plan name and the two versions compared', async () => {
    const blocks = await documentOf();
    const text = blocks.filter((b) => b.kind === 'p').map((b) => textOf(b.xml));
    expect(text).toContain('Endringer siden vedtak');
    expect(text.some((t) => t.startsWith('Boligsosial handlingsplan for Bydel Eksempel'))).toBe(
      true,
    );
    expect(text).toContain(`Fra: ${labels.fromLabel}`);
    expect(text).toContain(`Til: ${labels.toLabel}`);
    expect(text).toContain('Laget: 05.12.2026');
  });

  test('the summary has a row per part with its counts, and a sum row', async () => {
    const blocks = await documentOf();
    const rows = tableRows(tableAfter(blocks, 'Oversikt').xml);
    expect(rows[0]).toEqual(['Del av planen', 'Lagt til', 'Endret', 'Fjernet', 'Flyttet']);
    expect(rows).toHaveLength(1 + 13 + 1);
    // Added 3C, changed 1B, removed 2A, moved 1C to area 3.
    expect(rows.find((r) => r[0] === 'Tiltak')).toEqual(['Tiltak', '1', '1', '1', '1']);
    expect(rows.find((r) => r[0] === 'Budsjett')).toEqual(['Budsjett', '2', '2', '0', '0']);
    expect(rows.find((r) => r[0] === 'Strategier')).toEqual(['Strategier', '0', '0', '0', '0']);
    expect(rows.at(-1)).toEqual(['Sum', '3', '8', '1', '4']);
  });

  test('only parts with changes get a heading, each with its items by kind', async () => {
    const blocks = await documentOf();
    const parts = headings(blocks, 1);
    expect(parts).toEqual([
      'Oversikt',
      'Om planen',
      'Visjon og mål',
      'Tiltak',
      'Budsjett',
      'Organisering',
      'Tekstkapitler',
      'Risikoanalyse',
    ]);
    const text = blocks.map((b) => textOf(b.xml)).join('\n');
    expect(text).toContain('Tiltak 3C «Boveiledning»');
    expect(text).toContain('Tiltak 2A «Boveiledning»');
    expect(headings(blocks, 2)).toEqual(
      expect.arrayContaining(['Lagt til (1)', 'Fjernet (1)', 'Flyttet (1)']),
    );
  });

  test('a changed item reads «fra … til …» in its own rows; a move reads from and to', async () => {
    const blocks = await documentOf();
    const all = blocks.filter((b) => b.kind === 'tbl').flatMap((b) => plain(tableRows(b.xml)));
    // The examples, as rows under the item they belong to.
    const at = (text: string) => all.findIndex((r) => r.length === 1 && r[0] === text);
    const owner = at('Tiltak 1B «Startlån til unge»');
    expect(all.slice(owner + 1, owner + 3)).toEqual([
      ['Ansvarlig', 'NAV', 'Boligkontoret'],
      ['Status', 'Ikke angitt', 'Videreført'],
    ]);
    const cost = at('Budsjett 2027: 1B «Startlån til unge»');
    expect(all[cost + 1]).toEqual(['Kostnad for 1B', '200 000 kr', '250 000 kr']);
    expect(all).toContainEqual([
      'Delmål 2.2 «Flere unge i egen bolig»',
      'Hovedmål 1',
      'Hovedmål 2',
    ]);
    expect(all).toContainEqual([
      'Tiltak 3D «Kartlegge behov»',
      'Satsningsområde 1 (kode 1C)',
      'Satsningsområde 3 (kode 3D)',
    ]);
    const text = blocks.map((b) => textOf(b.xml)).join('\n');
    expect(text).toContain(`Budsjett 2028: 3C «Boveiledning» (kostnad ${formatKroner(120_000)})`);
  });

  test('no id of the plan is printed', async () => {
    const blocks = await documentOf();
    const text = blocks.map((b) => textOf(b.xml)).join('\n');
    for (const id of ['m-1b', 'm-3c', 'g-1-2', 'fa-3', 'b-ag', 'pa-bk', 'r-2', 'ch-1'])
      expect(text).not.toContain(id);
  });

  test('with no changes, a short document that says so', async () => {
    const blocks = await documentOf(adopted, structuredClone(adopted));
    expect(headings(blocks, 1)).toEqual(['Ingen endringer']);
    expect(blocks.filter((b) => b.kind === 'tbl')).toHaveLength(0);
    expect(blocks.map((b) => textOf(b.xml)).join('\n')).toContain('Det er ingen endringer');
  });
});
