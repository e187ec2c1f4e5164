import { expect, test } from './support/worker-server';
import { createPlan, goTo, OSLO_TEMPLATE, uniqueTitle } from './support/plan-steps';

// Issue 16 point 4: the goal structure chart put «Hovedmål 3» before «Hovedmål 1», because
// mermaid orders a level to cross fewer lines. Each level now reads in its numbers' order.
test('the goal chart shows main goals, strategies and focus areas in their order', async ({
  page,
}) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Rekkefølge i målstrukturen'));
  await goTo(page, 'Eksport');
  const chart = page.locator('section:has(#goal-chart-heading) svg').first();
  await expect(chart).toBeVisible({ timeout: 60_000 });
  const boxes = await chart.evaluate((svg) =>
    [...svg.querySelectorAll('g.node')].map((g) => {
      const box = g.getBoundingClientRect();
      return { label: g.querySelector('tspan')?.textContent ?? '', x: box.x, y: box.y };
    }),
  );
  const row = (kind: string) =>
    boxes
      .filter((b) => b.label.startsWith(kind))
      .sort((a, b) => a.x - b.x)
      .map((b) => b.label.trim());
  // In the Oslo template strategy 1 serves main goal 3, which mermaid puts first on its own.
  expect(row('Hovedmål')).toEqual(['Hovedmål 1', 'Hovedmål 2', 'Hovedmål 3']);
  expect(row('Strategi')).toEqual([
    'Strategi 1',
    'Strategi 2',
    'Strategi 3',
    'Strategi 4',
    'Strategi 5',
  ]);
  expect(row('Satsningsområde')).toEqual([1, 2, 3, 4, 5].map((n) => `Satsningsområde ${n}`));
});
