import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { goTo, uniqueTitle } from '../e2e/support/plan-steps';
import { openOsloPlanWithMeasures } from '../e2e/support/plan-with-measures';

// Issue 16 point 2: the cost in the measure's panel, the area's list and the table of all
// measures, and point 9's budget tables, at the two screen sizes the issue names (for looking at, not assertions).
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue16-kostnad-${name}.png`) });

const costs: Record<string, number[]> = {
  'm-1a': [250_000, 250_000, 300_000, 300_000],
  'm-1b': [80_000],
  'm-2a': [1_200_000, 900_000],
  'm-3a': [0, 450_000, 450_000],
};

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
]) {
  test(`screenshots: cost of measures at ${width}×${height}`, async ({ page, request }) => {
    await page.setViewportSize({ width: width!, height: height! });
    await openOsloPlanWithMeasures(page, request, uniqueTitle('Kostnader'), undefined, (plan) => {
      const info = plan.info as { periodStart: number };
      for (const m of plan.measures as { id: string; budget: { costs: unknown[] } }[]) {
        m.budget.costs = (costs[m.id] ?? [])
          .map((amount, i) => ({ year: info.periodStart + i, amount }))
          .filter((c) => c.amount > 0);
      }
    });
    await goTo(page, 'Satsningsområder og tiltak');
    await shot(page, `liste-${width}`);
    await page.getByRole('button', { name: '1A Boligtorg', expanded: false }).click();
    const cost = page.getByRole('group', { name: 'Kostnad og finansiering', exact: true });
    await cost.scrollIntoViewIfNeeded();
    await shot(page, `panel-${width}`);
    await page.getByRole('button', { name: 'Alle tiltak i tabell' }).click();
    await expect(page.getByRole('table', { name: 'Alle tiltak' })).toBeVisible();
    await shot(page, `tabell-${width}`);
    await page
      .getByRole('button', { name: /Boligtorg/ })
      .first()
      .click();
    await shot(page, `tabell-valgt-${width}`);
    // The budget tables under each other (point 9: their columns line up).
    await goTo(page, 'Budsjett');
    await page
      .getByRole('heading', { name: '2. Flerårig oversikt' })
      .evaluate((h) => h.scrollIntoView());
    await shot(page, `budsjett-tabeller-${width}`);
  });
}
