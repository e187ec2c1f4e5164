import { expect, test } from './support/worker-server';
import { goTo, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures } from './support/plan-with-measures';

// Issue 16 point 9: the budget tables stand under each other, so their columns must line up
// rather than each table sizing itself to its own words.
test('the budget tables under each other share their width and their first column', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openOsloPlanWithMeasures(page, request, uniqueTitle('Justerte tabeller'));
  await goTo(page, 'Budsjett');
  const tables = page.locator('table.budget-table');
  // Per focus area, over the years, and the measures of one area.
  await expect(tables).toHaveCount(3);
  const edges = await tables.evaluateAll((list) =>
    list.map((table) => {
      const box = table.getBoundingClientRect();
      const first = (table as HTMLTableElement).rows[0]!.cells[0]!.getBoundingClientRect();
      return {
        left: Math.round(box.left),
        right: Math.round(box.right),
        firstColumn: Math.round(first.width),
      };
    }),
  );
  expect(new Set(edges.map((e) => JSON.stringify(e))).size).toBe(1);
  // Wide enough for «Overførte midler fra året før» in two lines, not a sliver.
  expect(edges[0]!.firstColumn).toBeGreaterThanOrEqual(200);
});
