import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type Page } from '../e2e/support/worker-server';
import { createPlan, OSLO_TEMPLATE } from '../e2e/support/plan-steps';

// «Ansvar» on Om planen with the «Ny person …» buttons beside the lists (issue 16 point 6), at
// 1366×768: .tmp/screens/issue16-ansvar-*.png.
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue16-ansvar-${name}.png`) });

test('responsible fields', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await createPlan(page, OSLO_TEMPLATE, 'Ansvar');
  const heading = page.getByRole('heading', { name: 'Ansvar', exact: true });
  await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'lister');
  await page.getByRole('button', { name: 'Ny person som programleder …' }).click();
  await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'ny-person');
});
