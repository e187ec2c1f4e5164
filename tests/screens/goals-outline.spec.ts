import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../e2e/support/worker-server';
import { createPlan, goTo, OSLO_TEMPLATE, uniqueTitle } from '../e2e/support/plan-steps';

// Screenshots of Visjon og mål with the Oslo template's eight main goals (issue 16 point 3) at
// 1366×768 and 1920×1080: folded as the page first shows them, the outline, one goal open with
// its national goal chosen, and every goal open (for looking, not assertions).
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`screenshots: Visjon og mål at ${width}×${height}`, async ({ page }) => {
    const shot = (name: string, fullPage = false) =>
      page.screenshot({ path: join(dir, `issue16-goals-${width}-${name}.png`), fullPage });
    await page.setViewportSize({ width, height });
    await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Mål'));
    await goTo(page, 'Visjon og mål');
    await shot('01-first-view');
    const main = page.locator('.shell__main');
    await page
      .getByRole('heading', { name: 'Hovedmål', exact: true })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('02-folded-list');
    const details = page.locator('.goal-outline__summary');
    if (await details.isVisible()) {
      await details.click();
      await shot('03-outline-open');
      await details.click();
    }
    await page.getByRole('button', { name: /^Hovedmål 2 / }).click();
    await page
      .getByRole('button', { name: /^Hovedmål 2 / })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('04-goal-2-open');
    await page.getByRole('button', { name: 'Åpne alle' }).click();
    await expect(page.getByRole('button', { name: /^Hovedmål 8 / })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await main.evaluate((el) => el.scrollTo(0, 0));
    await shot('05-all-open');
    await main.evaluate((el) => el.scrollTo(0, el.scrollHeight * 0.4));
    await shot('06-all-open-middle');
  });
}
