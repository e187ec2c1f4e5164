import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '../e2e/support/worker-server';
import { openOsloPlanWithMeasures } from '../e2e/support/plan-with-measures';
import { createPlan, expectAllSaved, goTo } from '../e2e/support/plan-steps';

// Screenshots of the budget page (issue 4) for looking at the design: .tmp/screens/issue4-*.png.
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue4-${name}.png`) });

/** Scrolls the page area (not the window) so the element is near the top. */
async function scrollTo(locator: Locator) {
  await locator.evaluate((el) => {
    const main = el.closest('main')!;
    main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 16;
  });
}

test('budget screenshots', async ({ page, request }) => {
  await openOsloPlanWithMeasures(page, request, 'Budsjett for Bydel Fjellstad', undefined, (p) => {
    const plan = p as {
      measures: { id: string; budget: unknown }[];
      budget: { frame: { year: number; amount: number }[] };
    };
    const set = (id: string, budget: unknown) => {
      plan.measures.find((m) => m.id === id)!.budget = budget;
    };
    set('m-1a', {
      costs: [
        { year: 2027, amount: 450_000 },
        { year: 2028, amount: 450_000 },
        { year: 2029, amount: 300_000 },
      ],
      financing: { mode: 'default' },
    });
    set('m-1b', {
      costs: [{ year: 2027, amount: 120_000 }],
      financing: {
        mode: 'percent',
        split: [
          { sourceId: 'src-husbanken', percent: 50 },
          { sourceId: 'src-kommunal', percent: 30 },
        ],
      },
    });
    set('m-2a', {
      costs: [
        { year: 2027, amount: 200_000 },
        { year: 2028, amount: 250_000 },
      ],
      financing: {
        mode: 'amount',
        amounts: [
          { year: 2027, sourceId: 'src-husbanken', amount: 150_000 },
          { year: 2027, sourceId: 'src-andre', amount: 50_000 },
          { year: 2028, sourceId: 'src-husbanken', amount: 150_000 },
          { year: 2028, sourceId: 'src-overfort', amount: 50_000 },
        ],
      },
    });
    set('m-3a', {
      costs: [{ year: 2027, amount: 900_000 }],
      financing: { mode: 'default' },
    });
    plan.budget.frame = plan.budget.frame.map((f) => ({ ...f }));
  });
  await page.setViewportSize({ width: 1360, height: 880 });
  await goTo(page, 'Budsjett');
  await shot(page, '01-budsjett-topp');
  await scrollTo(page.getByRole('heading', { name: 'Finansieringskilder og standardfordeling' }));
  await shot(page, '02-kilder-og-ramme');
  await scrollTo(page.getByRole('heading', { level: 2, name: 'Programledelse' }));
  await shot(page, '03-programledelse');

  await page.getByRole('button', { name: '1 Egnede boliger for vanskeligstilte' }).click();
  await page
    .getByRole('button', { name: '2 Tilgjengelige og økonomiske boligvirkemidler' })
    .click();
  await scrollTo(page.getByRole('heading', { level: 2, name: 'Satsningsområder og tiltak' }));
  await shot(page, '04-tiltak');
  await scrollTo(page.getByRole('group', { name: '1B Kartlegging av boligbehov' }));
  await shot(page, '05-tiltak-egen-fordeling-og-belop');

  const cost = page
    .getByRole('group', { name: '1B Kartlegging av boligbehov' })
    .getByRole('textbox', { name: 'Kostnad 2028' });
  await cost.fill('12,50 kr');
  await cost.press('Enter');
  await expect(page.getByText('har øre')).toBeVisible();
  await shot(page, '06-ugyldig-belop');
  await cost.press('Escape');

  await scrollTo(page.getByRole('heading', { level: 2, name: 'Tabeller' }));
  await shot(page, '07-tabeller');
  await scrollTo(page.getByRole('heading', { name: '2. Flerårig oversikt' }));
  await shot(page, '08-tabeller-flerarig-og-tiltak');

  await scrollTo(page.getByRole('heading', { name: 'Finansieringskilder og standardfordeling' }));
  await page.getByRole('button', { name: 'Fjern kilden Andre tilskudd' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shot(page, '09-fjern-kilde');
  await page.getByRole('button', { name: 'Fjern kilden', exact: true }).click();
  await shot(page, '10-kilde-fjernet');

  await expectAllSaved(page);
  await createPlan(page, 'Tom plan', 'Tom plan for budsjett');
  await goTo(page, 'Budsjett');
  await shot(page, '11-tom-plan');
  await scrollTo(page.getByRole('heading', { level: 2, name: 'Satsningsområder og tiltak' }));
  await shot(page, '12-tom-plan-tiltak-og-tabeller');
});
