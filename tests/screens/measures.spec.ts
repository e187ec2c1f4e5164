import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { createPlan, expectAllSaved, goTo, OSLO_TEMPLATE } from '../e2e/support/plan-steps';

// Screenshots of Satsningsområder og tiltak, for looking at the design (not assertions).
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue3-${name}.png`) });

interface NewMeasure {
  area: string;
  title: string;
  owner?: string;
  start?: string;
  end?: string;
  result?: string;
  groups?: string[];
  status?: string;
  progress?: string;
}

async function addMeasure(page: Page, m: NewMeasure) {
  await page.getByRole('button', { name: `Legg til tiltak i satsningsområde ${m.area}` }).click();
  const title = page.getByRole('textbox', { name: 'Tittel', exact: true });
  await expect(title).toBeFocused();
  await title.fill(m.title);
  const editor = page.locator('.measure-item__editor').filter({ has: title });
  if (m.result) await editor.getByLabel('Forventet resultat').fill(m.result);
  if (m.owner)
    await editor.getByLabel('Ansvarlig', { exact: true }).selectOption({ label: m.owner });
  if (m.start) await editor.getByLabel('Start', { exact: true }).fill(m.start);
  if (m.end) await editor.getByLabel('Slutt', { exact: true }).fill(m.end);
  for (const g of m.groups ?? []) await editor.getByRole('checkbox', { name: g }).check();
  if (m.status) await editor.getByRole('radio', { name: m.status }).check();
  if (m.progress) await editor.getByLabel('Framdrift').fill(m.progress);
  // Close the editor again.
  await page.getByRole('button', { name: new RegExp(` ${m.title}$`), expanded: true }).click();
}

test('screenshots: satsningsområder og tiltak', async ({ page }) => {
  await createPlan(page, OSLO_TEMPLATE, 'Boligsosial handlingsplan for Bydel Fjellstad 2027–2030');
  await goTo(page, 'Satsningsområder og tiltak');
  await shot(page, 'tiltak-01-tomt');

  const measures: NewMeasure[] = [
    {
      area: '1',
      title: 'Kartlegge behovet for tilrettelagte boliger',
      owner: 'Marte Fjellheim, Programleder',
      start: '01.02.2027',
      end: '31.12.2027',
      result: 'Oversikt over behov per målgruppe',
      groups: ['Unge og unge voksne'],
      status: 'Videreført',
      progress: '50',
    },
    { area: '1', title: 'Boligtorg i bydelen', start: '01.03.2027', end: '30.06.2028' },
    {
      area: '2',
      title: 'Startlån til barnefamilier i kommunal bolig',
      owner: 'NAV',
      start: '01.01.2027',
      end: '31.12.2029',
      status: 'Ny',
    },
    { area: '3', title: 'Booppfølging for unge som flytter for seg selv', owner: 'NAV' },
    {
      area: '3',
      title: 'Miljøarbeider i kommunale boliger',
      status: 'Gjennomført',
      progress: '100',
    },
  ];
  for (const m of measures) await addMeasure(page, m);
  await expectAllSaved(page);
  await page.getByRole('heading', { level: 1 }).evaluate((el) => el.scrollIntoView());
  await shot(page, 'tiltak-02-per-satsningsomrade');

  await page.getByRole('button', { name: 'Beskrivelse, mål og strategier' }).first().click();
  await shot(page, 'tiltak-03-satsningsomrade-detaljer');
  await page
    .getByText('Mål for satsningsområdet')
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'tiltak-03b-satsningsomrade-mal-og-strategier');
  await page.getByRole('button', { name: 'Beskrivelse, mål og strategier' }).first().click();

  await page.getByRole('button', { name: /Kartlegge behovet/ }).click();
  await page
    .getByRole('button', { name: /Kartlegge behovet/ })
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'tiltak-04-tiltak-apent');
  await page
    .getByRole('group', { name: 'Målgrupper' })
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'tiltak-04b-tiltak-apent-nederst');
  await page.getByRole('textbox', { name: 'Slutt', exact: true }).fill('01.01.2027');
  await page
    .getByRole('textbox', { name: 'Start', exact: true })
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot(page, 'tiltak-05-sluttdato-for-start');
  await page.getByRole('textbox', { name: 'Slutt', exact: true }).fill('31.12.2027');

  await page.getByRole('button', { name: 'Slett satsningsområde 3' }).click();
  await shot(page, 'tiltak-06-slett-satsningsomrade');
  await page.getByRole('button', { name: 'Avbryt' }).click();

  await page.getByRole('button', { name: 'Alle tiltak i tabell' }).click();
  await shot(page, 'tiltak-07-tabell');
  await page.getByRole('button', { name: 'Boligtorg i bydelen' }).click();
  await shot(page, 'tiltak-08-tabell-med-panel');
  await page.getByRole('button', { name: 'Slett tiltaket' }).click();
  await shot(page, 'tiltak-08b-tiltak-slettet');
  await page
    .getByRole('status')
    .filter({ hasText: 'er slettet' })
    .getByRole('button', { name: 'Angre' })
    .click();
  await page.getByRole('button', { name: 'Lukk tiltaket' }).click();
  await page
    .getByRole('columnheader', { name: /Ansvarlig/ })
    .getByRole('button')
    .click();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Ny' });
  await shot(page, 'tiltak-08c-tabell-sortert-og-filtrert');
  await page.getByRole('button', { name: 'Nullstill filtrene' }).click();
  await page.getByLabel('Søk i tiltakene').fill('finnes ikke');
  await shot(page, 'tiltak-09-tabell-tomt-filter');
});
