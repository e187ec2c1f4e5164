import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { createPlan, expectAllSaved, goTo, OSLO_TEMPLATE } from '../e2e/support/plan-steps';

// Screenshots of the workshop board and the presentation at projector sizes, for looking at
// the design from the back of the room (not assertions).
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));

const sizes = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

const ideas: [string, string][] = [
  ['1 Egnede boliger for vanskeligstilte', 'Boligtorg i bydelen med drop-in hver tirsdag'],
  ['1 Egnede boliger for vanskeligstilte', 'Kartlegge behovet for tilrettelagte boliger'],
  ['1 Egnede boliger for vanskeligstilte', 'Flere små leiligheter for unge'],
  ['1 Egnede boliger for vanskeligstilte', 'Avtale med Boligbygg om tildeling'],
  ['1 Egnede boliger for vanskeligstilte', 'Fast kontaktperson for alle i midlertidig bolig'],
  ['1 Egnede boliger for vanskeligstilte', 'Bolig først-team sammen med DPS og NAV'],
  ['2 Tilgjengelige og økonomiske boligvirkemidler', 'Startlån til barnefamilier'],
  ['2 Tilgjengelige og økonomiske boligvirkemidler', 'Veiledning om bostøtte på NAV'],
  ['3 Individuell oppfølging i bomiljø', 'Booppfølging etter utskriving'],
  ['Parkeringsplass', 'Studietur til Bergen'],
];

async function buildBoard(page: Page) {
  await createPlan(page, OSLO_TEMPLATE, 'Boligsosial handlingsplan for Bydel Fjellstad 2027–2030');
  await goTo(page, 'Verksted');
  await page.getByLabel('Navn på verkstedet').fill('Verksted i arbeidsgruppa');
  await page.getByRole('button', { name: 'Start verkstedet' }).click();
  const idea = page.getByLabel('Ny idé');
  await expect(idea).toBeFocused();
  for (const [column, text] of ideas) {
    await page.getByLabel('Kolonne').selectOption({ label: column });
    await idea.fill(text);
    await idea.press('Enter');
  }
  const card = (text: string) => page.locator('.ws-card', { hasText: text });
  await card('Boligtorg').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('+');
  await page.keyboard.press('e');
  await page.keyboard.press('3');
  await page.keyboard.press('m');
  await page.keyboard.press('5');
  await page.keyboard.press('g');
  await card('Startlån').focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.keyboard.press('g');
  await card('Flere små').focus();
  await page.keyboard.press(' ');
  await card('Booppfølging').focus();
  await page.keyboard.press('+');
  for (const text of ['Kartlegge', 'Avtale med', 'Fast kontakt', 'Bolig først']) {
    await card(text).focus();
    await page.keyboard.press('g');
  }
  await expectAllSaved(page).catch(() => {});
}

for (const size of sizes) {
  test(`screenshots: verksted ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    const shot = (name: string) =>
      page.screenshot({ path: join(dir, `issue7-${name}-${size.width}x${size.height}.png`) });
    await buildBoard(page);
    await shot('01-tavle');
    await page.locator('.ws-card', { hasText: 'Avtale med' }).focus();
    await page.keyboard.press('e');
    await shot('02-velg-ansvarlig');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Hurtigtaster' }).click();
    await shot('03-hurtigtaster');
    await page
      .getByRole('region', { name: 'Hurtigtaster' })
      .getByRole('button', { name: 'Lukk' })
      .click();
    await page.getByRole('button', { name: /Gjør til tiltak/ }).click();
    await shot('04-oppsummering');
    await page.locator('.ws-stage').getByRole('button', { name: 'Vis presentasjon' }).click();
    await shot('05-presentasjon-visjon');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await shot('06-presentasjon-strategier');
    await page.keyboard.press('ArrowRight');
    await shot('07-presentasjon-satsningsomrade');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Avslutt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verksted' }).scrollIntoViewIfNeeded();
    await shot('08-side');
  });
}
