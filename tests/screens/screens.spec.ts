import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { answerDialogs } from '../e2e/support/test-server';
import {
  createPlan,
  currentFileName,
  expectAllSaved,
  goTo,
  OSLO_TEMPLATE,
} from '../e2e/support/plan-steps';

// Screenshots for looking at the design, not assertions about it: `npm run screenshots` writes
// them to .tmp/screens/. Kept out of `npm test`, which only runs tests/e2e.
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));

const shot = (page: Page, name: string) => page.screenshot({ path: join(dir, `${name}.png`) });

/** Scrolls the page area so that the element is at the top. */
async function scrollTo(page: Page, locator: ReturnType<Page['getByRole']>) {
  await locator.evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

test('screenshots', async ({ page, request }) => {
  // A plan whose file has gone, so the recent list shows "Finnes ikke".
  await createPlan(page, 'Tom plan', 'Gammel plan som er flyttet');
  const plansDir = await answerDialogs(request, {});
  const gone = join(plansDir, await currentFileName(page));
  await page.getByRole('button', { name: 'Lukk plan' }).click();
  await unlink(gone);

  await createPlan(page, OSLO_TEMPLATE, 'Boligsosial handlingsplan for Bydel Fjellstad 2027–2030');
  await page.getByLabel('Bydel').fill('Bydel Fjellstad');
  await page.getByRole('radio', { name: 'På høring' }).check();
  await page.getByRole('radio', { name: 'Vedtatt' }).check();
  await page.getByLabel('Vedtaksdato').fill('15.06.2027');
  await page.getByLabel('Vedtatt av').fill('Bydelsutvalget');
  await page.getByLabel('Saksnummer').fill('2027/1234');
  await expectAllSaved(page);
  await page.getByRole('heading', { level: 1 }).evaluate((el) => el.scrollIntoView());
  await shot(page, '02-om-planen');
  await scrollTo(page, page.getByRole('heading', { name: 'Status', exact: true }));
  await shot(page, '03-om-planen-status');
  await page.getByRole('button', { name: 'Ny person som programleder …' }).click();
  await scrollTo(page, page.getByRole('heading', { name: 'Ansvar', exact: true }));
  await shot(page, '04-om-planen-ny-person');
  await page.getByRole('button', { name: 'Avbryt' }).click();

  await goTo(page, 'Visjon og mål');
  await shot(page, '05-visjon-og-mal');
  await scrollTo(page, page.getByRole('article', { name: 'Hovedmål 4' }));
  await shot(page, '06-hovedmal-med-resultatmal');
  await scrollTo(page, page.getByRole('group', { name: 'Resultatmål 4.1.1' }));
  await shot(page, '06b-resultatmal');
  await scrollTo(page, page.getByRole('group', { name: 'Resultatmål 7.1.1' }));
  await shot(page, '06c-resultatmal-uten-indikator');
  await page.getByRole('button', { name: 'Slett hovedmål 2' }).click();
  await shot(page, '07-hovedmal-slettet');
  await page
    .getByRole('status')
    .filter({ hasText: 'er slettet' })
    .getByRole('button', { name: 'Angre' })
    .click();

  await goTo(page, 'Organisering');
  await expectAllSaved(page);
  await shot(page, '08-organisering');
  await goTo(page, 'Budsjett');
  await shot(page, '09-budsjett');
  await goTo(page, 'Strategier');
  await shot(page, '10-strategier');

  // Conflict: the file changes on disk, then I edit.
  const path = join(plansDir, await currentFileName(page));
  await goTo(page, 'Om planen');
  const onDisk = await readFile(path, 'utf8');
  await writeFile(path, onDisk.replace('"Oslo kommune"', '"Oslo kommune (endret)"'));
  await page.getByLabel('Kommune').fill('Oslo');
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await shot(page, '11-konflikt');
  await page.keyboard.press('Escape');
  await shot(page, '12-konflikt-varsel');
  await page.getByRole('button', { name: 'Velg hva du vil gjøre …' }).click();
  await page.getByRole('button', { name: 'Overskriv med mine endringer' }).click();
  await expectAllSaved(page);
  await page.getByRole('button', { name: 'Lukk plan' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Planverksted' })).toBeVisible();
  await expect(page.getByText('Finnes ikke')).toBeVisible();
  await shot(page, '01-start');

  // A damaged file.
  const broken = join(plansDir, 'Skadet plan.bsplan');
  await writeFile(
    broken,
    '{\n  "schemaVersion": 1,\n  "id": "x",\n  "info": {\n    "title": "Skadet"\n',
  );
  await answerDialogs(request, { open: [broken] });
  await page.getByRole('button', { name: 'Åpne plan …' }).click();
  await expect(page.getByText('Filen er ikke endret.')).toBeVisible();
  await shot(page, '13-apne-feil');

  // A file that breaks the rules, with a backup beside it.
  const invalid = join(plansDir, 'Plan med feil.bsplan');
  const good = JSON.parse(await readFile(path, 'utf8'));
  await writeFile(`${invalid}.bak`, JSON.stringify(good));
  good.info.periodEnd = 2020;
  good.mainGoals[0].focusAreaId = 'finnes-ikke';
  await writeFile(invalid, JSON.stringify(good));
  await page.getByRole('button', { name: 'Tilbake til start' }).click();
  await answerDialogs(request, { open: [invalid] });
  await page.getByRole('button', { name: 'Åpne plan …' }).click();
  await expect(page.getByRole('button', { name: 'Gjenopprett fra sikkerhetskopi' })).toBeVisible();
  await shot(page, '14-apne-feil-med-sikkerhetskopi');
});
