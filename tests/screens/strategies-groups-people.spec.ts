import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '../e2e/support/worker-server';
import { goTo } from '../e2e/support/plan-steps';
import { openOsloPlanWithMeasures } from '../e2e/support/plan-with-measures';

// Screenshots of Strategier, Sporbarhet, Målgrupper and Personer og partnere, to look at.
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue3-${name}.png`) });

async function scrollTo(locator: Locator) {
  await locator.evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

test('screenshots: strategies, traceability, target groups, people', async ({ page, request }) => {
  await openOsloPlanWithMeasures(page, request, 'Handlingsplan for Bydel Fjellstad 2027–2030');

  await goTo(page, 'Strategier');
  await shot(page, 'strategier');
  await page.getByRole('button', { name: 'Velg mål for strategi 1 …' }).click();
  await scrollTo(page.getByText('Mål strategien bidrar til').first());
  await shot(page, 'strategier-velg-mal');
  await page.getByRole('button', { name: 'Lukk listen over mål' }).click();

  const handle = page.locator('[data-entity-id="str-bomiljo"]').getByTitle('Dra for å flytte');
  await scrollTo(page.getByRole('article', { name: /Strategi 4/ }));
  await page.locator('#main').evaluate((main) => main.scrollBy(0, -90));
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + 5, 220, { steps: 8 });
  await shot(page, 'strategier-dra');
  await page.keyboard.press('Escape');
  await page.mouse.up();

  await page.getByRole('tab', { name: /Sporbarhet/ }).click();
  await shot(page, 'sporbarhet');
  await scrollTo(page.getByRole('heading', { name: /Satsningsområde 1/ }));
  await shot(page, 'sporbarhet-satsningsomrade');

  await page.getByRole('tab', { name: /Strategier/ }).click();
  await page.getByRole('button', { name: 'Slett strategi 5' }).click();
  await shot(page, 'strategi-slettet');
  await page.getByRole('status').getByRole('button', { name: 'Angre' }).click();

  await goTo(page, 'Målgrupper');
  await shot(page, 'malgrupper');
  await scrollTo(page.getByRole('heading', { name: 'Målgrupper og satsningsområder' }));
  await shot(page, 'malgrupper-matrise');

  await goTo(page, 'Personer og partnere');
  await shot(page, 'personer');
  await page.getByRole('button', { name: 'Endre Åse Nygård' }).click();
  await page.getByLabel('E-post').fill('ase.nygard@');
  await page.getByLabel('Telefon').click();
  await shot(page, 'personer-endre-feil-epost');
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await page.getByRole('button', { name: 'Slett Marte Fjellheim' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await shot(page, 'personer-slett-brukt');
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await scrollTo(page.getByRole('heading', { name: /Samarbeidspartnere/ }));
  await shot(page, 'partnere');
  await page.getByRole('button', { name: 'Legg til samarbeidspartner' }).click();
  await shot(page, 'partner-ny');
  await page.getByRole('button', { name: 'Avbryt' }).click();

  await goTo(page, 'Visjon og mål');
  await scrollTo(page.getByRole('heading', { name: 'Hovedmål 1', exact: true }));
  await shot(page, 'visjon-og-mal-sporbarhet');
  await scrollTo(page.getByRole('heading', { name: 'Hovedmål 4', exact: true }));
  await shot(page, 'visjon-og-mal-sporbarhet-satsningsomrade');
});
