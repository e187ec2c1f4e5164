import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { goTo } from '../e2e/support/plan-steps';
import { openOsloPlanWithMeasures } from '../e2e/support/plan-with-measures';
import { answerDialogs } from '../e2e/support/test-server';

// Screenshots of Eksport (idle, working, done, failed) for looking at the design:
// PLAYWRIGHT_TEST_DIR=tests/screens npx playwright test tests/screens/export.spec.ts
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue6-${name}.png`) });

test('export page', async ({ page, request }) => {
  test.setTimeout(120_000);
  await openOsloPlanWithMeasures(
    page,
    request,
    'Boligsosial handlingsplan for Bydel Fjellstad 2027–2030',
  );
  const plansDir = await answerDialogs(request, {});
  await goTo(page, 'Eksport');
  await expect(page.getByRole('region', { name: 'Målstruktur' }).locator('svg')).toBeVisible();
  await shot(page, 'eksport-01-klar');

  // Working: the save is held back so the steps can be seen.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    '**/api/exportFile',
    async (route) => {
      await held;
      await route.continue();
    },
    { times: 1 },
  );
  await answerDialogs(request, { save: [join(plansDir, 'Fjellstad.docx')] });
  await page.getByRole('button', { name: 'Eksporter til Word' }).click();
  const status = page.getByRole('region', { name: 'Word-dokument' }).getByRole('status');
  await expect(status).toContainText('Lagrer filen', { timeout: 30_000 });
  await status.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot(page, 'eksport-02-arbeider');
  release();
  await expect(status).toContainText('er lagret som');
  await status.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot(page, 'eksport-03-ferdig');

  await page.getByRole('radio', { name: 'Kortversjon for politisk behandling' }).check();
  await page.getByRole('checkbox', { name: 'Målgrupper' }).check();
  await answerDialogs(request, { save: [join(plansDir, 'finnes-ikke', 'Fjellstad.docx')] });
  await page.getByRole('button', { name: 'Eksporter til Word' }).click();
  await expect(status).toContainText('kunne ikke lagres');
  await status.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot(page, 'eksport-04-eget-utvalg-feil');

  await answerDialogs(request, { save: [join(plansDir, 'Fjellstad.xlsx')] });
  await page.getByRole('button', { name: 'Eksporter til Excel' }).click();
  await expect(page.getByRole('region', { name: 'Excel-ark' }).getByRole('status')).toContainText(
    'er lagret som',
  );
  await page.getByRole('region', { name: 'Excel-ark' }).scrollIntoViewIfNeeded();
  await shot(page, 'eksport-05-excel-ferdig');

  await page.setViewportSize({ width: 1024, height: 800 });
  // The header is wider than 1024 px with a long plan title (the shell's, not this page's), so
  // scroll back to the left edge after bringing the heading into view.
  await page.getByRole('heading', { level: 1 }).evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    window.scrollTo({ left: 0 });
  });
  await shot(page, 'eksport-06-smalt-vindu');
});
