import { expect, test } from './support/worker-server';
import { expectAllSaved, goTo, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures } from './support/plan-with-measures';

// Amounts kept for years outside the programme period (the period was shortened): the frame
// and a cost line each say so in words and offer to remove them, and the cursor then stands in
// the line's first year.
test('amounts outside the programme period are named and removed with one button each', async ({
  page,
  request,
}) => {
  await openOsloPlanWithMeasures(
    page,
    request,
    uniqueTitle('Utenfor perioden'),
    undefined,
    (plan) => {
      const info = plan.info as { periodStart: number; periodEnd: number };
      const budget = plan.budget as {
        frame: { year: number; amount: number }[];
        programmeManagement: { costs: { year: number; amount: number }[] };
      };
      budget.frame = [
        { year: info.periodStart, amount: 2_000_000 },
        { year: info.periodEnd + 1, amount: 2_000_000 },
      ];
      budget.programmeManagement.costs = [
        { year: info.periodStart, amount: 500_000 },
        { year: info.periodEnd + 2, amount: 400_000 },
      ];
    },
  );
  await goTo(page, 'Budsjett');
  const period = await page.evaluate(() =>
    document.body.innerText.match(/(\d{4})–(\d{4}) \(\d+ år\)/),
  );
  const [start, end] = [Number(period![1]), Number(period![2])];

  const frameNotice = page.getByText(
    `Rammen har også beløp i ${end + 1}, utenfor programperioden.`,
  );
  await expect(frameNotice).toBeVisible();
  await page.getByRole('button', { name: 'Fjern rammen utenfor perioden' }).click();
  await expect(frameNotice).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveValue('2\u00a0000\u00a0000');

  const lineNotice = page.getByText(
    `Det er også ført beløp i ${end + 2}, utenfor programperioden.`,
  );
  await expect(lineNotice).toBeVisible();
  await page.getByRole('button', { name: 'Fjern beløpene utenfor perioden' }).click();
  await expect(lineNotice).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveValue('500\u00a0000');
  await expect(page.locator(':focus')).toHaveAttribute('id', new RegExp(`-cost-${start}$`));
  await expectAllSaved(page);
});
