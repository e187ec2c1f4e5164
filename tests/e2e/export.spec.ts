import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from './support/worker-server';
import { readExportedDocx } from '../support/exported-docx';
import { readXlsx, rowValues } from '../support/xlsx-reader';
import { expectNoAxeViolations } from './support/accessibility';
import { expectAllSaved, goTo, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures, osloMeasures } from './support/plan-with-measures';
import { answerDialogs } from './support/test-server';

// Every wait that spans building a Word document: docx lays out every page to number the contents
// (seconds, and several times that on a loaded machine with two workers). A guard, not a clock.
const untilBuilt = { timeout: 90_000 };

const wordCard = (page: Page) => page.getByRole('region', { name: 'Word-dokument' });
const excelCard = (page: Page) => page.getByRole('region', { name: 'Excel-ark' });
const wordButton = (page: Page) => page.getByRole('button', { name: 'Eksporter til Word' });
const excelButton = (page: Page) => page.getByRole('button', { name: 'Eksporter til Excel' });

/** Each picture's title, in document order; every picture must have alt text too. */
function figureTitles(documentXml: string): string[] {
  return [...documentXml.matchAll(/<wp:docPr [^>]*\/>/g)].map((m) => {
    expect(m[0]).toMatch(/descr="[^"]{20,}"/);
    return /title="([^"]*)"/.exec(m[0])?.[1] ?? '';
  });
}

async function openedWithSystem(request: APIRequestContext): Promise<string[]> {
  const response = await request.post('/__test/dialogs', { data: {} });
  return ((await response.json()) as { openedWithSystem: string[] }).openedWithSystem;
}

test('exports the Oslo plan as the short version to Word and as Excel, and changes nothing in it', async ({
  page,
  request,
}) => {
  // Three Word exports, each drawing the goal structure and the budget figures first.
  test.setTimeout(240_000);
  const title = uniqueTitle('Eksport Bydel Fjellstad');
  const planPath = await openOsloPlanWithMeasures(page, request, title, osloMeasures, (plan) => {
    const info = plan.info as { periodStart: number };
    const measures = plan.measures as { budget: { costs: unknown[] } }[];
    measures[0]!.budget.costs = [{ year: info.periodStart, amount: 120_000 }];
    measures[3]!.budget.costs = [{ year: info.periodStart + 1, amount: 45_500 }];
  });
  const plansDir = await answerDialogs(request, {});
  // A common laptop screen, where the progress under the button starts below the fold.
  await page.setViewportSize({ width: 1366, height: 768 });
  await goTo(page, 'Eksport');
  await expect(page.getByText('Ikke klar ennå')).toHaveCount(0);
  // The summary, and the goal chart kept on the page.
  await expect(page.getByRole('region', { name: 'Dette inneholder planen' })).toContainText(
    '5 tiltak i 5 satsningsområder',
  );
  await expect(page.getByRole('region', { name: 'Målstruktur' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Full plan' })).toBeChecked();
  await expectNoAxeViolations(page, 'Eksport');

  // Kortversjon sets the sections; ticking one by hand makes an own choice, the preset restores.
  await page.getByRole('radio', { name: 'Kortversjon for politisk behandling' }).check();
  const sections = wordCard(page).getByRole('group', { name: 'Deler i dokumentet' });
  await expect(sections.getByRole('checkbox', { name: 'Organisering' })).not.toBeChecked();
  await expect(sections.getByRole('checkbox', { name: 'Budsjett' })).not.toBeChecked();
  await expect(sections.getByRole('checkbox', { name: /^Tiltaksoversikt/ })).toBeChecked();
  await sections.getByRole('checkbox', { name: 'Målgrupper' }).check();
  await expect(
    page.getByRole('radio', { name: 'Kortversjon for politisk behandling' }),
  ).not.toBeChecked();
  await expect(sections).toContainText('Eget utvalg: 4 av 12 deler.');
  await page.getByRole('radio', { name: 'Kortversjon for politisk behandling' }).check();
  await expect(sections.getByRole('checkbox', { name: 'Målgrupper' })).not.toBeChecked();

  await expectAllSaved(page);
  const planBefore = await readFile(planPath, 'utf8');

  // Word, with the keyboard. The save waits until the test lets it through, so the working
  // state can be seen: the steps, and both buttons unavailable.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    '**/api/exportFile',
    async (route) => {
      await held;
      await route.continue();
    },
    { times: 1 },
  );
  const docxPath = join(plansDir, 'Fjellstad kort.docx');
  await answerDialogs(request, { save: [docxPath] });
  await wordButton(page).focus();
  await page.keyboard.press('Enter');
  const wordStatus = wordCard(page).getByRole('status');
  await expect(wordStatus).toContainText('Lagrer filen (steg 3 av 3)', untilBuilt);
  await expect(wordButton(page)).toHaveAttribute('aria-disabled', 'true');
  await expect(excelButton(page)).toHaveAttribute('aria-disabled', 'true');
  await expect(
    wordCard(page).getByRole('list', { name: 'Fremdrift' }).getByRole('listitem'),
  ).toHaveText([
    'Velger hvor filen skal lagres (ferdig)',
    'Setter sammen Word-dokumentet (ferdig)',
    'Lagrer filen (pågår)',
  ]);
  // The place was asked for first, so the page says where the file goes while it works.
  await expect(wordCard(page).getByText('Lagres som Fjellstad kort.docx')).toHaveText(
    `Lagres som Fjellstad kort.docx i mappen ${plansDir}`,
  );
  await expect(wordCard(page).getByRole('list', { name: 'Fremdrift' })).toBeInViewport();
  // Enter again while it works starts nothing.
  await page.keyboard.press('Enter');
  release();

  await expect(wordStatus).toContainText('Word-dokumentet er lagret som Fjellstad kort.docx.');
  await expect(wordStatus).toContainText(`I mappen ${plansDir}`);
  await expect(wordButton(page)).toHaveAttribute('aria-disabled', 'false');
  await expect(wordButton(page)).toBeFocused();
  const docx = readExportedDocx(await readFile(docxPath));
  expect(docx.files).toContain('word/document.xml');
  expect(docx.text).toContain(title);
  // The short version is the cover, the political summary and the measure overview: no section
  // with a figure, so nothing was drawn for it.
  expect(figureTitles(docx.documentXml)).toEqual([]);
  expect([...docx.media.keys()].filter((path) => path.endsWith('.png'))).toHaveLength(0);
  // The click while it worked did not start a second export (other specs of the same worker
  // may have left their own documents in the folder).
  expect((await readdir(plansDir)).filter((f) => f.startsWith('Fjellstad'))).toEqual([
    'Fjellstad kort.docx',
  ]);
  await expectNoAxeViolations(page, 'Eksport – Word-dokumentet er lagret');
  await wordStatus.getByRole('button', { name: 'Åpne dokumentet' }).click();
  await expect.poll(() => openedWithSystem(request)).toContain(docxPath);

  // Excel: real numbers in the activity plan.
  const xlsxPath = join(plansDir, 'Fjellstad.xlsx');
  await answerDialogs(request, { save: [xlsxPath] });
  await excelButton(page).click();
  const excelStatus = excelCard(page).getByRole('status');
  await expect(excelStatus).toContainText('Excel-arbeidsboken er lagret som Fjellstad.xlsx.');
  await expect(wordStatus).toBeEmpty();
  const sheets = readXlsx(await readFile(xlsxPath));
  expect(sheets.map((s) => s.name)).toEqual([
    'Aktivitetsplan',
    'Budsjett per år',
    'Flerårig oversikt',
  ]);
  const activities = sheets[0]!;
  expect(rowValues(activities, 2).slice(1, 3)).toEqual(['1A', 'Boligtorg']);
  const sumRow = rowValues(activities, osloMeasures.length + 2);
  expect(sumRow[0]).toBe('Sum');
  expect(sumRow.at(-1)).toBe(120_000 + 45_500);
  await excelStatus.getByRole('button', { name: 'Åpne arbeidsboken' }).click();
  await expect.poll(() => openedWithSystem(request)).toContain(xlsxPath);

  // A folder that is not there: the reason in bokmål, and the plan is as it was.
  await answerDialogs(request, { save: [join(plansDir, 'finnes-ikke', 'plan.docx')] });
  await wordButton(page).click();
  await expect(wordStatus).toHaveText(
    'Filen kunne ikke lagres. Mappen finnes ikke (lenger). Planen er ikke endret.',
    untilBuilt,
  );
  await expectNoAxeViolations(page, 'Eksport – filen kunne ikke lagres');

  // A cancelled dialog: quiet, and nothing written.
  await wordButton(page).click();
  await expect(wordButton(page)).toHaveAttribute('aria-disabled', 'false', untilBuilt);
  await expect(wordStatus).toBeEmpty();
  expect(
    (await readdir(plansDir)).filter((f) => /^Fjellstad.*\.(docx|xlsx)$/.test(f)).sort(),
  ).toEqual(['Fjellstad kort.docx', 'Fjellstad.xlsx']);
  expect(await readFile(planPath, 'utf8')).toBe(planBefore);
  await expect(page.getByRole('button', { name: 'Angre', exact: true })).toBeDisabled();

  // The choice is remembered for this plan.
  await page.reload();
  await page
    .getByRole('region', { name: 'Nylige planer' })
    .getByRole('button', { name: title, exact: true })
    .click();
  await goTo(page, 'Eksport');
  await expect(
    page.getByRole('radio', { name: 'Kortversjon for politisk behandling' }),
  ).toBeChecked();
});

test('the full plan has the organisation chart drawn in the window, and docx is loaded only when used', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const assets = join(process.cwd(), 'dist', 'renderer', 'assets');
  const entry = (await readdir(assets)).filter((f) => /^index-.*\.js$/.test(f));
  expect(entry).toHaveLength(1);
  const code = await readFile(join(assets, entry[0]!), 'utf8');
  expect(code).not.toContain('word/document.xml');
  expect(code).not.toContain('xl/worksheets');
  expect(code).toMatch(/import\(["'`]\.\/build-plan-docx-/);

  const title = uniqueTitle('Full eksport');
  await openOsloPlanWithMeasures(page, request, title);
  const plansDir = await answerDialogs(request, {});
  await goTo(page, 'Eksport');
  const docxPath = join(plansDir, 'Full.docx');
  await answerDialogs(request, { save: [docxPath] });
  // The document is built in a worker, so the window stays responsive while pages are laid out.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await wordButton(page).click();
  // Drawing the chart loads mermaid the first time, which takes a while on a busy machine.
  await expect(wordCard(page).getByRole('status')).toContainText(
    'lagret som Full.docx',
    untilBuilt,
  );
  const docx = readExportedDocx(await readFile(docxPath));
  expect(docx.text).toContain(title);
  expect(workers.some((url) => url.includes('docx-worker'))).toBe(true);
  const png = [...docx.media.entries()].find(([path]) => path.endsWith('.png'))?.[1];
  expect(png, 'organisasjonskartet som PNG').toBeDefined();
  expect(Buffer.from(png!.subarray(1, 4)).toString()).toBe('PNG');
  expect(Buffer.from(png!).readUInt32BE(16)).toBeGreaterThan(400);
  expect([...docx.media.keys()].some((path) => path.endsWith('.svg'))).toBe(true);
  // The figures, drawn in the window as well, each with alt text.
  expect(figureTitles(docx.documentXml)).toEqual([
    'Målstruktur',
    'Kostnad per satsningsområde',
    'Finansiering per kilde',
    'Organisasjonskart',
  ]);
  expect([...docx.media.keys()].filter((path) => path.endsWith('.png'))).toHaveLength(4);
});
