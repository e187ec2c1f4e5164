import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildFinalReportDocx } from '#shared/export/word/final-report/build-final-report-docx';
import { buildReportDocx } from '#shared/export/word/report/build-report-docx';
import { reportView } from '#shared/export/report/report-view';
import { formatKroner } from '#shared/format/numbers';
import { REPORT_IDS, reportPlan } from '../support/report-fixtures';
import { docxToPdf, hasLibreOffice } from '../support/pdf-pages';
import { useTempDir } from '../support/temp-dir';

const run = promisify(execFile);
const missingTools =
  'LibreOffice mangler: installer libreoffice-writer-nogui og poppler-utils (se README), ' +
  'så kan testen åpne rapportene.';
/** Where the pages are left as PNG for a person to look at (git ignores .tmp/). */
const pagesDir = fileURLToPath(new URL('../../.tmp/report-pages/', import.meta.url));

const words = (text: string) => text.replace(/\s+/g, ' ');

async function toPdf(bytes: Uint8Array, name: string, dir: string) {
  const pdf = await docxToPdf(bytes, dir, name);
  expect(existsSync(pdf), `${name}.pdf`).toBe(true);
  const { stdout: info } = await run('pdfinfo', [pdf]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const { stdout: text } = await run('pdftotext', [pdf, '-']);
  await mkdir(pagesDir, { recursive: true });
  await copyFile(pdf, join(pagesDir, `${name}.pdf`));
  await run('pdftoppm', ['-r', '60', '-png', pdf, join(pagesDir, name)]);
  const pngs = (await readdir(pagesDir)).filter(
    (f) => f.startsWith(`${name}-`) && f.endsWith('.png'),
  );
  expect(pngs).toHaveLength(pages);
  return { pages, text: words(text) };
}

describe('the reports in LibreOffice', () => {
  const tempDir = useTempDir();
  const plan = reportPlan();

  it('converts a half-year report and an annual report to PDF with every measure and the totals', async () => {
    expect(hasLibreOffice, missingTools).toBe(true);
    await rm(pagesDir, { recursive: true, force: true });
    const dir = await tempDir();
    for (const [name, id] of [
      ['halvarsrapport', REPORT_IDS.h1],
      ['arsrapport', REPORT_IDS.year],
    ] as const) {
      const report = plan.statusReports.find((r) => r.id === id)!;
      const { pages, text } = await toPdf(await buildReportDocx(report), name, dir);
      expect(pages).toBeGreaterThan(3);
      const view = reportView(report);
      expect(text).toContain(view.title);
      for (const entry of report.entries) expect(text).toContain(words(entry.measure.code));
      expect(text).toContain('n = ny, v = videreført, g = gjennomført, a = avviklet');
      expect(text).toContain(words(formatKroner(view.moneyTotal.spent)));
      expect(text).toMatch(new RegExp(`Side \\d+ av ${pages}`));
    }
  }, 240_000);

  it('converts the final report to PDF with every focus area', async () => {
    expect(hasLibreOffice, missingTools).toBe(true);
    const dir = await tempDir();
    const { pages, text } = await toPdf(
      await buildFinalReportDocx(plan, '2030-12-31'),
      'sluttrapport',
      dir,
    );
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain('Sluttrapport');
    for (const area of plan.focusAreas) expect(text).toContain(words(area.title));
    expect(text).toContain('Måloppnåelse');
  }, 120_000);
});
