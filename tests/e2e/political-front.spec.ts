import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/worker-server';
import { readExportedDocx } from '../support/exported-docx';
import { solidPng } from '../support/word-export-fixtures';
import { expectNoAxeViolations } from './support/accessibility';
import { expectAllSaved, goTo, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures } from './support/plan-with-measures';
import { answerDialogs } from './support/test-server';

const untilBuilt = { timeout: 90_000 };

test('the proposed decision, a logo and a priority measure reach the short version in Word', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const title = uniqueTitle('Forside Bydel Fjellstad');
  await openOsloPlanWithMeasures(page, request, title);

  // Forslag til vedtak on Om planen.
  const decision = page.getByLabel('Forslag til vedtak', { exact: true });
  await decision.fill('Bydelsutvalget vedtar handlingsplanen.\nPlanen rulleres hvert år.');

  // A file that is not PNG or JPEG is refused in words; the plan keeps no logo.
  const chooser = page.getByLabel('Velg logo');
  await chooser.setInputFiles({
    name: 'logo.gif',
    mimeType: 'image/gif',
    buffer: Buffer.from('GIF89a not a logo'),
  });
  await expect(
    page.getByText('«logo.gif» kan ikke brukes: Filen er ikke et PNG- eller JPEG-bilde.'),
  ).toBeVisible();
  await expect(chooser).toHaveAttribute('aria-invalid', 'true');

  // A small PNG: previewed with its alt text, which can be changed.
  await chooser.setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from(solidPng(120, 48, [47, 84, 150])),
  });
  const preview = page.locator('.logo-field__preview img');
  await expect(preview).toBeVisible();
  await expect(page.getByText('120 × 48 piksler')).toBeVisible();
  await expect(page.getByText('kan ikke brukes')).toHaveCount(0);
  await page.getByLabel('Alternativ tekst').fill('Bydel Fjellstads logo');
  await expect(preview).toHaveAttribute('alt', 'Bydel Fjellstads logo');
  await expectNoAxeViolations(page, 'Om planen med logo');

  // Removing it is one step back with undo.
  await page.getByRole('button', { name: 'Fjern logoen' }).click();
  await expect(preview).toHaveCount(0);
  await expect(page.getByLabel('Velg logo')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(preview).toBeVisible();

  // Mark 2A as one of the most important measures; the list shows it.
  await goTo(page, 'Satsningsområder og tiltak');
  const toggle = page.getByRole('button', { name: /^2A Startlån til leietakere/ });
  await toggle.click();
  const priority = page.getByRole('checkbox', { name: /Prioritert/ });
  await expect(priority).not.toBeChecked();
  await priority.check();
  await expect(toggle).toContainText('Prioritert');
  await expectNoAxeViolations(page, 'Tiltak med prioritering');
  await expectAllSaved(page);

  // The short version: the summary has the decision and the measure, the cover the logo.
  const plansDir = await answerDialogs(request, {});
  const docxPath = join(plansDir, 'Fjellstad forside.docx');
  await answerDialogs(request, { save: [docxPath] });
  await goTo(page, 'Eksport');
  await page.getByRole('radio', { name: 'Kortversjon for politisk behandling' }).check();
  await page.getByRole('button', { name: 'Eksporter til Word' }).click();
  await expect(
    page.getByRole('region', { name: 'Word-dokument' }).getByRole('status'),
  ).toContainText('lagret som Fjellstad forside.docx', untilBuilt);

  const docx = readExportedDocx(await readFile(docxPath));
  const media = [...docx.media.keys()];
  expect(media).toHaveLength(1);
  expect(media[0]).toMatch(/^word\/media\/.+\.png$/);
  expect(docx.documentXml).toMatch(/descr="Bydel Fjellstads logo"/);
  const text = docx.paragraphs;
  const decisionAt = text.indexOf('Forslag til vedtak');
  expect(text.slice(decisionAt + 1, decisionAt + 3)).toEqual([
    'Bydelsutvalget vedtar handlingsplanen.',
    'Planen rulleres hvert år.',
  ]);
  const importantAt = text.indexOf('De viktigste tiltakene');
  expect(importantAt).toBeGreaterThan(decisionAt);
  expect(text.slice(importantAt)).toContain('Startlån til leietakere');
  expect(text).not.toContain('Boligtorg for vanskeligstilte');
});
