import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type Locator, type Page } from '../e2e/support/worker-server';
import { enterFormPlan, UserActions } from '../e2e/support/form-plan-steps';
import { currentFileName, expectAllSaved, goTo } from '../e2e/support/plan-steps';
import { answerDialogs } from '../e2e/support/test-server';

// The form's activity plan (issue 15) entered from «Tom plan» with a 7-year period, looked at
// on the screens it touched at 1366×768: .tmp/screens/issue15-skjema-*.png.
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue15-skjema-${name}.png`) });

async function scrollTo(locator: Locator) {
  await locator.evaluate((el) => {
    const main = el.closest('main')!;
    main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 16;
  });
}

test('the form plan at 1366×768', async ({ page, request }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await enterFormPlan(page, new UserActions(page), 'Boligsosial handlingsplan for Bydel Solberget');

  await goTo(page, 'Satsningsområder og tiltak');
  await shot(page, '01-satsningsomrader');
  await scrollTo(page.getByRole('heading', { level: 2, name: /^Satsningsområde 2:/ }));
  await shot(page, '02-omrade-2');
  await page.getByRole('button', { name: 'Alle tiltak i tabell' }).click();
  await shot(page, '03-tabell');
  await page
    .getByRole('button', { name: 'Per satsningsområde' })
    .click()
    .catch(() => {});

  await goTo(page, 'Budsjett');
  await shot(page, '04-budsjett');
  await scrollTo(page.getByRole('heading', { level: 2, name: /Programledelse/ }).first());
  await shot(page, '05-budsjett-linjer');
  const area1 = page.getByRole('button', {
    name: '1 Egnede boliger for vanskeligstilte',
    exact: true,
  });
  await area1.click();
  await scrollTo(area1);
  await shot(page, '05b-budsjett-omrade-1');

  await goTo(page, 'Personer og partnere');
  await scrollTo(page.getByRole('heading', { name: /Samarbeidspartnere/ }).first());
  await shot(page, '06-partnere');

  await goTo(page, 'Kvalitetssjekk');
  await shot(page, '07-kvalitetssjekk');
  await goTo(page, 'Eksport');
  await shot(page, '08-eksport');

  // The plan file too, for looking at its Word export (npm run export).
  await expectAllSaved(page);
  const plansDir = await answerDialogs(request, {});
  await copyFile(join(plansDir, await currentFileName(page)), join(dir, 'issue15-skjema.bsplan'));
});
