import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { createPlan, expectAllSaved, goTo, OSLO_TEMPLATE } from '../e2e/support/plan-steps';

// Screenshots of Tekstkapitler and Kvalitetssjekk for looking at the design (not assertions).
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue3-${name}.png`) });

test('chapters and quality screenshots', async ({ page }) => {
  await createPlan(page, OSLO_TEMPLATE, 'Boligsosial handlingsplan for Bydel Fjellstad 2027–2030');
  await goTo(page, 'Tekstkapitler');
  await shot(page, 'tekstkapitler');

  const text = page.getByRole('textbox', { name: 'Tekst' });
  await page.getByRole('button', { name: /^3\. Status og utfordringer/ }).click();
  await text.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Dette skal vi gjøre ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('først');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(':');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1. ');
  await page.keyboard.type('Kartlegge boligbehovet');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Lage en ');
  await page.keyboard.press('Control+i');
  await page.keyboard.type('felles');
  await page.keyboard.press('Control+i');
  await page.keyboard.type(' plan med Husbanken');
  await page.keyboard.press('Shift+Home');
  await expectAllSaved(page);
  await shot(page, 'tekstkapitler-skriving');
  // Keyboard focus in the toolbar.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await shot(page, 'tekstkapitler-verktoylinje');
  await page.keyboard.press('Tab');

  await page.keyboard.press('End');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Legg til lenke' })).toBeVisible();
  await shot(page, 'tekstkapitler-lenke-dialog');
  await page.getByLabel('Adresse').fill('ftp://filer');
  await page.getByRole('button', { name: 'Legg til lenken' }).click();
  await shot(page, 'tekstkapitler-lenke-feil');
  await page.getByLabel('Adresse').fill('www.husbanken.no');
  await page.getByLabel('Tekst som vises').fill('Husbanken');
  await page.getByRole('button', { name: 'Legg til lenken' }).click();
  await expectAllSaved(page);
  await page.keyboard.press('ArrowLeft');
  await shot(page, 'tekstkapitler-lenke');

  await page.getByRole('button', { name: 'Slett kapittelet' }).click();
  await shot(page, 'tekstkapitler-slettet');
  await page
    .getByRole('status')
    .filter({ hasText: 'er slettet' })
    .getByRole('button', { name: 'Angre' })
    .click();

  await goTo(page, 'Kvalitetssjekk');
  await shot(page, 'kvalitetssjekk');
  await page.getByRole('radio', { name: 'Hva det gjelder' }).check();
  await shot(page, 'kvalitetssjekk-type');
});

test('empty states', async ({ page }) => {
  await createPlan(page, 'Tom plan', 'Tom plan for skjermbilder');
  await goTo(page, 'Tekstkapitler');
  await shot(page, 'tekstkapitler-tom');
  await goTo(page, 'Kvalitetssjekk');
  await shot(page, 'kvalitetssjekk-ingen');
});
