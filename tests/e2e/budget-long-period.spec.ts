import { expect, test, type Locator, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { goTo, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures } from './support/plan-with-measures';

// Issue 15 part 5: a seven-year programme period (2010–2016) is wider than the budget grid at
// 1366 px. The line's name and its sum stay visible while the years scroll between them, and
// Tab through the year fields never leaves the focused field under a sticky column.
async function openSevenYears(page: Page, request: Parameters<typeof openOsloPlanWithMeasures>[1]) {
  await openOsloPlanWithMeasures(
    page,
    request,
    uniqueTitle('Budsjett 2010–2016'),
    undefined,
    (plan) => {
      const info = plan.info as { periodStart: number; periodEnd: number };
      info.periodStart = 2010;
      info.periodEnd = 2016;
      const budget = plan.budget as { frame: unknown[]; programmeManagement: { costs: unknown[] } };
      budget.frame = [];
      budget.programmeManagement.costs = [2010, 2011, 2012, 2013, 2014, 2015, 2016].map((year) => ({
        year,
        amount: 1_000_000 + (year - 2010) * 100_000,
      }));
    },
  );
  await page.setViewportSize({ width: 1366, height: 768 });
  await goTo(page, 'Budsjett');
}

type Box = { left: number; right: number };
const box = (locator: Locator): Promise<Box> =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right };
  });

test('a seven-year period keeps the name and the sum in view while the years scroll', async ({
  page,
  request,
}) => {
  await openSevenYears(page, request);
  const line = page.getByRole('group', { name: 'Programledelse', exact: true });
  const wrap = line.locator('.sticky-ends-scroll');
  // The grid is wider than its box: the point of this test.
  expect(
    await wrap.evaluate((el) => el.scrollWidth > el.clientWidth),
    'seven years do not fit at 1366 px',
  ).toBe(true);
  await expect(wrap).toHaveAttribute('data-overflows', '');

  const nameCell = line.getByRole('rowheader', { name: 'Kostnad', exact: true });
  const sumHeader = line.getByRole('columnheader', { name: 'Sum', exact: true });
  const costRow = line
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Kostnad', exact: true }) });
  const sumCell = costRow.getByRole('cell').last();
  await expect(sumCell).toHaveText(/9\s100\s000/);

  const view = await box(wrap);
  const inView = async (locator: Locator) => {
    const b = await box(locator);
    return b.left >= view.left - 1 && b.right <= view.right + 1;
  };
  expect(await inView(sumHeader), 'the sum column is in view before scrolling').toBe(true);

  // Tab from the first year to the last: each field stays clear of the sticky name and sum.
  const first = line.getByRole('textbox', { name: 'Kostnad 2010' });
  await first.focus();
  for (const year of [2010, 2011, 2012, 2013, 2014, 2015, 2016]) {
    const field = line.getByRole('textbox', { name: `Kostnad ${year}` });
    await expect(field).toBeFocused();
    await expect
      .poll(async () => {
        const [f, name, sum] = await Promise.all([box(field), box(nameCell), box(sumCell)]);
        return f.left >= name.right - 1 && f.right <= sum.left + 1;
      }, `Kostnad ${year} is not under a sticky column`)
      .toBe(true);
    if (year < 2016) await page.keyboard.press('Tab');
  }
  expect(
    await wrap.evaluate((el) => el.scrollLeft),
    'the years scrolled to reach 2016',
  ).toBeGreaterThan(0);
  // Scrolled to the end, the name and the sum are still where they were.
  expect(await inView(nameCell)).toBe(true);
  expect(await inView(sumHeader)).toBe(true);

  // And back: Shift+Tab to 2010 brings the first year out from under the name column.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+Tab');
  await expect(first).toBeFocused();
  await expect
    .poll(async () => (await box(first)).left >= (await box(nameCell)).right - 1)
    .toBe(true);

  await expectNoAxeViolations(page, 'Budsjett med sju år');
});

test('a four-year period fits and shows no sticky edge', async ({ page, request }) => {
  await openOsloPlanWithMeasures(page, request, uniqueTitle('Budsjett fire år'));
  await page.setViewportSize({ width: 1366, height: 768 });
  await goTo(page, 'Budsjett');
  const wrap = page
    .getByRole('group', { name: 'Programledelse', exact: true })
    .locator('.sticky-ends-scroll');
  await expect(wrap).toBeVisible();
  await expect(wrap).not.toHaveAttribute('data-overflows');
});
