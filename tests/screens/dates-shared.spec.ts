import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { goTo, uniqueTitle } from '../e2e/support/plan-steps';
import { openOsloPlanWithMeasures } from '../e2e/support/plan-with-measures';

// Screenshots of a measure's start and end as a year or a month, and of a shared project led by
// another district in the measure editor and on the budget page (for looking, not assertions).
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue14-${name}.png`) });

test('screenshots: dates as the forms write them, shared project led by another district', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openOsloPlanWithMeasures(page, request, uniqueTitle('Datoer'), undefined, (plan) => {
    const info = plan.info as { periodStart: number };
    const measures = plan.measures as { budget: { costs: unknown[] } }[];
    measures[0]!.budget.costs = [{ year: info.periodStart, amount: 120_000 }];
    measures[1]!.budget.costs = [{ year: info.periodStart, amount: 400_000 }];
  });
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: '1B Kartlegging av boligbehov' }).click();
  const editor = page.locator('.measure-item__editor');
  await editor.getByLabel('Start', { exact: true }).fill('2014');
  await editor.getByLabel('Slutt', { exact: true }).fill('06.2015');
  await editor.getByLabel('Slutt', { exact: true }).press('Tab');
  await expect(editor.getByLabel('Slutt', { exact: true })).toHaveValue('juni 2015');
  await editor.getByLabel('Start', { exact: true }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 120);
  await shot(page, 'tiltak-datoer-aar-og-maaned');

  await editor.getByLabel('Slutt', { exact: true }).fill('høst 2015');
  await editor.getByLabel('Slutt', { exact: true }).press('Tab');
  await shot(page, 'tiltak-datoer-feil');
  await editor.getByLabel('Slutt', { exact: true }).fill('juni 2015');

  await editor
    .getByRole('checkbox', { name: 'Felles prosjekt med andre bydeler eller kommuner' })
    .check();
  await editor.getByLabel('Ansvarlig for det felles prosjektet').fill('Bydel Alna');
  await editor.getByLabel('Deltakere').fill('Bydel Fjellstad, Bydel Grorud');
  await editor.getByRole('checkbox', { name: 'Ledes og finansieres av en annen bydel' }).check();
  await editor
    .getByRole('checkbox', { name: 'Ledes og finansieres av en annen bydel' })
    .scrollIntoViewIfNeeded();
  await shot(page, 'tiltak-felles-prosjekt-annen-bydel');

  await goTo(page, 'Budsjett');
  await page.getByRole('button', { name: '1 Egnede boliger for vanskeligstilte' }).click();
  await page
    .getByRole('group', { name: '1B Kartlegging av boligbehov', exact: true })
    .scrollIntoViewIfNeeded();
  await shot(page, 'budsjett-felles-prosjekt-linje');
  await page.getByRole('table', { name: /^Tiltak i satsningsområde 1 / }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await shot(page, 'budsjett-felles-prosjekt-tabell');

  await goTo(page, 'Regnskap');
  const line = page.locator('[data-entity-id]', { hasText: 'Ikke med i summene i denne planen' });
  await line.first().scrollIntoViewIfNeeded();
  await shot(page, 'regnskap-felles-prosjekt-linje');
});
