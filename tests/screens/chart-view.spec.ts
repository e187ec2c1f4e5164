import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import type { Plan } from '#shared/model/plan';
import { createPlan, goTo, OSLO_TEMPLATE, uniqueTitle } from '../e2e/support/plan-steps';
import { openPlanChangedOnDisk } from '../e2e/support/plan-with-measures';
import { withLargeOrganisation } from '../support/organisation-fixtures';

// Issue 16 point 5: the organisation chart on the page and in its full view, at 1366×768 and
// 1920×1080, for looking at the design:
// PLAYWRIGHT_TEST_DIR=tests/screens npx playwright test tests/screens/chart-view.spec.ts
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));

const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

const chart = (page: Page) => page.locator('.chart-figure').first().getByRole('img').locator('svg');

async function settled(page: Page) {
  await expect(chart(page)).toBeVisible();
  await expect(page.locator('.chart-figure[aria-busy="true"]')).toHaveCount(0);
}

for (const size of sizes) {
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(dir, `issue16-kart-${size.width}-${name}.png`) });

  test(`organisation chart and full view at ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    await createPlan(
      page,
      OSLO_TEMPLATE,
      'Boligsosial handlingsplan for Bydel Fjellstad 2027–2030',
    );
    await goTo(page, 'Organisering');
    await settled(page);
    await shot(page, '01-side');
    await page
      .getByRole('heading', { name: 'Organisasjonskart' })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, '02-kart-pa-siden');

    await page.getByRole('button', { name: 'Vis i full størrelse' }).click();
    const dialog = page.getByRole('dialog', { name: 'Organisasjonskart' });
    await expect(dialog).toBeVisible();
    await shot(page, '03-full-visning');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await dialog.getByText('Kartet beskrevet med ord').click();
    await shot(page, '04-full-visning-zoomet-med-ord');
    await page.keyboard.press('Escape');

    await page.getByLabel('Ansvar', { exact: true }).check();
    await settled(page);
    await page
      .getByRole('heading', { name: 'Organisasjonskart' })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, '05-med-ansvar');
    await page.getByRole('button', { name: 'Vis i full størrelse' }).click();
    await shot(page, '06-med-ansvar-full-visning');
    await page.keyboard.press('0');
    await shot(page, '07-med-ansvar-hele-kartet');
    await page.keyboard.press('Escape');

    await page.getByRole('radio', { name: 'Fra venstre mot høyre' }).check();
    await settled(page);
    await page
      .getByRole('heading', { name: 'Organisasjonskart' })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, '08-venstre-mot-hoyre');
    await page.getByRole('button', { name: 'Vis i full størrelse' }).click();
    await shot(page, '09-venstre-mot-hoyre-full-visning');
    await page.keyboard.press('Escape');

    await goTo(page, 'Eksport');
    const goals = page.getByRole('region', { name: 'Målstruktur' });
    await expect(goals.locator('svg')).toBeVisible();
    await goals.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, '10-malstruktur');
    await goals.getByRole('button', { name: 'Vis i full størrelse' }).click();
    await expect(page.getByRole('dialog', { name: 'Målstruktur' })).toBeVisible();
    await shot(page, '11-malstruktur-full-visning');
  });

  test(`a 40-body organisation at ${size.width}×${size.height}`, async ({ page, request }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    const title = uniqueTitle('Stor organisasjon');
    await openPlanChangedOnDisk(page, request, 'Tom plan', title, (plan) =>
      Object.assign(plan, withLargeOrganisation(plan as unknown as Plan)),
    );
    await goTo(page, 'Organisering');
    await settled(page);
    await page
      .getByRole('heading', { name: 'Organisasjonskart' })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, '12-stor-pa-siden');
    await page.getByRole('button', { name: 'Vis i full størrelse' }).click();
    await shot(page, '13-stor-full-visning');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Tegn fra venstre mot høyre' }).click();
    await settled(page);
    await page
      .getByRole('heading', { name: 'Organisasjonskart' })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, '14-stor-venstre-mot-hoyre');
    await page.getByRole('button', { name: 'Vis i full størrelse' }).click();
    await shot(page, '15-stor-venstre-mot-hoyre-full-visning');
  });
}
