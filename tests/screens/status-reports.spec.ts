import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '../e2e/support/worker-server';
import { openOsloPlanWithMeasures } from '../e2e/support/plan-with-measures';
import { goTo } from '../e2e/support/plan-steps';

// Screenshots of Statusrapporter and Sluttrapport (issue 13) at 1366×768: .tmp/screens/issue13-*.png.
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
test.use({ viewport: { width: 1366, height: 768 } });

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue13-${name}.png`) });

async function scrollTo(locator: Locator) {
  await locator.evaluate((el) => {
    const main = el.closest('main')!;
    main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 16;
  });
}

test('status report and final report screenshots', async ({ page, request }) => {
  await openOsloPlanWithMeasures(page, request, 'Oppfølging i Bydel Fjellstad', undefined, (p) => {
    const info = p.info as { periodStart: number; periodEnd: number };
    info.periodStart = 2027;
    info.periodEnd = 2030;
  });
  await goTo(page, 'Statusrapporter');
  await page.getByLabel('År', { exact: true }).selectOption('2027');
  await page.getByRole('button', { name: 'Start rapport for 1. halvår 2027' }).click();
  const entry = (name: string) => page.getByRole('article', { name });
  await entry('1A Boligtorg').getByLabel('Status').selectOption('v');
  await entry('1A Boligtorg').getByLabel('Framdrift').fill('70');
  await entry('1A Boligtorg').getByLabel('Gjennomført i perioden').fill('Åpnet boligtorget.');
  await entry('1B Kartlegging av boligbehov').getByLabel('Status').selectOption('g');
  await entry('1B Kartlegging av boligbehov').getByLabel('Framdrift').fill('100');
  await page.getByRole('button', { name: 'Lever rapporten' }).click();
  await page.getByRole('button', { name: 'Lever og lås rapporten' }).click();
  await shot(page, 'report-submitted');
  await page.getByRole('button', { name: '← Alle rapporter' }).click();
  await page.getByLabel('Periode', { exact: true }).selectOption({ label: '2. halvår' });
  await page.getByRole('button', { name: 'Start rapport for 2. halvår 2027' }).click();
  await entry('1A Boligtorg').getByLabel('Framdrift').fill('85');
  await page.getByRole('button', { name: '← Alle rapporter' }).click();
  await shot(page, 'report-list');
  await page.getByRole('button', { name: '2. halvår 2027' }).click();
  // A measure renamed after the report was started: the calm drift notice.
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: '2A Startlån til leietakere' }).click();
  await page
    .locator('.measure-item', { has: page.locator('input[value="Startlån til leietakere"]') })
    .getByRole('textbox', { name: 'Tittel', exact: true })
    .fill('Startlån til unge leietakere');
  await goTo(page, 'Statusrapporter');
  await page.getByRole('button', { name: '2. halvår 2027' }).click();
  await shot(page, 'report-open-top');
  await scrollTo(entry('1A Boligtorg'));
  await shot(page, 'report-open');
  await goTo(page, 'Sluttrapport');
  await page.getByRole('region', { name: /^1 / }).getByLabel('Tall og fakta').fill('To tiltak.');
  await scrollTo(page.getByRole('heading', { level: 2, name: /^1 / }));
  await expect(page.locator('.history-table').first()).toBeVisible();
  await shot(page, 'final-report');
  await scrollTo(page.getByRole('heading', { level: 2, name: 'Måloppnåelse' }));
  await shot(page, 'final-report-indicators');
});
