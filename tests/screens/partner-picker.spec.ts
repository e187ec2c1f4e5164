import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { goTo, uniqueTitle } from '../e2e/support/plan-steps';
import { openOsloPlanWithMeasures } from '../e2e/support/plan-with-measures';

// Screenshots of the partner picker on a measure (issue 15, part 1) at 1366×768: the open list
// while typing, the chips, and the question after pasting a list (for looking, not assertions).
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue15-${name}.png`) });

test('screenshots: partners picked, searched and pasted on a measure', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openOsloPlanWithMeasures(page, request, uniqueTitle('Partnere'));
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: '1A Boligtorg' }).click();
  const field = page.getByRole('combobox', { name: 'Samarbeidspartnere' });
  for (const name of ['bolig', 'Bydel Østensjø', 'kriminal']) {
    await field.fill(name);
    await field.press('Enter');
  }
  await field.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  await field.click();
  await shot(page, 'partners-list');
  await field.fill('bo');
  await field.press('ArrowDown');
  await shot(page, 'partners-search');
  await field.press('Escape');
  await field.press('Escape');
  await field.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'DPS\nHusbanken\nBydel Fjellstad\nFrivillig sentral\nNAV');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(page.getByRole('button', { name: 'Legg til', exact: true })).toBeFocused();
  await shot(page, 'partners-paste');
});
