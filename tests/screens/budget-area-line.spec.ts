import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type Locator } from '../e2e/support/worker-server';
import { openOsloPlanWithMeasures } from '../e2e/support/plan-with-measures';
import { goTo } from '../e2e/support/plan-steps';

// Screenshots of a plan budgeted per focus area (issue 15 part 2) with a 7-year period, at
// 1366×768: .tmp/screens/issue15-omradelinje-*.png.
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));

async function scrollTo(locator: Locator) {
  await locator.evaluate((el) => {
    const main = el.closest('main')!;
    main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 16;
  });
}

test('budget with a line per focus area over seven years', async ({ page, request }) => {
  const years = Array.from({ length: 7 }, (_, i) => 2010 + i);
  await openOsloPlanWithMeasures(page, request, 'Budsjett per satsningsområde', undefined, (p) => {
    const plan = p as {
      info: { periodStart: number; periodEnd: number };
      focusAreas: { id: string; budget?: unknown; spent?: unknown }[];
      budget: { programmeManagement: { costs: unknown[] }; frame: unknown[] };
    };
    plan.info.periodStart = 2010;
    plan.info.periodEnd = 2016;
    plan.budget.programmeManagement.costs = years.map((year) => ({ year, amount: 450_000 }));
    plan.budget.frame = [];
    plan.focusAreas.forEach((area, i) => {
      area.budget = {
        costs: years.map((year, j) => ({ year, amount: 250_000 + i * 50_000 + j * 10_000 })),
        financing: { mode: 'default' },
      };
    });
    plan.focusAreas[0]!.spent = [{ year: 2010, sourceId: 'src-husbanken', amount: 160_000 }];
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  const shot = (name: string) =>
    page.screenshot({ path: join(dir, `issue15-omradelinje-${name}.png`) });

  await goTo(page, 'Budsjett');
  await page.getByRole('button', { name: '1 Egnede boliger for vanskeligstilte' }).click();
  await scrollTo(page.getByRole('heading', { level: 2, name: 'Satsningsområder og tiltak' }));
  await shot('budsjett');
  await scrollTo(page.getByRole('heading', { level: 2, name: 'Tabeller' }));
  await shot('tabeller');

  await goTo(page, 'Satsningsområder og tiltak');
  await shot('satsningsomrader');

  await goTo(page, 'Regnskap');
  await page.getByRole('button', { name: '2010' }).click();
  await scrollTo(
    page.getByRole('heading', { level: 2, name: '1 Egnede boliger for vanskeligstilte' }),
  );
  await shot('regnskap');
});
