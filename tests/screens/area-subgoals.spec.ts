import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { createPlan, goTo, uniqueTitle } from '../e2e/support/plan-steps';

// Screenshots of a focus area's sub-goals (issue 15, part 3) at 1366×768: the form in a plan
// without main goals, the area panel with «Delmål 1.1», «1.2» under their main goal, and the
// sub-goal's «Satsningsområde» on Visjon og mål (for looking, not assertions).
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue15-${name}.png`) });

test('screenshots: sub-goals of a focus area', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await createPlan(page, 'Tom plan', uniqueTitle('Delmål'));
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: 'Legg til satsningsområde' }).click();
  await page
    .getByRole('textbox', { name: 'Navn på satsningsområdet' })
    .fill('Egnede boliger for vanskeligstilte');
  const one = page.getByRole('region', { name: /^Satsningsområde 1:/ });
  const goals = one.getByRole('heading', { name: 'Mål for satsningsområdet' });
  await goals.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -80));
  await shot(page, 'subgoals-01-no-main-goal');

  await one
    .getByRole('textbox', { name: 'Hovedmål delmålet hører under' })
    .fill('Alle skal ha et godt sted å bo');
  const title = one.getByRole('textbox', { name: 'Delmål', exact: true });
  for (const text of [
    'Kortere tid i midlertidig bolig for barnefamilier',
    'Flere kommunale utleieboliger egnet for personer med rus og psykiske lidelser',
    'Flere leietakere kjøper egen bolig med startlån',
  ]) {
    await title.fill(text);
    await title.press('Enter');
  }
  await expect(one.getByText('Delmål 1.3', { exact: true })).toBeVisible();
  await goals.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -80));
  await shot(page, 'subgoals-02-area-panel');

  await goTo(page, 'Visjon og mål');
  await page
    .locator('.sub-goal__heading')
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -80));
  await shot(page, 'subgoals-03-visjon-og-mal');
});
