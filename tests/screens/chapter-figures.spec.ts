import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { createPlan, expectAllSaved, goTo, OSLO_TEMPLATE } from '../e2e/support/plan-steps';
import { solidPng } from '../support/word-export-fixtures';

// Screenshots of a chapter with a table and a picture, for looking at the design (not assertions).
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue14-${name}.png`) });

test('chapter table and picture screenshots', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await createPlan(page, OSLO_TEMPLATE, 'Boligsosial handlingsplan for Bydel Fjellstad 2027–2030');
  await goTo(page, 'Tekstkapitler');
  const text = page.getByRole('textbox', { name: 'Tekst' });
  await page.getByRole('button', { name: /^2\. Bakgrunn/ }).click();
  await text.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Utviklingen i bydelen:');
  const toolbar = page.getByRole('toolbar', { name: 'Formatering' });
  await toolbar.getByRole('button', { name: 'Sett inn tabell' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sett inn tabell' });
  await dialog.getByLabel('Tabelltekst (valgfri)').fill('Bostedsløse husstander i bydelen');
  await shot(page, 'sett-inn-tabell');
  await dialog.getByRole('button', { name: 'Sett inn tabellen' }).click();
  for (const [i, cell] of [
    'År',
    'Husstander',
    'Kilde',
    '2020',
    '142',
    'NIBR-kartleggingen',
    '2022',
    '128',
    'NIBR-kartleggingen',
    '2024',
    '117',
    'Bydelens egen telling',
  ].entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(cell);
  }
  await expectAllSaved(page);
  await text.getByRole('table').scrollIntoViewIfNeeded();
  await shot(page, 'kapittel-med-tabell');

  await page.keyboard.press('Control+End');
  await toolbar.getByRole('button', { name: 'Sett inn bilde' }).click();
  const imageDialog = page.getByRole('dialog', { name: 'Sett inn bilde' });
  await imageDialog.getByLabel('Bildefil').setInputFiles({
    name: 'figur.png',
    mimeType: 'image/png',
    buffer: Buffer.from(solidPng(600, 240, [31, 78, 121])),
  });
  await imageDialog
    .getByLabel('Alternativ tekst (må fylles ut)')
    .fill('Søylediagram over bostedsløse husstander.');
  await imageDialog.getByLabel('Bildetekst (valgfri)').fill('Figur 1: Bostedsløse husstander');
  await shot(page, 'sett-inn-bilde');
  await imageDialog.getByRole('button', { name: 'Sett inn bildet' }).click();
  await expect(text.getByRole('img')).toBeVisible();
  await text.getByRole('img').scrollIntoViewIfNeeded();
  await shot(page, 'kapittel-med-bilde');
  await text.getByRole('img').dblclick();
  await expect(page.getByRole('dialog', { name: 'Endre bildet' })).toBeVisible();
  await shot(page, 'endre-bildet');
});
