import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from './support/worker-server';
import { readExportedDocx } from '../support/exported-docx';
import { readXlsx, rowValues } from '../support/xlsx-reader';
import { expectNoAxeViolations } from './support/accessibility';
import { expectAllSaved, goTo, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures, osloMeasures } from './support/plan-with-measures';
import { withReports } from './support/plan-with-reports';
import { answerDialogs } from './support/test-server';

const reportsCard = (page: Page) => page.getByRole('region', { name: 'Rapporter' });

test('makes a status report as Word and Excel from the Eksport page, and changes nothing in the plan', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const title = uniqueTitle('Rapport Bydel Fjellstad');
  const planPath = await openOsloPlanWithMeasures(page, request, title, osloMeasures, withReports);
  const plansDir = await answerDialogs(request, {});
  await goTo(page, 'Eksport');
  const card = reportsCard(page);
  // Latest first, and the latest is chosen.
  const radios = card.getByRole('radio');
  await expect(radios).toHaveCount(2);
  await expect(card.getByRole('listitem')).toHaveText([
    'Halvårsrapport 2. halvår 2027 (utkast)',
    'Halvårsrapport 1. halvår 2027 (levert 01.08.2027)',
  ]);
  await expect(radios.first()).toBeChecked();
  await expectNoAxeViolations(page, 'Eksport – Rapporter');
  await expectAllSaved(page);
  const planBefore = await readFile(planPath, 'utf8');

  // The submitted first half-year, as Word.
  await card.getByRole('radio', { name: /1\. halvår/ }).check();
  const docxPath = join(plansDir, 'Rapport.docx');
  await answerDialogs(request, { save: [docxPath] });
  await card.getByRole('button', { name: 'Lag Word-rapport' }).click();
  await expect(card.getByRole('status').first()).toContainText(
    'Word-rapporten er lagret som Rapport.docx.',
    { timeout: 60_000 },
  );
  const docx = readExportedDocx(await readFile(docxPath));
  expect(docx.text).toContain('Halvårsrapport 1. halvår');
  expect(docx.text).toContain('Få boliger.');
  expect(docx.text).toContain('75\u00a0% (70\u00a0%)');
  expect(docx.text).toContain('33\u00a0500\u00a0kr');

  // The same report as Excel: status and progress as numbers, the krone as a number.
  const xlsxPath = join(plansDir, 'Rapport.xlsx');
  await answerDialogs(request, { save: [xlsxPath] });
  await card.getByRole('button', { name: 'Lag Excel-rapport' }).click();
  await expect(card.getByRole('status').nth(1)).toContainText(
    'Excel-rapporten er lagret som Rapport.xlsx.',
  );
  const sheets = readXlsx(await readFile(xlsxPath));
  const tiltak = sheets.find((s) => s.name === 'Tiltak')!;
  const head = rowValues(tiltak, 1);
  const first = rowValues(tiltak, 2);
  expect(first[head.indexOf('Kode')]).toBe('1A');
  expect(first[head.indexOf('Status')]).toBe('v');
  expect(first[head.indexOf('Framdrift')]).toBe(0.7);
  expect(first[head.indexOf('Regnskap')]).toBe(33_500);
  await expectNoAxeViolations(page, 'Eksport – rapport lagret');

  // A folder that is not there: the reason in bokmål, and the plan is as it was.
  await answerDialogs(request, { save: [join(plansDir, 'finnes-ikke', 'r.docx')] });
  await card.getByRole('button', { name: 'Lag sluttrapport (Word)' }).click();
  await expect(card.getByRole('status').nth(2)).toHaveText(
    'Filen kunne ikke lagres. Mappen finnes ikke (lenger). Planen er ikke endret.',
    { timeout: 60_000 },
  );
  expect(await readFile(planPath, 'utf8')).toBe(planBefore);
});
