import { describe, expect, it } from 'vitest';
import { buildFinalReportDocx } from '#shared/export/word/final-report/build-final-report-docx';
import { formatKroner } from '#shared/format/numbers';
import { setFocusAreaSpent } from '#shared/plan/spending-operations';
import { bodyBlocks, cellsOf, rowsOf, tableAfter } from '../../../../../support/docx-reader';
import { readExportedDocx } from '../../../../../support/exported-docx';
import { areaBudgetPlan } from '../../../../../support/area-budget-plan';

describe('the Word final report of a plan budgeted per focus area', () => {
  it('counts the area lines in each area’s economy and in the programme’s, per source', async () => {
    const plan = areaBudgetPlan();
    const [husbanken, kommunal] = plan.budget.sources;
    const spent = setFocusAreaSpent(plan, 'fa-1', 2027, husbanken!.id, 120_000);
    const { documentXml, text } = readExportedDocx(await buildFinalReportDocx(spent, '2030-12-31'));
    // Focus area 1: 500 000 budgeted on its own line, 120 000 spent.
    expect(text).toContain(
      `${formatKroner(120_000)} brukt av ${formatKroner(500_000)} budsjettert`,
    );
    const rows = rowsOf(tableAfter(bodyBlocks(documentXml), 'Økonomi 2027–2030').xml).map(cellsOf);
    expect(rows).toContainEqual([
      husbanken!.name,
      formatKroner(210_000),
      formatKroner(120_000),
      expect.any(String),
      expect.any(String),
    ]);
    expect(rows).toContainEqual([
      kommunal!.name,
      formatKroner(190_000),
      formatKroner(0),
      expect.any(String),
      expect.any(String),
    ]);
    expect(rows.at(-1)!.slice(0, 3)).toEqual([
      'Sum 2027–2030',
      formatKroner(600_000),
      formatKroner(120_000),
    ]);
  });
});
