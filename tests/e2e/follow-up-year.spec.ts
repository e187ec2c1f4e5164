import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { planSchema } from '#shared/model/plan';
import { expect, test, type Locator, type Page } from './support/worker-server';
import { bodyBlocks, cellsOf, readDocx, rowsOf } from '../support/docx-reader';
import { readExportedDocx } from '../support/exported-docx';
import { readXlsx, rowValues } from '../support/xlsx-reader';
import { expectNoAxeViolations } from './support/accessibility';
import { expectAllSaved, goTo, reopen, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures } from './support/plan-with-measures';
import { fillOwnerForm } from './support/owner-form-sheet';
import { answerDialogs } from './support/test-server';

// A year of follow-up, start to end, through the UI: a plan with two focus areas and six
// measures goes through 1. halvår, 2. halvår and the annual report; spending is entered; one
// owner fills in the Excel form outside the app and it is read in; the overview is checked
// figure by figure; the annual report is exported as Word and Excel and read back, and
// LibreOffice converts the Word file; the first report is unchanged after all of it; a reload
// keeps everything.

const run = promisify(execFile);
/** Amounts are shown with no-break spaces between thousands and before «kr» and «%». */
const nb = (text: string) => text.replace(/ /g, '\u00a0');

interface Seed {
  id: string;
  area: 'fa-1' | 'fa-2';
  code: string;
  title: string;
  owner: string;
  cost: number;
}
// Costs in 2027, split 70/30 between Husbanken and the municipality by the template's default.
const seeds: Seed[] = [
  { id: 'm-1a', area: 'fa-1', code: '1A', title: 'Boligtorg', owner: 'p-3', cost: 200_000 },
  { id: 'm-1b', area: 'fa-1', code: '1B', title: 'Kartlegging', owner: 'p-6', cost: 100_000 },
  { id: 'm-1c', area: 'fa-1', code: '1C', title: 'Ressursbank', owner: 'p-3', cost: 50_000 },
  { id: 'm-2a', area: 'fa-2', code: '2A', title: 'Startlån', owner: 'p-9', cost: 300_000 },
  { id: 'm-2b', area: 'fa-2', code: '2B', title: 'Bostøtteveiledning', owner: 'p-7', cost: 80_000 },
  { id: 'm-2c', area: 'fa-2', code: '2C', title: 'Leie før eie', owner: 'p-9', cost: 40_000 },
];
const split = (cost: number) => [Math.round(cost * 0.7), cost - Math.round(cost * 0.7)];

const entry = (page: Page, code: string): Locator =>
  page.getByRole('article', { name: new RegExp(`^${code} `) });

async function report(page: Page, code: string, status: string, progress: number) {
  const card = entry(page, code);
  await card.getByLabel('Status').selectOption(status);
  await card.getByLabel('Framdrift').fill(String(progress));
  await card.getByLabel('Framdrift').press('Tab');
}

async function start(page: Page, part: string, label: string) {
  await page.getByLabel('År', { exact: true }).selectOption('2027');
  await page.getByLabel('Periode', { exact: true }).selectOption({ label: part });
  await page.getByRole('button', { name: `Start rapport for ${label}` }).click();
  await expect(page.locator('.report-state')).toHaveText(/^Åpen/);
}

async function submit(page: Page) {
  await page.getByRole('button', { name: 'Lever rapporten' }).click();
  await page.getByRole('button', { name: 'Lever og lås rapporten' }).click();
  await expect(page.locator('.report-state')).toHaveText(/^Levert /);
  await page.getByRole('button', { name: '← Alle rapporter' }).click();
}

async function spend(page: Page, line: string, source: string, amount: string) {
  const field = page
    .getByRole('group', { name: line, exact: true })
    .getByRole('textbox', { name: `Brukt ${source}`, exact: true });
  await field.fill(amount);
  await field.press('Enter');
}

test('a year of follow-up: three reports, spending, an owner form, the overview and the annual report in Word and Excel', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const title = uniqueTitle('Oppfølgingsår i Bydel Fjellstad');
  await openOsloPlanWithMeasures(
    page,
    request,
    title,
    seeds.map((s) => ({
      id: s.id,
      focusAreaId: s.area,
      code: s.code,
      title: s.title,
      ownerPersonId: s.owner,
    })),
    (raw) => {
      const plan = raw as {
        info: { periodStart: number; periodEnd: number };
        focusAreas: { id: string }[];
        mainGoals: { focusAreaId: string | null }[];
        measures: { id: string; budget: unknown }[];
        budget: { frame: unknown[] };
      };
      plan.info.periodStart = 2027;
      plan.info.periodEnd = 2030;
      plan.budget.frame = [];
      // Two focus areas; goals of the others become goals for the whole plan.
      plan.focusAreas = plan.focusAreas.filter((f) => f.id === 'fa-1' || f.id === 'fa-2');
      for (const goal of plan.mainGoals) {
        if (goal.focusAreaId && !['fa-1', 'fa-2'].includes(goal.focusAreaId)) {
          goal.focusAreaId = null;
        }
      }
      for (const m of plan.measures) {
        const seed = seeds.find((s) => s.id === m.id)!;
        m.budget = { costs: [{ year: 2027, amount: seed.cost }], financing: { mode: 'default' } };
      }
      const parsed = planSchema.safeParse(plan);
      if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 3)));
    },
  );

  // 1. halvår: status and progress for every measure, then submitted.
  await goTo(page, 'Statusrapporter');
  await start(page, '1. halvår', '1. halvår 2027');
  await report(page, '1A', 'v', 30);
  await report(page, '1B', 'n', 10);
  await report(page, '1C', 'v', 50);
  await report(page, '2A', 'n', 0);
  await report(page, '2B', 'v', 25);
  await report(page, '2C', 'n', 0);
  await entry(page, '1A').getByLabel('Gjennomført i perioden').fill('Åpnet i mars.');
  await submit(page);

  // Spending in 2027.
  await goTo(page, 'Regnskap');
  await page.getByRole('button', { name: '2027' }).click();
  await spend(page, '1A Boligtorg', 'Tilskudd fra Husbanken', '100 000');
  await spend(page, '2B Bostøtteveiledning', 'Kommunal egenandel', '30 000');
  await spend(page, 'Programledelse', 'Tilskudd fra Husbanken', '200 000');
  await expectAllSaved(page);

  // 2. halvår: prefilled from the first; the owner of 2A and 2C reports through the form.
  await goTo(page, 'Statusrapporter');
  await start(page, '2. halvår', '2. halvår 2027');
  await expect(entry(page, '1A').getByLabel('Status')).toHaveValue('v');
  await expect(entry(page, '1A').getByLabel('Framdrift')).toHaveValue('30');
  await expect(entry(page, '1A').getByLabel('Gjennomført i perioden')).toHaveValue('');
  await report(page, '1A', 'v', 70);
  await report(page, '1B', 'g', 100);
  await report(page, '1C', 'v', 60);
  await report(page, '2B', 'a', 25);

  const panel = page.getByRole('region', { name: 'Skjema til tiltakseierne' });
  const plansDir = await answerDialogs(request, {});
  const folder = join(plansDir, `skjema-${Date.now()}`);
  await mkdir(folder, { recursive: true });
  await answerDialogs(request, { folder: [folder] });
  await panel.getByRole('button', { name: 'Lag skjema til hver eier' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'skjema er lagret' })).toContainText(
    folder,
  );
  const form = join(folder, 'Øystein Bakken – status 2. halvår 2027.xlsx');
  expect(existsSync(form), form).toBe(true);
  // The owner of 2A and 2C fills in the form outside the app.
  await fillOwnerForm(form, [
    { code: '2A', header: 'Status (n/v/g/a)', value: 'v' },
    { code: '2A', header: 'Framdrift (%)', value: 40 },
    {
      code: '2A',
      header: 'Kommentar / gjennomført i perioden',
      value: '14 husstander fikk startlån.',
    },
    { code: '2A', header: 'Regnskap 2027 – Tilskudd fra Husbanken (kr)', value: 150_000 },
    { code: '2C', header: 'Status (n/v/g/a)', value: 'v' },
    { code: '2C', header: 'Framdrift (%)', value: 10 },
  ]);
  await answerDialogs(request, { openMany: [[form]] });
  await panel.getByRole('button', { name: 'Les inn utfylte skjema' }).click();
  const preview = page.getByRole('dialog', { name: /skjema/i });
  await expect(preview).toContainText('14 husstander fikk startlån.');
  // Nothing changes before the user confirms.
  await expect(entry(page, '2A').getByLabel('Framdrift')).toHaveValue('0');
  await preview.getByRole('button', { name: 'Bruk endringene' }).click();
  await expect(entry(page, '2A').getByLabel('Status')).toHaveValue('v');
  await expect(entry(page, '2A').getByLabel('Framdrift')).toHaveValue('40');
  await expect(entry(page, '2C').getByLabel('Framdrift')).toHaveValue('10');
  await submit(page);

  // The annual report, prefilled from 2. halvår; 2C moves on before it is submitted.
  await start(page, 'Hele året', 'Hele året 2027');
  await expect(entry(page, '2A').getByLabel('Framdrift')).toHaveValue('40');
  await report(page, '2C', 'v', 20);
  await expectNoAxeViolations(page, 'Årsrapport under arbeid');
  await submit(page);

  // Later edits to the plan leave the first report as it was.
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: '1A Boligtorg' }).click();
  const editor = page.locator('.measure-item', { has: page.locator('input[value="Boligtorg"]') });
  await editor.getByRole('textbox', { name: 'Tittel', exact: true }).fill('Boligtorg i bydelen');
  await expectAllSaved(page);
  const checkFirstReport = async () => {
    await goTo(page, 'Statusrapporter');
    await page.getByRole('button', { name: '1. halvår 2027', exact: true }).click();
    await expect(entry(page, '1A')).toHaveAccessibleName('1A Boligtorg');
    await expect(entry(page, '1A')).toContainText('v – Videreført');
    await expect(entry(page, '1A')).toContainText(nb('30 % – i skjemaet 25 %'));
    await expect(entry(page, '1A')).toContainText('Åpnet i mars.');
    await expect(entry(page, '2A')).toContainText(nb('0 %'));
  };
  await checkFirstReport();

  // The overview, figure by figure. The measures follow the annual report:
  // area 1: 1A v 70, 1B g 100, 1C v 60 → 2 v, 1 g, average 77 %;
  // area 2: 2A v 40, 2B a 25, 2C v 20 → 2 v, 1 a, average 28 %.
  // 2027: budget 770 000 for the measures + 600 000 programme management = 1 370 000 kr;
  // spent 100 000 + 30 000 + 150 000 (2A, from the form) + 200 000 = 480 000 kr.
  const checkOverview = async () => {
    await goTo(page, 'Oppfølging');
    const status = page.getByTestId('status-table');
    const cells = async (table: Locator, header: string) => {
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: header }) });
      return (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
    };
    // Columns: measures, n, v, g, a, without status, average progress.
    const area1 = await cells(status, '1 Egnede boliger for vanskeligstilte');
    const area2 = await cells(status, '2 Tilgjengelige og økonomiske boligvirkemidler');
    expect(area1.slice(0, 6)).toEqual(['3', '0', '2', '1', '0', '0']);
    expect(area1.at(-1)).toBe(nb('77 %'));
    expect(area2.slice(0, 6)).toEqual(['3', '0', '2', '0', '1', '0']);
    expect(area2.at(-1)).toBe(nb('28 %'));
    const money = page.getByTestId('money-table');
    expect((await cells(money, '2027')).slice(0, 3)).toEqual([
      nb('1 370 000 kr'),
      nb('480 000 kr'),
      nb('−890 000 kr'),
    ]);
  };
  await checkOverview();
  await expectNoAxeViolations(page, 'Oppfølging etter et år');

  // The annual report as Word and Excel, read back: every status, progress and krone.
  await goTo(page, 'Eksport');
  const card = page.getByRole('region', { name: 'Rapporter' });
  await card.getByRole('radio', { name: /Årsrapport 2027/ }).check();
  const docxPath = join(plansDir, `Årsrapport-${Date.now()}.docx`);
  await answerDialogs(request, { save: [docxPath] });
  await card.getByRole('button', { name: 'Lag Word-rapport' }).click();
  await expect(card.getByRole('status').first()).toContainText('Word-rapporten er lagret', {
    timeout: 60_000,
  });
  const docx = readExportedDocx(await readFile(docxPath));
  const annual: Record<string, { status: string; progress: number; spent: number }> = {
    '1A': { status: 'v', progress: 70, spent: 100_000 },
    '1B': { status: 'g', progress: 100, spent: 0 },
    '1C': { status: 'v', progress: 60, spent: 0 },
    '2A': { status: 'v', progress: 40, spent: 150_000 },
    '2B': { status: 'a', progress: 25, spent: 30_000 },
    '2C': { status: 'v', progress: 20, spent: 0 },
  };
  expect(docx.text).toContain('Årsrapport 2027');
  const tableRows = bodyBlocks(readDocx(await readFile(docxPath)).part('word/document.xml'))
    .filter((b) => b.kind === 'tbl')
    .flatMap((b) => rowsOf(b.xml).map(cellsOf));
  for (const seed of seeds) {
    const row = tableRows.find((r) => r[0] === seed.code && r.length >= 10);
    expect(row, seed.code).toBeDefined();
    expect(row![5]).toBe(annual[seed.code]!.status);
    expect(row![7]).toContain(nb(`${annual[seed.code]!.progress} %`));
    const [husbanken, kommunal] = split(seed.cost);
    expect(row![3]).toContain(nb(`${husbanken!.toLocaleString('nb-NO')} kr`));
    expect(row![3]).toContain(nb(`${kommunal!.toLocaleString('nb-NO')} kr`));
  }

  const xlsxPath = join(plansDir, `Årsrapport-${Date.now()}.xlsx`);
  await answerDialogs(request, { save: [xlsxPath] });
  await card.getByRole('button', { name: 'Lag Excel-rapport' }).click();
  await expect(card.getByRole('status').nth(1)).toContainText('Excel-rapporten er lagret');
  const tiltak = readXlsx(await readFile(xlsxPath)).find((s) => s.name === 'Tiltak')!;
  const head = rowValues(tiltak, 1);
  for (let row = 2; row < 2 + seeds.length; row++) {
    const values = rowValues(tiltak, row);
    const code = String(values[head.indexOf('Kode')]);
    const expected = annual[code]!;
    const seed = seeds.find((s) => s.code === code)!;
    expect(values[head.indexOf('Status')], code).toBe(expected.status);
    expect(values[head.indexOf('Framdrift')], code).toBeCloseTo(expected.progress / 100);
    expect(values[head.indexOf('Sum budsjett')], code).toBe(seed.cost);
    expect(values[head.indexOf('Regnskap')] ?? 0, code).toBe(expected.spent);
  }

  // LibreOffice opens and converts the Word report.
  await run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', plansDir, docxPath], {
    timeout: 120_000,
  });
  expect(existsSync(docxPath.replace(/\.docx$/, '.pdf'))).toBe(true);

  // A reload keeps all of it.
  await reopen(page, title);
  await goTo(page, 'Statusrapporter');
  await expect(page.getByRole('row').filter({ hasText: 'Levert' })).toHaveCount(3);
  await checkFirstReport();
  await checkOverview();
});
