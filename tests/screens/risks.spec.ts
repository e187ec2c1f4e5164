import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type Page } from '../e2e/support/worker-server';
import { goTo, uniqueTitle } from '../e2e/support/plan-steps';
import { openOsloPlanWithMeasures } from '../e2e/support/plan-with-measures';

// Risikoanalyse (issue 17 point 5) at 1366×768 and 1920×1080: .tmp/screens/issue17-risiko-*.png.
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: join(dir, `issue17-risiko-${name}.png`), fullPage });

test('risk analysis page', async ({ page, request }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openOsloPlanWithMeasures(page, request, uniqueTitle('Risiko'));
  await goTo(page, 'Risikoanalyse');
  await page.getByRole('button', { name: 'Legg til risiko' }).click();
  await page.keyboard.type('Lav deltakelse i tilbudene');
  const risk = page.getByRole('article', { name: /^Risiko 3/ });
  await risk
    .getByRole('group', { name: 'Sannsynlighet' })
    .getByRole('radio', { name: 'Lav' })
    .check();
  await page.getByRole('button', { name: 'Legg til risiko' }).click();
  await page.keyboard.type('Husbanken kutter tilskuddet');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('main').evaluate((el) => el.scrollTo(0, 0));
  await shot(page, '1366-top');
  await risk.getByLabel('Tiltak mot risikoen').focus();
  await shot(page, '1366-card');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.locator('main').evaluate((el) => el.scrollTo(0, 0));
  await shot(page, '1920-top');
  await risk.getByRole('combobox', { name: 'Tiltak som trues' }).click();
  await page.keyboard.type('1');
  await shot(page, '1920-card');
});
