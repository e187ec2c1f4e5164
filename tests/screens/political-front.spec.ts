import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { goTo } from '../e2e/support/plan-steps';
import { openOsloPlanWithMeasures, osloMeasures } from '../e2e/support/plan-with-measures';
import { solidPng } from '../support/word-export-fixtures';

// Screenshots of Om planen (forslag til vedtak, logo) and Eksport («Klar til politisk
// behandling?») at 1366 × 768, for looking at the design:
// PLAYWRIGHT_TEST_DIR=tests/screens npx playwright test tests/screens/political-front.spec.ts
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
test.use({ viewport: { width: 1366, height: 768 } });

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: join(dir, `issue14-front-${name}.png`), fullPage });

test('om planen and eksport', async ({ page, request }) => {
  test.setTimeout(120_000);
  const seeds = osloMeasures.map((m) => (m.code === '1B' ? { ...m, ownerPersonId: undefined } : m));
  await openOsloPlanWithMeasures(
    page,
    request,
    'Boligsosial handlingsplan for Bydel Fjellstad',
    seeds,
  );
  await page
    .getByLabel('Forslag til vedtak', { exact: true })
    .fill(
      'Bydelsutvalget vedtar Boligsosial handlingsplan for Bydel Fjellstad 2027–2030.\nPlanen rulleres hvert år i forbindelse med budsjettet.',
    );
  await page.getByLabel('Velg logo').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from(solidPng(240, 90, [47, 84, 150])),
  });
  await page.getByLabel('Alternativ tekst').fill('Bydel Fjellstads logo');
  await page.getByRole('heading', { name: 'Logo' }).scrollIntoViewIfNeeded();
  await shot(page, 'om-planen-logo');
  await page
    .getByRole('heading', { name: 'Forslag til vedtak', level: 2 })
    .scrollIntoViewIfNeeded();
  await shot(page, 'om-planen-vedtak');
  await page.getByLabel('Bytt logo').setInputFiles({
    name: 'kart.gif',
    mimeType: 'image/gif',
    buffer: Buffer.from('GIF89a'),
  });
  await page.getByRole('heading', { name: 'Logo' }).scrollIntoViewIfNeeded();
  await shot(page, 'om-planen-feil');

  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: /^2A Startlån/ }).click();
  await page.getByRole('checkbox', { name: /Prioritert/ }).check();
  await shot(page, 'tiltak-prioritert');

  await goTo(page, 'Eksport');
  await expect(page.getByRole('region', { name: 'Klar til politisk behandling?' })).toBeVisible();
  await shot(page, 'eksport');
  await shot(page, 'eksport-hel', true);
});
