import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from './support/worker-server';
import { readExportedDocx } from '../support/exported-docx';
import { readXlsx, rowValues } from '../support/xlsx-reader';
import { expectNoAxeViolations } from './support/accessibility';
import { expectAllSaved, goTo, reopen, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures } from './support/plan-with-measures';
import { answerDialogs } from './support/test-server';

// Dates as the forms write them («2014», «juni 2015») and a shared project led by another
// district, through the UI: entered, kept after a reload, in the list, in Word and Excel, and
// left out of the budget's sums.

const untilBuilt = { timeout: 90_000 };

const editorOf = (page: Page, title: string): Locator =>
  page
    .locator('.measure-item', { has: page.getByRole('textbox', { name: 'Tittel', exact: true }) })
    .filter({ has: page.locator(`input[value="${title}"]`) });

function rowOf(table: Locator, header: string) {
  return table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) });
}

test('a year and a month as start and end: entered, reloaded, listed and exported as entered', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const title = uniqueTitle('Datoer Bydel Fjellstad');
  await openOsloPlanWithMeasures(page, request, title);
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: '1A Boligtorg' }).click();
  const editor = editorOf(page, 'Boligtorg');
  const start = editor.getByLabel('Start', { exact: true });
  const end = editor.getByLabel('Slutt', { exact: true });

  await start.fill('2014');
  await expect(editor.getByText('Lagres som år: 2014.')).toBeVisible();
  await end.fill('06.2015');
  await expect(editor.getByText('Lagres som måned: juni 2015.')).toBeVisible();
  // Leaving the field writes the month the way it is shown everywhere else.
  await end.press('Tab');
  await expect(end).toHaveValue('juni 2015');

  // An end before the start is refused inline; a season is not a date, and says how to write one.
  await end.fill('2013');
  await expect(editor.getByText('Sluttdatoen kan ikke være før startdatoen.')).toBeVisible();
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await end.fill('høst 2015');
  await end.press('Tab');
  await expect(
    editor.getByText(
      '«høst» er ikke en måned. Skriv et år (2014), en måned (juni 2014 eller 06.2014) eller en dag (30.06.2014).',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'tiltak med feil i slutt');
  await end.fill('juni 2015');
  await end.press('Tab');
  await expect(end).not.toHaveAttribute('aria-invalid');
  await expectAllSaved(page);

  // Kept after a reload, shown as entered, and in the table of all measures.
  await reopen(page, title);
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: '1A Boligtorg' }).click();
  const reloaded = editorOf(page, 'Boligtorg');
  await expect(reloaded.getByLabel('Start', { exact: true })).toHaveValue('2014');
  await expect(reloaded.getByLabel('Slutt', { exact: true })).toHaveValue('juni 2015');
  await page.getByRole('button', { name: 'Alle tiltak i tabell' }).click();
  const table = page.getByRole('table', { name: 'Alle tiltak' });
  await expect(table.getByRole('row').filter({ hasText: 'Boligtorg' })).toContainText(
    '2014 – juni 2015',
  );

  // Word and Excel say it as entered.
  const plansDir = await answerDialogs(request, {});
  await goTo(page, 'Eksport');
  const docxPath = join(plansDir, 'Datoer.docx');
  await answerDialogs(request, { save: [docxPath] });
  await page.getByRole('button', { name: 'Eksporter til Word' }).click();
  await expect(
    page.getByRole('region', { name: 'Word-dokument' }).getByRole('status'),
  ).toContainText('lagret som Datoer.docx', untilBuilt);
  const docx = readExportedDocx(await readFile(docxPath));
  expect(docx.text).toContain('2014\u00a0–');
  expect(docx.text).toContain('juni 2015');

  const xlsxPath = join(plansDir, 'Datoer.xlsx');
  await answerDialogs(request, { save: [xlsxPath] });
  await page.getByRole('button', { name: 'Eksporter til Excel' }).click();
  await expect(page.getByRole('region', { name: 'Excel-ark' }).getByRole('status')).toContainText(
    'lagret som Datoer.xlsx',
  );
  const activities = readXlsx(await readFile(xlsxPath))[0]!;
  const header = rowValues(activities, 1);
  const row = rowValues(activities, 2);
  expect(row.slice(1, 3)).toEqual(['1A', 'Boligtorg']);
  expect(row[header.indexOf('Start')]).toBe('2014');
  expect(row[header.indexOf('Slutt')]).toBe('juni 2015');
});

test('a shared project led by another district is shown on the budget page but not in its sums', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await openOsloPlanWithMeasures(
    page,
    request,
    uniqueTitle('Felles prosjekt Bydel Fjellstad'),
    undefined,
    (plan) => {
      const budget = plan.budget as { frame: unknown[]; programmeManagement: { costs: unknown[] } };
      budget.frame = [];
      budget.programmeManagement.costs = [];
      const info = plan.info as { periodStart: number };
      const measures = plan.measures as { budget: { costs: unknown[] } }[];
      measures[0]!.budget.costs = [{ year: info.periodStart, amount: 120_000 }];
    },
  );
  // The shared project, chosen in the measure editor.
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: '1B Kartlegging av boligbehov' }).click();
  const editor = editorOf(page, 'Kartlegging av boligbehov');
  await editor
    .getByRole('checkbox', { name: 'Felles prosjekt med andre bydeler eller kommuner' })
    .check();
  await editor.getByLabel('Ansvarlig for det felles prosjektet').fill('Bydel Alna');
  const led = editor.getByRole('checkbox', { name: 'Ledes og finansieres av en annen bydel' });
  await led.check();
  await expect(editor.getByText('merket «finansiert av Bydel Alna»')).toBeVisible();
  await expectNoAxeViolations(page, 'tiltak med felles prosjekt ledet av annen bydel');

  // Its cost is entered as usual, and the sums stay what the plan's own measures cost.
  await goTo(page, 'Budsjett');
  await page.getByRole('button', { name: '1 Egnede boliger for vanskeligstilte' }).click();
  const sharedLine = page.getByRole('group', { name: '1B Kartlegging av boligbehov', exact: true });
  await expect(sharedLine).toContainText('Felles prosjekt, finansiert av Bydel Alna.');
  const cost = sharedLine.getByRole('textbox', { name: /^Kostnad \d{4}$/ }).first();
  await cost.fill('400 000');
  await cost.press('Enter');
  await expect(
    page.getByText(
      /^2 tiltak · 120\s000\skr i perioden · .* · 1 ledet av annen bydel, ikke med i summen$/,
    ),
  ).toBeVisible();

  const yearly = page.getByRole('table', { name: /^Budsjett for \d{4} per satsningsområde$/ });
  await expect(rowOf(yearly, 'Sum').getByRole('cell').first()).toHaveText('120\u00a0000 kr');
  const overview = page.getByRole('table', { name: /^Flerårig oversikt/ });
  await expect(rowOf(overview, 'Kostnad').getByRole('cell').last()).toHaveText('120\u00a0000 kr');
  const detail = page.getByRole('table', { name: /^Tiltak i satsningsområde 1 / });
  await expect(
    rowOf(detail, '1B Kartlegging av boligbehov *').getByRole('cell').first(),
  ).toHaveText('400\u00a0000 kr');
  await expect(rowOf(detail, 'Sum').getByRole('cell').first()).toHaveText('120\u00a0000 kr');
  await expect(page.getByText('Tiltak merket * er felles prosjekter')).toBeVisible();
  await expectNoAxeViolations(page, 'Budsjett med felles prosjekt ledet av annen bydel');

  // Counted again when this district leads it.
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: '1B Kartlegging av boligbehov' }).click();
  await editorOf(page, 'Kartlegging av boligbehov')
    .getByRole('checkbox', { name: 'Ledes og finansieres av en annen bydel' })
    .uncheck();
  await goTo(page, 'Budsjett');
  await expect(
    rowOf(page.getByRole('table', { name: /^Flerårig oversikt/ }), 'Kostnad')
      .getByRole('cell')
      .last(),
  ).toHaveText('520\u00a0000 kr');
});
