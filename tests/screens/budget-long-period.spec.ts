import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type Locator, type Page } from '../e2e/support/worker-server';
import { openOsloPlanWithMeasures } from '../e2e/support/plan-with-measures';
import { goTo } from '../e2e/support/plan-steps';

// Screenshots of the budget grid with 4 and 7 years (issue 15 part 5), at 1366×768 and
// 1920×1080: .tmp/screens/issue15-periode-*.png.
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));

async function scrollTo(locator: Locator) {
  await locator.evaluate((el) => {
    const main = el.closest('main')!;
    main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 16;
  });
}

const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

for (const [years, start] of [
  [4, 2027],
  [7, 2010],
] as const) {
  test(`budget grid with ${years} years`, async ({ page, request }) => {
    const all = Array.from({ length: years }, (_, i) => start + i);
    await openOsloPlanWithMeasures(page, request, `Budsjett ${years} år`, undefined, (p) => {
      const plan = p as {
        info: { periodStart: number; periodEnd: number };
        measures: { id: string; budget: unknown }[];
        budget: { programmeManagement: { costs: unknown[] }; frame: unknown[] };
      };
      plan.info.periodStart = start;
      plan.info.periodEnd = start + years - 1;
      const costs = all.map((year, i) => ({ year, amount: 1_250_000 + i * 75_000 }));
      plan.budget.programmeManagement.costs = costs;
      plan.budget.frame = all.map((year) => ({ year, amount: 2_500_000 }));
      plan.measures.find((m) => m.id === 'm-1a')!.budget = {
        costs: costs.map((c) => ({ ...c, amount: c.amount / 5 })),
        financing: { mode: 'percent', split: [{ sourceId: 'src-husbanken', percent: 100 }] },
      };
    });
    const shot = (page: Page, name: string) =>
      page.screenshot({ path: join(dir, `issue15-periode-${years}-ar-${name}.png`) });
    for (const size of sizes) {
      await page.setViewportSize(size);
      await goTo(page, 'Budsjett');
      await scrollTo(page.getByRole('heading', { level: 2, name: 'Programledelse' }));
      // Start from the first year (the previous size may have left the grid scrolled).
      for (const wrap of await page.locator('.sticky-ends-scroll').all())
        await wrap.evaluate((el) => (el.scrollLeft = 0));
      await shot(page, `${size.width}-programledelse`);
      // Tab to the last year: the years scroll, the name and the sum stay.
      const line = page.getByRole('group', { name: 'Programledelse', exact: true });
      await line.getByRole('textbox', { name: `Kostnad ${all.at(-1)}` }).focus();
      await page.waitForTimeout(100);
      await shot(page, `${size.width}-programledelse-siste-ar`);
      await scrollTo(page.getByRole('heading', { name: '2. Flerårig oversikt' }));
      await shot(page, `${size.width}-flerarig`);
    }
  });
}
