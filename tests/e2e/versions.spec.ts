import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from './support/worker-server';
import { readExportedDocx } from '../support/exported-docx';
import { expectNoAxeViolations } from './support/accessibility';
import { expectAllSaved, goTo, reopen, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures } from './support/plan-with-measures';
import { answerDialogs } from './support/test-server';

// Issue 17 points 1–4: adopt, edit, read the log, compare, export the changes, restore, reload.

const PAGE = 'Versjoner og endringer';
const badge = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Versjon / });
const versionsList = (page: Page) =>
  page.getByRole('region', { name: 'Versjoner', exact: true }).getByRole('listitem');
const logRegion = (page: Page) => page.getByRole('region', { name: 'Endringslogg', exact: true });
const compareRegion = (page: Page) => page.getByRole('region', { name: 'Sammenlign', exact: true });

/** The name the log records; the settings live as long as the worker's server. */
async function setUserName(page: Page, name: string) {
  const region = page.getByRole('region', { name: 'Navnet ditt i endringsloggen' });
  const change = region.getByRole('button', { name: 'Endre navnet' });
  if (await change.isVisible()) await change.click();
  await region.getByRole('textbox', { name: 'Navnet ditt' }).fill(name);
  await page.keyboard.press('Enter');
  await expect(region).toContainText(`Endringene dine føres med navnet ${name}.`);
}

test('adopt, edit, see the log, compare, export the changes, restore and reload', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const title = uniqueTitle('Versjoner Bydel Fjellstad');
  await openOsloPlanWithMeasures(page, request, title, undefined, (plan) => {
    const info = plan.info as { periodStart: number };
    const measures = plan.measures as { budget: { costs: unknown[] } }[];
    measures[0]!.budget.costs = [{ year: info.periodStart, amount: 200_000 }];
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(badge(page)).toHaveCount(0);
  await goTo(page, PAGE);
  await expect(page.getByText('Planen er ikke vedtatt ennå.')).toBeVisible();
  await setUserName(page, 'Kari Testesen');
  await expectNoAxeViolations(page, PAGE);

  // Vedta planen: a missing body is said on the field, Esc leaves with focus back.
  const adoptButton = page.getByRole('button', { name: 'Vedta planen' });
  await adoptButton.click();
  const dialog = page.getByRole('dialog', { name: 'Vedta planen' });
  await expect(dialog.getByLabel('Vedtatt av')).toBeFocused();
  await expect(dialog).toContainText('Planen blir versjon 1.0.');
  await expectNoAxeViolations(page, 'Vedta planen');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(adoptButton).toBeFocused();
  await page.keyboard.press('Enter');
  await dialog.getByLabel('Dato for vedtaket').fill('12.03.2027');
  await dialog.getByLabel('Saksnummer').fill('2027/123');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Skriv hvem som vedtok planen.')).toBeVisible();
  await expect(dialog.getByLabel('Vedtatt av')).toBeFocused();
  await expectNoAxeViolations(page, 'Vedta planen – med feil');
  await page.keyboard.type('Bystyret');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Planen er vedtatt og tatt vare på som versjon 1.0.')).toBeVisible();
  await expect(versionsList(page)).toHaveCount(1);
  await expect(versionsList(page).first()).toContainText(
    'Vedtatt 12. mars 2027 av bystyret (sak 2027/123)',
  );
  await expect(versionsList(page).first()).toContainText('av Kari Testesen');
  await expect(badge(page)).toHaveText('Versjon 1.0 (vedtatt)');
  await expect(page.getByText('Ingen endringer siden vedtaket')).toBeVisible();

  // Edit: another owner and another amount for 1A.
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: '1A Boligtorg', expanded: false }).click();
  await page
    .getByLabel('Ansvarlig', { exact: true })
    .selectOption({ label: 'Håkon Myhre, Boligkonsulent' });
  const cost = page.getByRole('group', { name: 'Kostnad og finansiering', exact: true });
  await cost.getByRole('textbox').first().fill('250 000');
  await page.keyboard.press('Tab');
  await expectAllSaved(page);

  // The header and the page say how far the draft has moved.
  await expect(badge(page)).toHaveText('Versjon 1.1 (utkast)');
  await goTo(page, PAGE);
  await expect(
    page.getByText(
      'Du arbeider i utkastet til versjon 1.1. Versjon 1.0 ble vedtatt 12. mars 2027 av bystyret (sak 2027/123).',
    ),
  ).toBeVisible();
  await expect(page.getByText('2 endringer siden vedtaket')).toBeVisible();

  // The log: who, which part, and the change in words; filtered by part.
  const log = logRegion(page);
  const ownerRow = log
    .getByRole('row')
    .filter({ hasText: /ansvarlig endret fra Marte Fjellheim til Håkon Myhre/ });
  await expect(ownerRow).toHaveCount(1);
  await expect(ownerRow).toContainText('Kari Testesen');
  const costRow = log.getByRole('row').filter({ hasText: /200\s000\skr til 250\s000\skr/ });
  await expect(costRow).toHaveCount(1);
  await log.getByLabel('Del av planen').selectOption({ label: 'Tiltak' });
  await expect(ownerRow).toHaveCount(1);
  await expect(log.getByRole('status')).toContainText('passer med filteret');
  await log.getByRole('button', { name: 'Vis alle' }).click();
  await log.getByLabel('Til dato').fill('01.01.2020');
  await expect(log.getByRole('status')).toHaveText('Ingen endringer passer med filteret.');
  await log.getByRole('button', { name: 'Siste 7 dager' }).click();
  await expect(ownerRow).toHaveCount(1);
  await expect(costRow).toHaveCount(1);
  await log.getByRole('button', { name: 'Vis alle' }).click();
  await expect(log.getByLabel('Til dato')).toHaveValue('');
  await log.getByLabel('Søk i teksten').fill('håkon myhre');
  await expect(ownerRow).toHaveCount(1);
  await expect(costRow).toHaveCount(0);
  await log.getByRole('button', { name: 'Vis alle' }).click();

  // Compare: adopted → now by default, counts per part and the fields «fra … til …».
  await page.getByRole('link', { name: 'Se hva som er endret' }).click();
  const compare = compareRegion(page);
  await expect(compare.getByRole('heading', { name: 'Sammenlign' })).toBeFocused();
  await expect(compare.getByLabel('Fra')).toHaveValue(/.+/);
  await expect(compare.getByLabel('Fra').locator('option:checked')).toHaveText(
    'Versjon 1.0 (vedtatt 12. mars 2027)',
  );
  await expect(compare.getByLabel('Til').locator('option:checked')).toHaveText('Nå (utkast)');
  const table = compare.getByRole('table', { name: 'Antall endringer per del av planen' });
  const measuresRow = table.getByRole('row', { name: /^Tiltak/ });
  await expect(measuresRow.getByRole('cell')).toHaveText(['0', '1', '0', '0']);
  await compare.locator('summary', { hasText: /^Tiltak/ }).click();
  await expect(compare.getByText(/fra Marte Fjellheim til Håkon Myhre/)).toBeVisible();
  await expectNoAxeViolations(page, `${PAGE} – sammenligning`);

  // «Endringer siden vedtak» as Word, through the export steps, read back.
  const plansDir = await answerDialogs(request, {});
  const docxPath = join(plansDir, `${title} endringer.docx`);
  await answerDialogs(request, { save: [docxPath] });
  await compare.getByRole('button', { name: 'Lag Word-dokument: Endringer siden vedtak' }).click();
  await expect(compare.getByRole('status').last()).toContainText(
    `Word-dokumentet er lagret som ${title} endringer.docx.`,
    { timeout: 60_000 },
  );
  const docx = readExportedDocx(await readFile(docxPath));
  expect(docx.text).toContain('Endringer siden vedtak');
  expect(docx.text).toContain('Versjon 1.0, vedtatt 12. mars 2027 av bystyret (sak 2027/123)');
  expect(docx.text).toContain('Til: Utkast til versjon 1.1');
  expect(docx.text).toContain('2 endringer i alt.');
  // The owner's row: what, before, now.
  expect(docx.paragraphs.join('|')).toContain('Ansvarlig|Marte Fjellheim|Håkon Myhre');

  // The plan itself as Word: its cover calls the changed draft a draft, not «Vedtatt».
  await goTo(page, 'Eksport');
  await page.getByRole('radio', { name: 'Kortversjon for politisk behandling' }).check();
  const planDocx = join(plansDir, `${title} kort.docx`);
  await answerDialogs(request, { save: [planDocx] });
  await page.getByRole('button', { name: 'Eksporter til Word' }).click();
  await expect(page.getByText(`Word-dokumentet er lagret som ${title} kort.docx.`)).toBeVisible({
    timeout: 60_000,
  });
  const planWord = readExportedDocx(await readFile(planDocx));
  expect(planWord.paragraphs).toContain('Utkast til versjon 1.1');
  expect(planWord.paragraphs).toContain(
    'Bygger på versjon 1.0, vedtatt 12. mars 2027 av bystyret (sak 2027/123)',
  );
  expect(planWord.paragraphs).toContain('2 endringer siden vedtaket');
  expect(planWord.text).not.toContain('Vedtatt · versjon 1.0');
  await goTo(page, PAGE);

  // Restore 1.0 as a new draft: what happens is said first; the draft is set aside, not lost.
  await versionsList(page)
    .first()
    .getByRole('button', { name: 'Hent fram versjon 1.0 som nytt utkast' })
    .click();
  const restore = page.getByRole('alertdialog', {
    name: 'Hente fram versjon 1.0 som nytt utkast?',
  });
  await expect(restore).toContainText(
    'Planen blir som i versjon 1.0. Det du har nå, blir tatt vare på som en egen versjon, så ingenting går tapt.',
  );
  await expectNoAxeViolations(page, 'Hent fram versjon');
  await restore.getByRole('button', { name: 'Hent fram versjon 1.0' }).click();
  await expect(restore).toHaveCount(0);
  await expect(page.getByText('Versjon 1.0 er hentet fram som nytt utkast.')).toBeVisible();
  await expect(versionsList(page)).toHaveCount(2);
  await expect(versionsList(page).first()).toContainText('lagt til side');
  await expect(page.getByText('Ingen endringer siden vedtaket')).toBeVisible();
  await expect(badge(page)).toHaveText('Versjon 1.0 (vedtatt)');
  await expectAllSaved(page);
  // The log follows on the page itself, without leaving it or reloading.
  await expect(
    logRegion(page)
      .getByRole('row')
      .filter({ hasText: /hentet fram/ }),
  ).toHaveCount(1);
  await expectNoAxeViolations(page, `${PAGE} – etter at versjon 1.0 er hentet fram`);

  // Reloaded: the versions and the log are in the file.
  await reopen(page, title);
  await expect(badge(page)).toHaveText('Versjon 1.0 (vedtatt)');
  await goTo(page, PAGE);
  await expect(versionsList(page)).toHaveCount(2);
  await expect(
    logRegion(page)
      .getByRole('row')
      .filter({ hasText: /ansvarlig endret fra Marte Fjellheim til Håkon Myhre/ }),
  ).toHaveCount(1);

  // A second adoption: the body is offered from the first, and a new plan counts the first number.
  await page.getByRole('button', { name: 'Vedta planen' }).click();
  await expect(dialog.getByLabel('Vedtatt av')).toHaveValue('Bystyret');
  await expect(dialog.getByRole('radio', { name: 'Revisjon (1.1)' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Ny plan (2.0)' }).check();
  await dialog.getByLabel('Saksnummer').fill('2028/7');
  await dialog.getByRole('button', { name: 'Vedta som versjon 2.0' }).click();
  await expect(page.getByText('Planen er vedtatt og tatt vare på som versjon 2.0.')).toBeVisible();
  await expect(versionsList(page)).toHaveCount(3);
  await expect(versionsList(page).first()).toContainText('Versjon 2.0');
  await expect(badge(page)).toHaveText('Versjon 2.0 (vedtatt)');

  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: '1A Boligtorg', expanded: false }).click();
  await expect(page.getByLabel('Ansvarlig', { exact: true }).locator('option:checked')).toHaveText(
    'Marte Fjellheim, Programleder',
  );
});

test('a plan marked adopted in «Om planen» before versions were kept: registered with that decision', async ({
  page,
  request,
}) => {
  const title = uniqueTitle('Merket vedtatt');
  await openOsloPlanWithMeasures(page, request, title, undefined, (plan) => {
    Object.assign(plan.info as object, {
      status: 'vedtatt',
      adoptedDate: '2025-06-18',
      adoptedBy: 'Bydelsutvalget',
      caseNumber: '2025/44',
    });
  });
  await expect(badge(page)).toHaveCount(0);
  await goTo(page, 'Om planen');
  await page.getByRole('link', { name: 'Versjoner og endringer' }).first().click();
  await expect(page.getByRole('heading', { name: PAGE, level: 1 })).toBeVisible();
  await expect(
    page.getByText(
      '«Om planen» sier at planen ble vedtatt 18. juni 2025 av Bydelsutvalget, men vedtaket er ikke registrert her.',
      { exact: false },
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Vedta planen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vedta planen' });
  await expect(dialog.getByLabel('Vedtatt av')).toHaveValue('Bydelsutvalget');
  await expect(dialog.getByLabel('Dato for vedtaket')).toHaveValue('18.06.2025');
  await expect(dialog.getByLabel('Saksnummer')).toHaveValue('2025/44');
  await dialog.getByRole('button', { name: 'Vedta som versjon 1.0' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(versionsList(page).first()).toContainText(
    'Vedtatt 18. juni 2025 av bydelsutvalget (sak 2025/44)',
  );
  await expect(badge(page)).toHaveText('Versjon 1.0 (vedtatt)');
});
