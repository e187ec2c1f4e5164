import { expect, test } from './support/worker-server';
import { createPlan, uniqueTitle } from './support/plan-steps';

test('«Fjern fra listen» can be undone, and focus never falls out of the page', async ({
  page,
}) => {
  const first = uniqueTitle('Første plan');
  const second = uniqueTitle('Andre plan');
  await createPlan(page, 'Tom plan', first);
  await page.getByRole('button', { name: 'Lukk plan' }).click();
  await createPlan(page, 'Tom plan', second);
  await page.getByRole('button', { name: 'Lukk plan' }).click();

  // Back on the start screen, once it shows the form (nothing to Tab to before), the first Tab
  // goes to the new plan's template choice.
  await expect(page.getByRole('radio', { name: 'Tom plan', exact: true })).toBeVisible();
  await expect(page.locator('#main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Tom plan', exact: true })).toBeFocused();

  const recent = page.getByRole('region', { name: 'Nylige planer' });
  const titles = recent.locator('.recent__open');
  const before = await titles.allTextContents();
  expect(before.slice(0, 2)).toEqual([second, first]);

  // Removing one says so and offers the way back, with focus on it.
  const item = recent.getByRole('listitem').filter({ hasText: second });
  await item.getByRole('button', { name: 'Fjern fra listen' }).click();
  await expect(recent.getByRole('button', { name: second, exact: true })).toHaveCount(0);
  const notice = page.getByRole('status').filter({ hasText: `«${second}» er fjernet fra listen.` });
  await expect(notice).toBeVisible();
  const undo = notice.getByRole('button', { name: 'Angre' });
  await expect(undo).toBeFocused();

  // Angre puts it back where it stood; focus goes to it.
  await page.keyboard.press('Enter');
  await expect(titles).toHaveText(before);
  await expect(recent.getByRole('button', { name: second, exact: true })).toBeFocused();
  await expect(notice).toHaveCount(0);

  // Removed and hidden: the list keeps focus, and a reload shows it is gone for good.
  await recent
    .getByRole('listitem')
    .filter({ hasText: first })
    .getByRole('button', { name: 'Fjern fra listen' })
    .click();
  await page.getByRole('button', { name: 'Skjul' }).click();
  await expect(page.getByRole('heading', { name: 'Nylige planer' })).toBeFocused();
  await page.reload();
  await expect(recent.getByRole('button', { name: second, exact: true })).toBeVisible();
  await expect(recent.getByRole('button', { name: first, exact: true })).toHaveCount(0);
});
