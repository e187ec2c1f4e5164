import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '../e2e/support/worker-server';
import { openFollowUpPlan } from '../e2e/support/follow-up-plan';
import { goTo } from '../e2e/support/plan-steps';

// Screenshots of the follow-up pages (issue 13) at 1366×768: .tmp/screens/issue13-*.png.
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue13-${name}.png`) });

async function scrollTo(locator: Locator) {
  await locator.evaluate((el) => {
    const main = el.closest('main')!;
    main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 16;
  });
}

test('follow-up screenshots', async ({ page, request }) => {
  await openFollowUpPlan(page, request, { spending: true, indicators: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  await goTo(page, 'Oppfølging');
  await expect(page.locator('.follow-up-chart__canvas svg')).toHaveCount(2);
  await shot(page, '01-oppfolging-topp');
  await scrollTo(page.getByRole('heading', { name: 'Budsjett og regnskap per år' }));
  await shot(page, '02-oppfolging-penger');
  await scrollTo(page.getByRole('heading', { name: 'Indikatorer mot mål' }));
  await shot(page, '03-oppfolging-indikatorer');

  await goTo(page, 'Regnskap');
  await shot(page, '04-regnskap-topp');
  await scrollTo(page.getByRole('heading', { level: 2, name: /^1 Egnede/ }));
  await shot(page, '05-regnskap-tiltak');

  await goTo(page, 'Indikatorer og behovstall');
  await expect(page.locator('.follow-up-chart__canvas svg')).toHaveCount(2);
  await shot(page, '06-indikatorer-topp');
  await scrollTo(page.getByRole('heading', { name: 'Målte verdier' }).first());
  await shot(page, '07-indikator-diagram');
  await scrollTo(page.getByRole('heading', { level: 2, name: 'Behovstall' }));
  await shot(page, '08-behovstall');
  await page.getByText('Vis som tabell').last().click();
  await scrollTo(page.getByText('Behovstall per 31.12 for hvert år: A, B og C.'));
  await shot(page, '09-behovstall-diagram');
});
