import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportXlsx } from '#shared/export/excel/build-report-xlsx';
import { KRONER_FORMAT, PERCENT_FORMAT } from '#shared/export/excel/plan-workbook';
import { reportView } from '#shared/export/report/report-view';
import { progressStep } from '#shared/model/measures';
import type { StatusReport } from '#shared/model/status-report';
import { REPORT_IDS, reportPlan } from '../../../../support/report-fixtures';
import {
  lastRow,
  readXlsx,
  rowCells,
  rowValues,
  type XlsxSheet,
} from '../../../../support/xlsx-reader';

describe('the report as an Excel workbook', () => {
  let report: StatusReport;
  let book: Record<string, XlsxSheet>;
  beforeAll(async () => {
    report = reportPlan().statusReports.find((r) => r.id === REPORT_IDS.year)!;
    book = Object.fromEntries(readXlsx(await buildReportXlsx(report)).map((s) => [s.name, s]));
  });

  it('has the sheets of the Word report', () => {
    expect(Object.keys(book)).toEqual(['Tiltak', 'Behovstall', 'Indikatorer', 'Økonomi 2027']);
  });

  it("writes every measure's status and progress as numbers, in the form's columns", () => {
    const sheet = book['Tiltak']!;
    const head = rowValues(sheet, 1) as string[];
    const col = (title: string) => head.indexOf(title);
    for (const title of [
      'Kode',
      'Status',
      'Framdrift',
      'Framdrift (skjema)',
      'Særlige utfordringer',
      'Korrigerende tiltak',
      'Gjennomført i perioden',
      'Regnskap',
    ])
      expect(col(title), title).toBeGreaterThanOrEqual(0);
    const entries = reportView(report).areas.flatMap((a) => a.entries);
    expect(lastRow(sheet)).toBe(entries.length + 2);
    entries.forEach((entry, i) => {
      const cells = rowCells(sheet, i + 2);
      expect(cells[col('Kode')]?.value).toBe(entry.measure.code);
      expect(cells[col('Status')]?.value).toBe(entry.status ?? undefined);
      expect(cells[col('Framdrift')]).toEqual({
        value: entry.progress / 100,
        format: PERCENT_FORMAT,
        bold: false,
      });
      expect(cells[col('Framdrift (skjema)')]?.value).toBe(progressStep(entry.progress) / 100);
      const spent = entry.measure.money.reduce((s, m) => s + m.spent, 0);
      expect(cells[col('Regnskap')]).toEqual({ value: spent, format: KRONER_FORMAT, bold: false });
    });
  });

  it('writes every krone of the economy with its deviation, and the sums', () => {
    const view = reportView(report);
    const sheet = book['Økonomi 2027']!;
    view.money.forEach((m, i) => {
      const cells = rowCells(sheet, i + 2);
      expect(cells.slice(3, 6).map((c) => c?.value)).toEqual([
        m.figure.budget,
        m.figure.spent,
        m.figure.deviation,
      ]);
      expect(cells[3]?.format).toBe(KRONER_FORMAT);
      expect(cells[6]?.value).toBe(
        m.figure.deviationPercent === null ? undefined : m.figure.deviationPercent / 100,
      );
    });
    const sum = rowCells(sheet, lastRow(sheet));
    expect(sum[0]?.value).toBe('Sum');
    expect(sum.slice(3, 6).map((c) => c?.value)).toEqual([
      view.moneyTotal.budget,
      view.moneyTotal.spent,
      view.moneyTotal.deviation,
    ]);
    expect(view.moneyTotal.spent).toBe(95_500 + 12_345 + 410_000);
  });

  it('writes need figures and indicator measurements as numbers', () => {
    const needs = book['Behovstall']!;
    expect(rowValues(needs, 2).slice(0, 5)).toEqual(['A', expect.any(String), 42, 35, 17]);
    // C was not filled in: its numbers are empty cells, not 0.
    expect(rowValues(needs, 4)).toEqual(['C', 'Husstander med uegnet bolig']);
    const indicators = book['Indikatorer']!;
    const values = Array.from(
      { length: lastRow(indicators) - 1 },
      (_, i) => rowValues(indicators, i + 2)[8],
    );
    expect(values).toContain(36);
    expect(values).toContain(31);
  });
});
