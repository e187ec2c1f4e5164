import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { wordPresets, type WordPresetId } from '#shared/export/word/word-export-options';
import type { Plan } from '#shared/model/plan';
import { readLogoImage } from '#shared/plan/logo-image';
import { docxToPdf, hasLibreOffice, pdfPages } from '../support/pdf-pages';
import { useTempDir } from '../support/temp-dir';
import { solidPng, testOrgChart, wordExportPlan } from '../support/word-export-fixtures';

const run = promisify(execFile);
const missingTools =
  'LibreOffice mangler: installer libreoffice-writer-nogui og poppler-utils (se README), ' +
  'så kan testen åpne Word-dokumentet.';
/** Where the front pages are left as PNG for a person to look at (git ignores .tmp/). */
const pagesDir = fileURLToPath(new URL('../../.tmp/front-pages/', import.meta.url));

/** The Oslo template plan as a group would send it: a decision, a logo, three priorities. */
function frontPlan(): Plan {
  const plan = wordExportPlan();
  plan.info.proposedDecision =
    'Bydelsutvalget vedtar Boligsosial handlingsplan for Bydel Eksempel 2027–2030.\n' +
    'Bydelsdirektøren får fullmakt til å søke Husbanken om tilskudd til tiltakene i planen.';
  for (const i of [0, 3, 6]) plan.measures[i]!.priority = true;
  const logo = readLogoImage(solidPng(300, 120, [47, 84, 150]), 'Bydel Eksempels logo');
  if (logo.ok) plan.info.logo = logo.logo;
  plan.people.find((p) => p.id === plan.info.programmeLeader!.id)!.phone = '23 42 00 00';
  return plan;
}

/** The document as LibreOffice lays it out: one text per page. */
async function renderedPages(plan: Plan, preset: WordPresetId, dir: string): Promise<string[]> {
  const bytes = await buildPlanDocx(
    plan,
    { sections: wordPresets[preset].sections, date: '2026-03-01' },
    { orgChart: testOrgChart() },
  );
  const pdf = await docxToPdf(bytes, dir, preset);
  await mkdir(pagesDir, { recursive: true });
  await run('pdftoppm', ['-r', '60', '-png', '-l', '6', pdf, join(pagesDir, preset)]);
  return pdfPages(pdf);
}

/** The first page with the text in the body, not as an entry in the table of contents («…..»). */
const pageOf = (pages: string[], text: string) =>
  pages.findIndex((p) =>
    p.split('\n').some((line) => line.includes(text) && !line.includes('....')),
  );

describe('the front of the document in LibreOffice', () => {
  const tempDir = useTempDir();

  it('keeps the short version to a few pages: cover, a summary of at most two pages, the measures', async () => {
    expect(hasLibreOffice, missingTools).toBe(true);
    await rm(pagesDir, { recursive: true, force: true });
    const pages = await renderedPages(frontPlan(), 'kortversjon', await tempDir());
    expect(pages.length).toBeLessThanOrEqual(8);
    // The cover holds the whole programme box, and nothing of the summary.
    expect(pages[0]).toContain('Om programmet');
    expect(pages[0]).toContain('Nasjonal ramme');
    expect(pages[0]).not.toContain('Sammendrag');
    const summary = pageOf(pages, 'Sammendrag');
    const overview = pageOf(pages, 'Tiltaksoversikt');
    expect(summary).toBe(1);
    expect(overview - summary).toBeLessThanOrEqual(2);
    expect(pages[summary]).toContain('Forslag til vedtak');
    for (const m of frontPlan().measures) expect(pages.slice(overview).join('')).toContain(m.code);
  }, 150_000);

  it('puts the same cover and summary at the front of the full plan', async () => {
    expect(hasLibreOffice, missingTools).toBe(true);
    const pages = await renderedPages(frontPlan(), 'full', await tempDir());
    expect(pages[0]).toContain('Om programmet');
    expect(pages[0]).toContain('Nasjonal ramme');
    const summary = pageOf(pages, 'Forslag til vedtak');
    const next = pages.findIndex((p, i) => i > summary && p.includes('Innledning'));
    expect(summary).toBeGreaterThan(0);
    expect(next - summary).toBeLessThanOrEqual(2);
  }, 150_000);
});
