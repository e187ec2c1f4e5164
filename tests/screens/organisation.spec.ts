import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '../e2e/support/worker-server';
import type { Plan } from '#shared/model/plan';
import { answerDialogs } from '../e2e/support/test-server';
import {
  createPlan,
  currentFileName,
  expectAllSaved,
  goTo,
  OSLO_TEMPLATE,
} from '../e2e/support/plan-steps';
import { withLargeOrganisation } from '../support/organisation-fixtures';

// Screenshots of Organisering and the charts, and the exported PNGs, for looking at the design:
// PLAYWRIGHT_TEST_DIR=tests/screens npx playwright test tests/screens/organisation.spec.ts
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue3-${name}.png`) });

async function scrollTo(locator: Locator) {
  await locator.evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

const tree = (page: Page) => page.getByRole('region', { name: 'Ledd i organisasjonen' });
const row = (page: Page, name: string) =>
  tree(page).getByRole('button', { name: new RegExp(`^${name}, `) });
const chartSvg = (page: Page) =>
  page.getByRole('img', { name: 'Organisasjonskart' }).locator('svg');

/** Waits until the chart shows the latest drawing. */
async function chartSettled(page: Page) {
  await expect(chartSvg(page)).toBeVisible();
  await expect(page.locator('.chart-figure[aria-busy="true"]')).toHaveCount(0);
}

async function exportPng(
  page: Page,
  request: Parameters<typeof answerDialogs>[0],
  name: string,
  kind: 'PNG' | 'SVG' = 'PNG',
) {
  const file = `issue3-${name}.${kind.toLowerCase()}`;
  await answerDialogs(request, { save: [join(dir, file)] });
  await page.getByRole('button', { name: `Lagre som ${kind}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lagret som' })).toContainText(file);
}

test('organisation page and charts', async ({ page, request }) => {
  test.setTimeout(180_000);
  await createPlan(page, OSLO_TEMPLATE, 'Boligsosial handlingsplan for Bydel Fjellstad 2027–2030');
  await goTo(page, 'Organisering');
  await chartSettled(page);
  await shot(page, 'org-01-oversikt');

  await row(page, 'Styringsgruppe').click();
  await scrollTo(page.getByRole('region', { name: 'Styringsgruppe' }));
  await shot(page, 'org-02-redigere-ledd');
  await scrollTo(page.getByRole('region', { name: 'Medlemmer' }));
  await shot(page, 'org-03-medlemmer-og-ansvar');
  await page.getByRole('button', { name: 'Legg til medlem' }).click();
  await page.getByLabel('Person', { exact: true }).selectOption({ label: 'Ny person …' });
  await scrollTo(page.getByRole('form', { name: /^Nytt medlem/ }));
  await shot(page, 'org-04-nytt-medlem');
  await page.getByRole('button', { name: 'Avbryt' }).click();

  await page.getByLabel('Ansvar', { exact: true }).check();
  await chartSettled(page);
  await scrollTo(page.getByRole('heading', { name: 'Organisasjonskart' }));
  await shot(page, 'org-05-kart-med-ansvar');
  await page.getByRole('button', { name: 'Vis i full størrelse' }).click();
  await shot(page, 'org-06-kart-full-storrelse');
  await page.keyboard.press('Escape');
  await exportPng(page, request, 'org-eksport-oslo-ovenfra-med-ansvar');
  await page.getByLabel('Ansvar', { exact: true }).uncheck();
  await exportPng(page, request, 'org-eksport-oslo-ovenfra');
  await exportPng(page, request, 'org-eksport-oslo-ovenfra', 'SVG');
  await page.getByRole('radio', { name: 'Fra venstre mot høyre' }).check();
  await chartSettled(page);
  await shot(page, 'org-07-kart-venstre-mot-hoyre');
  await exportPng(page, request, 'org-eksport-oslo-venstre-mot-hoyre');
  await page.getByRole('radio', { name: 'Ovenfra og ned' }).check();

  await row(page, 'Programledelse').click();
  await page.getByRole('button', { name: 'Slett Programledelse' }).click();
  await shot(page, 'org-08-slette-med-underledd');
  await page.getByRole('button', { name: 'Flytt dem opp under «Styringsgruppe»' }).click();
  await chartSettled(page);
  await shot(page, 'org-09-slettet-angre');
  await page
    .getByRole('status')
    .filter({ hasText: 'er slettet' })
    .getByRole('button', { name: 'Angre' })
    .click();

  // Narrow window: the chart goes below the editor.
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.getByRole('heading', { level: 1 }).evaluate((el) => el.scrollIntoView());
  await shot(page, 'org-10-smalt-vindu');
  await page.setViewportSize({ width: 1360, height: 880 });

  await goTo(page, 'Eksport');
  const goals = page.getByRole('region', { name: 'Målstruktur' });
  await expect(goals.locator('svg')).toBeVisible();
  await scrollTo(goals);
  await shot(page, 'org-11-malstruktur');
  await answerDialogs(request, { save: [join(dir, 'issue3-org-eksport-malstruktur.png')] });
  await goals.getByRole('button', { name: 'Lagre som PNG' }).click();
  await expect(goals.getByRole('status')).toContainText('Lagret som');
});

test('a 40-body organisation and an empty one', async ({ page, request }) => {
  test.setTimeout(180_000);
  await createPlan(page, 'Tom plan', 'Stor organisasjon');
  await goTo(page, 'Organisering');
  await shot(page, 'org-12-tom-organisasjon');
  await expectAllSaved(page);

  // Put 40 bodies into the plan file and open it again.
  const plansDir = await answerDialogs(request, {});
  const path = join(plansDir, await currentFileName(page));
  await page.getByRole('button', { name: 'Lukk plan' }).click();
  const plan = JSON.parse(await readFile(path, 'utf8')) as Plan;
  await writeFile(path, JSON.stringify(withLargeOrganisation(plan), null, 2));
  await page
    .getByRole('region', { name: 'Nylige planer' })
    .getByRole('button', { name: 'Stor organisasjon', exact: true })
    .click();
  await goTo(page, 'Organisering');
  await chartSettled(page);
  await expect(page.getByText('Kartet er svært bredt.')).toBeVisible();
  await shot(page, 'org-13-stor-ovenfra');
  await exportPng(page, request, 'org-eksport-40-ovenfra');
  await page.getByRole('button', { name: 'Tegn fra venstre mot høyre' }).click();
  await chartSettled(page);
  await shot(page, 'org-14-stor-venstre-mot-hoyre');
  await page.getByRole('button', { name: 'Vis i full størrelse' }).click();
  await shot(page, 'org-15-stor-full-storrelse');
  await page.keyboard.press('Escape');
  await exportPng(page, request, 'org-eksport-40-venstre-mot-hoyre');
});
