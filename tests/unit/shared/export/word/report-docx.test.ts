import { beforeAll, describe, expect, it } from 'vitest';
import { progressFormText } from '#shared/export/progress-text';
import { reportView } from '#shared/export/report/report-view';
import { buildReportDocx } from '#shared/export/word/report/build-report-docx';
import { formatKroner } from '#shared/format/numbers';
import type { Plan } from '#shared/model/plan';
import type { StatusReport } from '#shared/model/status-report';
import { setMeasureSpent } from '#shared/plan/spending-operations';
import { unlockReport, updateReportEntry } from '#shared/plan/report-operations';
import {
  bodyBlocks,
  cellsOf,
  headings,
  orientationOf,
  readDocx,
  rowsOf,
  tableAfter,
} from '../../../../support/docx-reader';
import { readExportedDocx } from '../../../../support/exported-docx';
import { REPORT_IDS, reportPlan } from '../../../../support/report-fixtures';

const reportOf = (plan: Plan, id: string): StatusReport =>
  plan.statusReports.find((r) => r.id === id)!;

describe('the Word half-year and annual report', () => {
  let plan: Plan;
  let h1: StatusReport;
  let h1Xml: string;
  beforeAll(async () => {
    plan = reportPlan();
    h1 = reportOf(plan, REPORT_IDS.h1);
    h1Xml = readDocx(await buildReportDocx(h1)).part('word/document.xml');
  });

  it('has a cover with the period and kind, and says whether it was submitted', async () => {
    const text = readExportedDocx(await buildReportDocx(h1)).text;
    expect(text).toContain('Halvårsrapport 1. halvår 2027');
    expect(text).toContain('Levert 10.08.2027');
    expect(text).toContain('Frist: 15.08.2027');
    const open = readExportedDocx(await buildReportDocx(reportOf(plan, REPORT_IDS.next))).text;
    expect(open).toContain('Halvårsrapport 1. halvår 2028 (utkast)');
    expect(open).toContain('Utkast – ikke levert');
    const annual = readExportedDocx(await buildReportDocx(reportOf(plan, REPORT_IDS.year))).text;
    expect(annual).toContain('Årsrapport 2027');
    expect(annual).not.toContain('Året 2027');
  });

  it("shows every measure's status, progress and money in the form's landscape table", () => {
    const blocks = bodyBlocks(h1Xml);
    const view = reportView(h1);
    const withMeasures = view.areas.filter((a) => a.entries.length > 0);
    const empty = view.areas.filter((a) => a.entries.length === 0);
    expect(empty.length).toBeGreaterThan(0);
    // Areas with measures get a heading and a table; those without are named in one note, not
    // given a blank landscape page each.
    expect(headings(blocks, 1)).toEqual(expect.arrayContaining(withMeasures.map((a) => a.name)));
    for (const area of empty) {
      expect(headings(blocks, 1)).not.toContain(area.name);
      expect(h1Xml).toContain(area.name);
    }
    let seen = 0;
    for (const area of view.areas.filter((a) => a.entries.length > 0)) {
      const table = tableAfter(blocks, area.name);
      expect(orientationOf(h1Xml, table.xml)).toBe('landscape');
      // Shared projects last, under one group row «Felles prosjekter».
      const all = rowsOf(table.xml);
      const group = all.filter((r) => cellsOf(r)[0] === 'Felles prosjekter');
      expect(group).toHaveLength(area.entries.some((e) => e.measure.sharedProject) ? 1 : 0);
      const rows = all.filter((r) => !group.includes(r));
      expect(cellsOf(rows[0]!)).toEqual([
        'Kode',
        'Beskrivelse av tiltak',
        'Planlagt resultat',
        'Kostnad og finansiering',
        'Oppstart/ slutt',
        'Status',
        'Samarbeidspartnere',
        'Framdrift',
        'Gjennomført i perioden',
        'Utfordringer og korrigerende tiltak',
      ]);
      area.entries.forEach((entry, i) => {
        const cells = cellsOf(rows[i + 1]!);
        expect(cells[0]).toBe(entry.measure.code);
        expect(cells[5]).toBe(entry.status ?? '–');
        expect(cells[7]).toBe(progressFormText(entry.progress));
        for (const m of entry.measure.money) {
          if (m.budget) expect(cells[3]).toContain(formatKroner(m.budget));
        }
        const spent = entry.measure.money.reduce((s, m) => s + m.spent, 0);
        if (entry.measure.money.some((m) => m.budget || m.spent))
          expect(cells[3]).toContain(`Regnskap\t${formatKroner(spent)}`);
        seen += 1;
      });
      // The legend is the paragraph right after the table.
      const after = blocks[blocks.indexOf(table) + 1]!;
      expect(after.xml).toContain('n = ny, v = videreført, g = gjennomført, a = avviklet');
    }
    expect(seen).toBe(h1.entries.length);
    // The reported challenges and the exact percent beside the form's box.
    expect(h1Xml).toContain('Få utleieboliger.');
    expect(h1Xml).toContain('Avtale med to utleiere.');
    expect(h1Xml).toContain(progressFormText(10));
  });

  it('writes every krone of the economy: per measure and source, programme management and totals', () => {
    const view = reportView(h1);
    const table = tableAfter(bodyBlocks(h1Xml), 'Økonomi 2027');
    const rows = rowsOf(table.xml).map(cellsOf);
    for (const m of view.money) {
      const row = rows.find(
        (r) =>
          r[1] === m.source &&
          r[2] === formatKroner(m.figure.budget) &&
          r[3] === formatKroner(m.figure.spent),
      );
      expect(row, `${m.line} ${m.source}`).toBeDefined();
      expect(row![4]).toBe(formatKroner(m.figure.deviation));
    }
    expect(view.money.some((m) => m.line === 'Programledelse' && m.figure.spent === 410_000)).toBe(
      true,
    );
    const sum = rows.at(-1)!;
    expect(sum[0]).toBe('Sum');
    expect(sum.slice(1, 4)).toEqual([
      formatKroner(view.moneyTotal.budget),
      formatKroner(view.moneyTotal.spent),
      formatKroner(view.moneyTotal.deviation),
    ]);
    expect(view.moneyTotal.spent).toBe(95_500 + 12_345 + 410_000);
  });

  it('shows need figures for the year, and in a half-year only when filled', async () => {
    const annual = readExportedDocx(await buildReportDocx(reportOf(plan, REPORT_IDS.year))).text;
    expect(annual).toContain('Behovstall 2027');
    expect(annual).toContain('C: Husstander med uegnet bolig');
    expect(h1Xml).toContain('Behovstall 2027');
    const next = readExportedDocx(await buildReportDocx(reportOf(plan, REPORT_IDS.next))).text;
    expect(next).not.toContain('Behovstall');
  });

  it('exports an earlier report identically after the plan and a later report change', async () => {
    let changed = plan;
    const measure = changed.measures[0]!;
    changed = {
      ...changed,
      measures: changed.measures.map((m) =>
        m.id === measure.id ? { ...m, title: 'Nytt navn', challenges: 'Ny utfordring' } : m,
      ),
    };
    changed = setMeasureSpent(changed, measure.id, 2027, changed.budget.sources[0]!.id, 1);
    changed = updateReportEntry(changed, REPORT_IDS.next, measure.id, {
      status: 'a',
      progress: 40,
      challenges: 'Senere utfordring',
    });
    changed = unlockReport(changed, REPORT_IDS.year, 'Retting av tall', '2028-03-10');
    expect(changed).not.toBe(plan);
    const again = readDocx(await buildReportDocx(reportOf(changed, REPORT_IDS.h1))).part(
      'word/document.xml',
    );
    expect(again).toBe(h1Xml);
    // The unlocked report notes its unlock.
    const unlocked = readExportedDocx(
      await buildReportDocx(reportOf(changed, REPORT_IDS.year)),
    ).text;
    expect(unlocked).toContain('Åpnet igjen 10.03.2028: Retting av tall');
  });
});
