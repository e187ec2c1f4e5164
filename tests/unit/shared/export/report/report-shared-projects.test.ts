import { describe, expect, it } from 'vitest';
import { buildReportXlsx } from '#shared/export/excel/build-report-xlsx';
import { reportView } from '#shared/export/report/report-view';
import { buildReportDocx } from '#shared/export/word/report/build-report-docx';
import { spendingInYear } from '#shared/follow-up/spending-summary';
import type { Plan } from '#shared/model/plan';
import { instantiateTemplate } from '#shared/plan/create-plan';
import { newMeasure } from '#shared/plan/measure-operations';
import { startStatusReport } from '#shared/plan/report-operations';
import { setMeasureSpent } from '#shared/plan/spending-operations';
import { readExportedDocx } from '../../../../support/exported-docx';
import { REPORT_IDS, reportPlan } from '../../../../support/report-fixtures';
import { readShippedTemplate } from '../../../../support/shipped-templates';
import { lastRow, readXlsx, rowValues } from '../../../../support/xlsx-reader';

// A shared project led and financed by another district is shown in a report with its money,
// marked and explained, but not counted in the report's sums — as in the plan's own tables.

function withLedProject(): { plan: Plan; ledId: string; ledCode: string } {
  let plan = reportPlan();
  const led = plan.measures[2]!;
  led.sharedProject = { responsible: 'Bydel Nordøst', participants: '', ledByOther: true };
  const source = plan.budget.sources[0]!.id;
  plan = setMeasureSpent(plan, led.id, 2027, source, 77_000);
  // Taken again for the second half of 2027, now that the project is led by another district.
  plan = { ...plan, statusReports: plan.statusReports.filter((r) => r.id !== REPORT_IDS.h2) };
  plan = startStatusReport(plan, { period: { year: 2027, part: 'h2' } }, 'r-led', '2027-12-31');
  return { plan, ledId: led.id, ledCode: led.code };
}

const report = (plan: Plan) => plan.statusReports.find((r) => r.id === 'r-led')!;

describe('a shared project led by another district in a status report', () => {
  it('is snapshotted with the district that leads it', () => {
    const { plan, ledId } = withLedProject();
    const entry = report(plan).entries.find((e) => e.measureId === ledId)!;
    expect(entry.measure.ledBy).toBe('Bydel Nordøst');
    expect(report(plan).entries.filter((e) => e.measure.ledBy !== null)).toHaveLength(1);
  });

  it('is shown with its money but left out of the sums, with one note', () => {
    const { plan, ledCode } = withLedProject();
    const view = reportView(report(plan));
    const ledRows = view.money.filter((m) => !m.counted);
    expect(ledRows.length).toBeGreaterThan(0);
    expect(ledRows.every((m) => m.line.startsWith(`${ledCode}* `))).toBe(true);
    const counted = view.money.filter((m) => m.counted);
    expect(view.moneyTotal.spent).toBe(counted.reduce((s, m) => s + m.figure.spent, 0));
    expect(view.moneyTotal.spent).toBe(95_500 + 12_345 + 410_000);
    expect(view.moneyBySource.reduce((s, m) => s + m.figure.spent, 0)).toBe(view.moneyTotal.spent);
    expect(view.notCountedNote).toBe(
      'Tiltak merket * er felles prosjekter som finansieres av Bydel Nordøst; beløpene er ikke med i summene.',
    );
  });

  it('says so in the Word report: the code marked, who finances it, and the note', async () => {
    const { plan, ledCode } = withLedProject();
    const text = readExportedDocx(await buildReportDocx(report(plan))).text;
    expect(text).toContain(`${ledCode}*`);
    expect(text).toContain('finansiert av Bydel Nordøst');
    // Under the focus area's table and under the economy table.
    expect(text.split('beløpene er ikke med i summene').length - 1).toBe(2);
    expect(text).not.toContain('Ikke beskrevet');
    expect(text).not.toContain('Ikke satt');
  });

  it('is not summed in the Excel report', async () => {
    const { plan, ledCode } = withLedProject();
    const view = reportView(report(plan));
    const sheets = new Map(readXlsx(await buildReportXlsx(report(plan))).map((s) => [s.name, s]));
    const activities = sheets.get('Tiltak')!;
    const head = rowValues(activities, 1) as string[];
    const codes = Array.from(
      { length: lastRow(activities) },
      (_, i) => rowValues(activities, i + 1)[1],
    );
    expect(codes).toContain(`${ledCode}*`);
    const noteRow = rowValues(activities, lastRow(activities));
    expect(noteRow[0]).toBe(view.notCountedNote);
    const sumRow = rowValues(activities, lastRow(activities) - 2);
    expect(sumRow[head.indexOf('Regnskap')]).toBe(95_500 + 12_345);
  });
});

describe('spending per year on the live plan', () => {
  it('lists a shared project led by another district but does not count it', () => {
    const { plan, ledId } = withLedProject();
    const year = spendingInYear(plan, 2027);
    const line = year.areas.flatMap((a) => a.measures).find((m) => m.measureId === ledId)!;
    expect(line.counted).toBe(false);
    expect(line.figure.spent).toBe(77_000);
    expect(year.total.spent).toBe(95_500 + 12_345 + 410_000);
    expect(year.areas.reduce((s, a) => s + a.sum.spent, 0)).toBe(95_500 + 12_345);
  });
});

describe('a status report from a template plan', () => {
  it('never takes in the template’s example people or figures', () => {
    let plan = instantiateTemplate(
      readShippedTemplate('oslo-bydel.json').plan,
      '',
      new Date('2027-03-01'),
    );
    const examplePerson = plan.people.find((p) => p.example)!;
    plan.measures.push({
      ...newMeasure('m-x', plan.focusAreas[0]!.id, '1A'),
      owner: { kind: 'person', id: examplePerson.id },
    });
    plan = startStatusReport(plan, { period: { year: 2027, part: 'h1' } }, 'r-1', '2027-06-30');
    const taken = plan.statusReports[0]!;
    expect(taken.entries[0]!.measure.ownerName).toBe('');
    expect(JSON.stringify(taken)).not.toContain(examplePerson.name);
    const figures = taken.context.indicators.flatMap((i) => [i.baseline, i.target]);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((f) => f === null)).toBe(true);
  });
});
