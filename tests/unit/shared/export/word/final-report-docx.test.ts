import { beforeAll, describe, expect, it } from 'vitest';
import { buildFinalReportDocx } from '#shared/export/word/final-report/build-final-report-docx';
import { focusAreaName } from '#shared/export/word/sections/focus-areas';
import { addFigures } from '#shared/budget/spending';
import { moneyByYear } from '#shared/follow-up/money-figures';
import { measureStatusHistory } from '#shared/follow-up/status-history';
import { formatKroner } from '#shared/format/numbers';
import type { Plan } from '#shared/model/plan';
import { reportPeriodLabel } from '#shared/model/status-report';
import { bodyBlocks, cellsOf, headings, rowsOf, tableAfter } from '../../../../support/docx-reader';
import { readExportedDocx } from '../../../../support/exported-docx';
import { reportPlan } from '../../../../support/report-fixtures';

describe('the Word final report', () => {
  let plan: Plan;
  let xml: string;
  let text: string;
  beforeAll(async () => {
    plan = reportPlan();
    const doc = readExportedDocx(await buildFinalReportDocx(plan, '2030-12-31'));
    xml = doc.documentXml;
    text = doc.text;
  });

  it("gives each focus area the group's four texts beside the figures", () => {
    const blocks = bodyBlocks(xml);
    expect(headings(blocks, 1)).toEqual([
      'Sammendrag',
      ...plan.focusAreas.map(focusAreaName),
      'Måloppnåelse',
      'Økonomi 2027–2030',
    ]);
    expect(text).toContain('Sluttrapport (utkast)');
    expect(text).toContain('Programmet nådde de fleste målene.');
    expect(text).toContain('Boligtorget tok imot 300 henvendelser.');
    expect(text).toContain('Tiltakene virket best der NAV var med.');
    expect(text).toContain('Fortsett boligtorget.');
    for (const title of ['Tall og fakta', 'Vurdering', 'Forbedringer', 'Anbefalinger videre'])
      expect(headings(blocks, 2).filter((h) => h === title)).toHaveLength(plan.focusAreas.length);
    expect(text).toMatch(/Tiltak: \d+ tiltak: .*Gjennomsnittlig framdrift \d+\u00a0%/);
  });

  it("lists each measure's status in every report", () => {
    const area = plan.focusAreas[0]!;
    const blocks = bodyBlocks(xml);
    const at = blocks.findIndex((b) => b.xml.includes(focusAreaName(area)));
    const table = blocks.slice(at).find((b) => b.kind === 'tbl')!;
    const measures = plan.measures.filter((m) => m.focusAreaId === area.id);
    // Shared projects last, under one group row «Felles prosjekter».
    const all = rowsOf(table.xml).slice(1).map(cellsOf);
    const rows = all.filter((r) => r[0] !== 'Felles prosjekter');
    expect(all.length - rows.length).toBe(measures.some((m) => m.sharedProject) ? 1 : 0);
    expect(rows).toHaveLength(measures.length);
    for (const m of measures) {
      const row = rows.find((r) => r[0] === m.code)!;
      const history = measureStatusHistory(plan, m.id);
      expect(history).toHaveLength(plan.statusReports.length);
      for (const h of history)
        expect(row[2]).toContain(`${reportPeriodLabel(h.period)}: ${h.status ?? '–'}`);
    }
  });

  it('adds up money used against budget for the whole period', () => {
    const rows = rowsOf(tableAfter(bodyBlocks(xml), 'Økonomi 2027–2030').xml).map(cellsOf);
    const total = addFigures(moneyByYear(plan).map((y) => y.figure));
    expect(rows.at(-1)!.slice(0, 4)).toEqual([
      'Sum 2027–2030',
      formatKroner(total.budget),
      formatKroner(total.spent),
      formatKroner(total.deviation),
    ]);
    expect(total.spent).toBe(95_500 + 12_345 + 410_000);
    for (const { year, figure } of moneyByYear(plan))
      expect(rows).toContainEqual([
        `Kostnad ${year}`,
        formatKroner(figure.budget),
        formatKroner(figure.spent),
        formatKroner(figure.deviation),
        expect.any(String),
      ]);
  });

  it('shows goal achievement by indicator', () => {
    expect(text).toContain('Måloppnåelse');
    expect(text).toContain('Mot målet');
  });
});
