import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { createPlan, goTo, OSLO_TEMPLATE } from '../e2e/support/plan-steps';

// Screenshots of guidance and example content, for looking at the design (not assertions).
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue14-guidance-${name}.png`) });

test('guidance and examples at 1366×768', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await createPlan(page, OSLO_TEMPLATE, 'Bydel Fjellstad');
  await goTo(page, 'Tekstkapitler');
  await page
    .getByRole('button', { name: /Bakgrunn/ })
    .first()
    .click();
  await expect(page.locator('[data-guidance]').first()).toBeVisible();
  await shot(page, 'chapter');
  await page.locator('[data-guidance]').first().click();
  await shot(page, 'chapter-selected');
  await goTo(page, 'Visjon og mål');
  await page.locator('[data-entity-id="rm-fa1"]').scrollIntoViewIfNeeded();
  await shot(page, 'goals');
  await goTo(page, 'Personer og partnere');
  await shot(page, 'people');
  await goTo(page, 'Kvalitetssjekk');
  await shot(page, 'quality');
});
