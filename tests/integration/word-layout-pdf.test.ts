import { describe, expect, it } from 'vitest';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { wordPresets } from '#shared/export/word/word-export-options';
import { planSchema, type Plan } from '#shared/model/plan';
import { benchPlan, osloTemplate } from '../../scripts/bench/export-time';
import { readDocx } from '../support/docx-reader';
import {
  contentsHeadings,
  docxToPdf,
  hasLibreOffice,
  headingPages,
  pdfPages,
} from '../support/pdf-pages';
import { useTempDir } from '../support/temp-dir';
import { testOrgChart, wordExportPlan } from '../support/word-export-fixtures';

// The document as LibreOffice lays it out, read back page by page: the contents must give the
// page each heading is on, and no page may hold only what belongs to the page before.

const missingTools =
  'LibreOffice mangler: installer libreoffice-writer-nogui og poppler-utils (se README), ' +
  'så kan testen lese sidene i Word-dokumentet.';

async function laidOut(plan: Plan, dir: string, name: string) {
  const bytes = await buildPlanDocx(
    plan,
    { sections: wordPresets.full.sections, date: '2026-12-04' },
    { orgChart: testOrgChart() },
  );
  const pages = await pdfPages(await docxToPdf(bytes, dir, name));
  return { pages, headings: contentsHeadings(readDocx(bytes).part('word/document.xml')) };
}

describe('the Word document laid out by LibreOffice', () => {
  const tempDir = useTempDir();
  // The Oslo plan is laid out once and read by both tests that look at it: LibreOffice takes
  // seconds per document, and the two tests ask different things of the same pages.
  let oslo: ReturnType<typeof laidOut> | undefined;
  const osloLaidOut = async () => (oslo ??= laidOut(wordExportPlan(), await tempDir(), 'oslo'));

  it.each([
    ['the Oslo plan', () => osloLaidOut()],
    [
      'a plan with 150 measures',
      async () =>
        laidOut(planSchema.parse(benchPlan(await osloTemplate(), 150)), await tempDir(), 'plan'),
    ],
  ])(
    'gives in the contents the page each heading is on: %s',
    async (_, layOut) => {
      expect(hasLibreOffice, missingTools).toBe(true);
      const { pages, headings } = await layOut();
      const found = headingPages(pages, headings);
      expect(found.length).toBeGreaterThan(20);
      for (const { heading, listed, actual } of found)
        expect({ heading, page: actual }).toEqual({ heading, page: listed });
    },
    180_000,
  );

  it('never leaves a page with only a repeated table header and the sum row', async () => {
    expect(hasLibreOffice, missingTools).toBe(true);
    const plan = wordExportPlan();
    const { pages } = await osloLaidOut();
    const codes = new Set(plan.measures.map((m) => m.code));
    for (const page of pages.filter((p) => /Sum \d+ tiltak/.test(p))) {
      const rows = page.split('\n').filter((line) => codes.has(line.trim().split(/\s+/)[0] ?? ''));
      expect(rows.length, page.slice(0, 400)).toBeGreaterThan(0);
    }
  }, 180_000);
});
