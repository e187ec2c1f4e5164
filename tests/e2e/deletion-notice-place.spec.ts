import { expect, test } from './support/worker-server';
import { createPlan, goTo, OSLO_TEMPLATE, uniqueTitle } from './support/plan-steps';

// A deletion notice stays up while the deletion is the latest change; it must not sit on the
// «Legg til …» button that the deletion leaves at the bottom of a short page.
test('the deletion notice leaves «Legg til satsningsområde» free at 1366×768', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for sletting'));
  await goTo(page, 'Satsningsområder og tiltak');
  const add = page.getByRole('button', { name: 'Legg til satsningsområde' });
  // The last area, deleted from the bottom of the page: the button moves up to where the
  // notice appears.
  await add.scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Slett satsningsområde 5' }).click();
  const notice = page.locator('.snackbar');
  await expect(notice).toContainText('er slettet');
  await expect(add).toBeInViewport();
  const a = (await add.boundingBox())!;
  const n = (await notice.boundingBox())!;
  const overlaps =
    a.x < n.x + n.width && n.x < a.x + a.width && a.y < n.y + n.height && n.y < a.y + a.height;
  expect(overlaps, `knappen ${JSON.stringify(a)}, meldingen ${JSON.stringify(n)}`).toBe(false);
  // And the button can be pressed while the notice is up.
  await add.click();
  await expect(page.getByRole('textbox', { name: 'Navn på satsningsområdet' })).toBeFocused();
});
