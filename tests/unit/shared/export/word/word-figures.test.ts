import { describe, expect, it } from 'vitest';
import { costByFocusArea, financingBySource } from '#shared/charts/budget-chart-source';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { wordPresets, type ChartImage } from '#shared/export/word/word-export-options';
import { formatKroner } from '#shared/format/numbers';
import {
  bodyBlocks,
  cellsOf,
  decodeXml,
  rowsOf,
  styleOf,
  textOf,
} from '../../../../support/docx-reader';
import { readExportedDocx } from '../../../../support/exported-docx';
import { solidPng, testOrgChart, wordExportPlan } from '../../../../support/word-export-fixtures';

const options = { sections: [...wordPresets.full.sections], date: '2027-03-01' };

function chart(rgb: [number, number, number]): ChartImage {
  return {
    svg: '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="300"><rect width="640" height="300" fill="#fff"/></svg>',
    png: solidPng(64, 30, rgb),
    width: 640,
    height: 300,
  };
}

/** Each picture's docPr (name, title, descr), in document order. */
function pictures(documentXml: string) {
  return [...documentXml.matchAll(/<wp:docPr ([^>]*)\/>/g)].map((m) => {
    const attr = (name: string) =>
      decodeXml(new RegExp(`${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? '');
    return { name: attr('name'), title: attr('title'), descr: attr('descr') };
  });
}

describe('figures in the Word document', () => {
  const plan = wordExportPlan();

  it('has the goal structure and the two budget charts with alt text, each followed by its table', async () => {
    const bytes = await buildPlanDocx(plan, options, {
      orgChart: testOrgChart(),
      charts: {
        goalStructure: chart([220, 235, 247]),
        costByArea: chart([31, 78, 121]),
        financing: chart([197, 90, 17]),
      },
    });
    const docx = readExportedDocx(bytes);
    // Four pictures: three figures and the organisation chart (each SVG with a PNG fallback).
    expect([...docx.media.keys()].filter((p) => p.endsWith('.png'))).toHaveLength(4);
    const shown = pictures(docx.documentXml);
    expect(shown.map((p) => p.title)).toEqual([
      'Målstruktur',
      'Kostnad per satsningsområde',
      'Finansiering per kilde',
      'Organisasjonskart',
    ]);
    const cost = costByFocusArea(plan)!;
    expect(shown[1]!.descr).toContain(`Til sammen ${formatKroner(cost.total)}`);
    for (const row of cost.rows) expect(shown[1]!.descr).toContain(row.label);
    expect(shown[2]!.descr).toContain('Husbanken');
    expect(shown[0]!.descr).toContain(plan.vision.text.trim());

    // After each figure: its caption, the table's caption, then the table with the same figures.
    const blocks = bodyBlocks(docx.documentXml);
    const figures = blocks.flatMap((b, i) => (b.xml.includes('<wp:docPr') ? [i] : []));
    for (const at of figures.slice(0, 3)) {
      expect(styleOf(blocks[at + 1]!.xml)).toBe('Caption');
      expect(textOf(blocks[at + 1]!.xml)).toMatch(/^Figur: /);
      expect(textOf(blocks[at + 2]!.xml)).toMatch(/^Tabell: /);
      expect(blocks[at + 3]!.kind).toBe('tbl');
    }
    const costRows = rowsOf(blocks[figures[1]! + 3]!.xml).map(cellsOf);
    expect(costRows[0]).toEqual(['Satsningsområde', `Kostnad ${cost.period}`, 'Andel']);
    expect(costRows.at(-1)!.slice(0, 2)).toEqual(['Sum', formatKroner(cost.total)]);
    const financing = financingBySource(plan)!;
    const financingRows = rowsOf(blocks[figures[2]! + 3]!.xml).map(cellsOf);
    expect(financingRows[0]).toEqual([
      'År',
      ...financing.groups.map((g) => g.label),
      'Sum finansiering',
    ]);
    expect(financingRows.at(-1)!.at(-1)).toBe(formatKroner(financing.sum.total));
  });

  it('leaves out a chart that was not drawn but keeps the budget figures as a table', async () => {
    const docx = readExportedDocx(await buildPlanDocx(plan, options, { orgChart: null }));
    expect(docx.media.size).toBe(0);
    expect(docx.paragraphs).toContain(
      `Tabell: Kostnad per satsningsområde ${costByFocusArea(plan)!.period}`,
    );
    expect(docx.paragraphs).not.toContain('Målstruktur');
  });
});
