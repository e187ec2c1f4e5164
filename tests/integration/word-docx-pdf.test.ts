import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { wordSectionIds } from '#shared/export/word/word-export-options';
import { hostilePlan } from '../support/hostile-plan';
import { docxToPdf, hasLibreOffice } from '../support/pdf-pages';
import { useTempDir } from '../support/temp-dir';
import { testOrgChart, wordExportPlan } from '../support/word-export-fixtures';

const run = promisify(execFile);
// Required, not skipped: without it the suite would pass without ever opening the document.
const missingTools =
  'LibreOffice mangler: installer libreoffice-writer-nogui og poppler-utils (se README), ' +
  'så kan testen åpne Word-dokumentet.';
/** Where the pages are left as PNG for a person to look at (git ignores .tmp/). */
const pagesDir = fileURLToPath(new URL('../../.tmp/docx-pages/', import.meta.url));

const words = (text: string) => text.replace(/\s+/g, ' ');

/** Every section, with the test org chart. */
async function writeFullDocx(plan: Parameters<typeof buildPlanDocx>[0], docx: string) {
  const bytes = await buildPlanDocx(
    plan,
    { sections: wordSectionIds, date: '2026-03-01' },
    { orgChart: testOrgChart() },
  );
  await writeFile(docx, bytes);
}

/** LibreOffice writes `<name>.pdf` beside the .docx; with no PDF the path simply does not exist. */
const convertToPdf = async (docx: string, dir: string) =>
  docxToPdf(await readFile(docx), dir, basename(docx, '.docx'));

describe('the Word export in LibreOffice', () => {
  const tempDir = useTempDir();

  it('converts to PDF with every measure title in the text', async () => {
    expect(hasLibreOffice, missingTools).toBe(true);
    const plan = wordExportPlan();
    const dir = await tempDir();
    const docx = join(dir, 'plan.docx');
    await writeFullDocx(plan, docx);
    const pdf = await convertToPdf(docx, dir);
    expect(existsSync(pdf)).toBe(true);

    const { stdout: info } = await run('pdfinfo', [pdf]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(10);
    const { stdout: text } = await run('pdftotext', [pdf, '-']);
    const all = words(text);
    expect(all).toContain(words(plan.info.title));
    for (const measure of plan.measures) expect(all).toContain(words(measure.title));
    // The footer's page count, as LibreOffice lays the pages out.
    expect(all).toMatch(new RegExp(`Side \\d+ av ${pages}`));

    await rm(pagesDir, { recursive: true, force: true });
    await mkdir(pagesDir, { recursive: true });
    await copyFile(docx, join(pagesDir, 'plan.docx'));
    await copyFile(pdf, join(pagesDir, 'plan.pdf'));
    await run('pdftoppm', ['-r', '60', '-png', pdf, join(pagesDir, 'page')]);
    expect((await readdir(pagesDir)).filter((f) => f.endsWith('.png'))).toHaveLength(pages);
  }, 120_000);

  it('converts the plan with hostile text in every field to PDF, showing the text as typed', async () => {
    expect(hasLibreOffice, missingTools).toBe(true);
    const dir = await tempDir();
    const docx = join(dir, 'fiendtlig.docx');
    // One hostile part per field, in turn: every kind in many fields, and pages LibreOffice lays out in time.
    const { plan } = hostilePlan({ rotate: true });
    await writeFullDocx(plan, docx);
    const pdf = await convertToPdf(docx, dir);
    // LibreOffice writes no PDF for a document it cannot load (as with U+FFFF in document.xml).
    expect(existsSync(pdf)).toBe(true);
    const { stdout: text } = await run('pdftotext', [pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const all = words(text);
    expect(all).toContain('Felt 0 BEL ESC US NUL DEL');
    expect(all).toContain('ikke-tegn');
    expect(all).toContain('<script>alert("x")</script>');
  }, 120_000);
});
