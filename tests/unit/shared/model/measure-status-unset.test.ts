import { describe, expect, it } from 'vitest';
import { findFollowUpProblems } from '#shared/checks/follow-up-checks';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { buildFinalReportDocx } from '#shared/export/word/final-report/build-final-report-docx';
import { focusAreaName } from '#shared/export/word/sections/focus-areas';
import { measureStatusLabel } from '#shared/model/measures';
import { updateMeasure } from '#shared/plan/measure-operations';
import { readPlanText } from '#shared/plan/read-plan';
import { startStatusReport, submitReport } from '#shared/plan/report-operations';
import { bodyBlocks, cellsOf, rowsOf, tableAfter, textOf } from '../../../support/docx-reader';
import { readExportedDocx } from '../../../support/exported-docx';
import { samplePlan } from '../../../support/plan-fixtures';
import { reportPlan } from '../../../support/report-fixtures';

// A measure's status may be «ikke angitt» (null) until someone sets it (issue 15, part 6).

describe('a measure whose status is not set', () => {
  it('reads in words as «Ikke angitt», and a set status as its name', () => {
    expect(measureStatusLabel(null)).toBe('Ikke angitt');
    expect(measureStatusLabel('g')).toBe('Gjennomført');
  });

  it('is stored as null, and a file with the old letters reads unchanged', () => {
    const plan = samplePlan();
    expect(plan.measures[0]!.status).toBeNull();
    const withLetters = {
      ...plan,
      measures: plan.measures.map((m, i) => ({ ...m, status: i === 0 ? 'n' : 'a' })),
    };
    const read = readPlanText(JSON.stringify(withLetters));
    expect(read.ok && read.plan.measures.map((m) => m.status)).toEqual(
      plan.measures.map((_, i) => (i === 0 ? 'n' : 'a')),
    );
    const unset = readPlanText(JSON.stringify(plan));
    expect(unset.ok && unset.plan.measures[0]!.status).toBeNull();
    // Still only the form's four letters besides null.
    const bad = readPlanText(
      JSON.stringify({ ...plan, measures: [{ ...plan.measures[0], status: 'x' }] }),
    );
    expect(bad.ok).toBe(false);
  });

  it('is asked for by Kvalitetssjekk only once the plan is adopted and no report is open', () => {
    const kinds = (plan: ReturnType<typeof samplePlan>) =>
      findFollowUpProblems(plan, '2027-06-01')
        .filter((p) => p.kind === 'measure-without-status')
        .map((p) => [p.message, p.entityId, p.field, p.section]);
    const draft = samplePlan();
    expect(kinds(draft)).toEqual([]);
    const adopted = { ...draft, info: { ...draft.info, status: 'vedtatt' as const } };
    expect(kinds(adopted)).toEqual([
      ['Tiltak 1A «Boligtorg» har ikke fått status (ikke angitt).', 'm-1a', 'status', 'tiltak'],
    ]);
    expect(kinds(updateMeasure(adopted, 'm-1a', { status: 'n' }))).toEqual([]);
    // An open report asks for the status itself, in the report's words.
    const reporting = startStatusReport(adopted, { period: { year: 2027, part: 'h1' } }, 'r1');
    expect(kinds(reporting)).toEqual([]);
    expect(findFollowUpProblems(reporting, '2027-06-01').map((p) => p.kind)).toContain(
      'report-without-status',
    );
    expect(kinds(submitReport(reporting, 'r1', '2027-08-01'))).toHaveLength(1);
  });

  it('prints «Ikke angitt» in the Status column of the activity table', async () => {
    let plan = samplePlan();
    const bytes = await buildPlanDocx(
      plan,
      { sections: ['satsningsomrader'], date: '2026-03-01' },
      { orgChart: null },
    );
    const { documentXml } = readExportedDocx(bytes);
    const area = plan.focusAreas[0]!;
    const rows = rowsOf(
      tableAfter(bodyBlocks(documentXml), `Tiltak i satsningsområde ${area.code}`).xml,
    );
    const statusColumn = cellsOf(rows[0]!).indexOf('Status');
    expect(cellsOf(rows[1]!)[statusColumn]).toBe('Ikke angitt');

    plan = updateMeasure(plan, 'm-1a', { status: 'v' });
    const again = readExportedDocx(
      await buildPlanDocx(
        plan,
        { sections: ['satsningsomrader'], date: '2026-03-01' },
        { orgChart: null },
      ),
    );
    const rowsAgain = rowsOf(
      tableAfter(bodyBlocks(again.documentXml), `Tiltak i satsningsområde ${area.code}`).xml,
    );
    expect(cellsOf(rowsAgain[1]!)[statusColumn]).toBe('Videreført');
  });

  it('is counted as «ikke angitt» in the final report, with the legend «– = ikke angitt»', async () => {
    let plan = reportPlan();
    const first = plan.measures[0]!;
    plan = updateMeasure(plan, first.id, { status: null });
    const { text, documentXml } = readExportedDocx(await buildFinalReportDocx(plan, '2030-12-31'));
    expect(text).toMatch(/\d+ tiltak: [^.]*1 ikke angitt\./);
    expect(text).toContain('a = avviklet, – = ikke angitt) og framdrift i hver rapport.');
    const area = plan.focusAreas.find((f) => f.id === first.focusAreaId)!;
    const blocks = bodyBlocks(documentXml);
    const heading = blocks.findIndex((b) => textOf(b.xml) === focusAreaName(area));
    expect(heading).toBeGreaterThanOrEqual(0);
    const history = rowsOf(
      tableAfter(blocks.slice(heading), 'Tiltakenes status gjennom perioden').xml,
    );
    const row = history.map(cellsOf).find((cells) => cells[0] === first.code)!;
    expect(row.at(-1)!.split('\n')[0]).toBe('Ikke angitt');
  });
});
