import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import {
  createPlan,
  currentFileName,
  expectAllSaved,
  goTo,
  OSLO_TEMPLATE,
  uniqueTitle,
} from './support/plan-steps';
import { answerDialogs } from './support/test-server';

// axe-core (WCAG 2.0 A/AA, 2.1 AA) on every screen and the states users meet on them.

const navLabels = [
  'Om planen',
  'Visjon og mål',
  'Strategier',
  'Satsningsområder og tiltak',
  'Målgrupper',
  'Personer og partnere',
  'Organisering',
  'Budsjett',
  'Tekstkapitler',
  'Risikoanalyse',
  'Kvalitetssjekk',
  'Verksted',
  'Versjoner og endringer',
  'Eksport',
];

test('start screen and the views for files that cannot be opened', async ({ page, request }) => {
  await createPlan(page, 'Tom plan', uniqueTitle('Plan for tilgjengelighet'));
  await expectAllSaved(page);
  const fileName = await currentFileName(page);
  await page.getByRole('button', { name: 'Lukk plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planverksted' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Nylige planer' })).toContainText('Plan for');
  await expectNoAxeViolations(page, 'Startskjermen');

  // Not JSON at all.
  const plansDir = await answerDialogs(request, {});
  const broken = join(plansDir, `${uniqueTitle('Skadet')}.bsplan`);
  await writeFile(broken, '{ "schemaVersion": 1, "id": ');
  await answerDialogs(request, { open: [broken] });
  await page.getByRole('button', { name: 'Åpne plan …' }).click();
  await expect(page.getByText('Filen er ikke endret.')).toBeVisible();
  await expectNoAxeViolations(page, 'Filen er skadet');
  await page.getByRole('button', { name: 'Tilbake til start' }).click();

  // Breaks the rules, with a backup beside it.
  const path = join(plansDir, fileName);
  const good = JSON.parse(await readFile(path, 'utf8'));
  const invalid = join(plansDir, `${uniqueTitle('Med feil')}.bsplan`);
  await writeFile(`${invalid}.bak`, JSON.stringify(good));
  good.info.periodEnd = good.info.periodStart - 2;
  await writeFile(invalid, JSON.stringify(good));
  await answerDialogs(request, { open: [invalid] });
  await page.getByRole('button', { name: 'Åpne plan …' }).click();
  await expect(page.getByRole('button', { name: 'Gjenopprett fra sikkerhetskopi' })).toBeVisible();
  await expectNoAxeViolations(page, 'Planen bryter reglene, med sikkerhetskopi');
});

test('Om planen in every status, with the inline person form and a date error', async ({
  page,
}) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for statuser'));
  await expectNoAxeViolations(page, 'Om planen – utkast');
  await page.getByRole('radio', { name: 'På høring' }).check();
  await expect(page.getByLabel('Høringsfrist')).toBeVisible();
  await expectNoAxeViolations(page, 'Om planen – på høring');
  await page.getByRole('radio', { name: 'Vedtatt' }).check();
  await page.getByLabel('Vedtaksdato').fill('31.02.2027');
  await page.getByLabel('Vedtaksdato').blur();
  await expect(page.getByText('«31.02.2027» er ikke en gyldig dato.')).toBeVisible();
  await expectNoAxeViolations(page, 'Om planen – vedtatt, med datofeil');
  await page.getByRole('button', { name: 'Ny person som programleder …' }).click();
  await expect(page.getByLabel('Navn')).toBeVisible();
  await expectNoAxeViolations(page, 'Om planen – ny person');
});

test('Visjon og mål folded, with the outline, with every goal shown, and with a deletion notice', async ({
  page,
}) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for mål'));
  await goTo(page, 'Visjon og mål');
  // The template's eight goals first show folded; the outline opens above them.
  await expect(page.getByRole('button', { name: /^Hovedmål 8 / })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await page
    .getByRole('navigation', { name: 'Oversikt over målene' })
    .getByText('Oversikt over målene')
    .click();
  await expect(page.getByRole('link', { name: /^Delmål 8\.1 / })).toBeVisible();
  await expectNoAxeViolations(page, 'Visjon og mål – foldet, med oversikt');
  await page.getByRole('button', { name: 'Åpne alle' }).click();
  await expect(page.getByRole('article', { name: 'Hovedmål 1' })).toBeVisible();
  await expect(page.getByLabel('Tittel på hovedmålet').nth(7)).toBeVisible();
  await expectNoAxeViolations(page, 'Visjon og mål');
  await page.getByRole('button', { name: 'Slett hovedmål 2' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'er slettet' })).toBeVisible();
  await expectNoAxeViolations(page, 'Visjon og mål – hovedmål slettet');
});

test('every part of the plan, reached with the keyboard only through the side navigation', async ({
  page,
}) => {
  // Fourteen pages, each with a full axe run.
  test.setTimeout(150_000);
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for tastatur'));
  const nav = page.getByRole('navigation', { name: 'Deler av planen' });
  const focusedLink = () =>
    page.evaluate(() =>
      document.activeElement?.closest('nav') ? document.activeElement.textContent : null,
    );

  // From the page heading, Shift+Tab walks back into the navigation. The plan opens on Om
  // planen, so that one comes last (choosing the page you are on does nothing).
  await page.getByRole('heading', { level: 1 }).focus();
  for (const label of [...navLabels.slice(1), navLabels[0]!]) {
    let steps = 0;
    while (!(await focusedLink())?.startsWith(label)) {
      await page.keyboard.press('Shift+Tab');
      if (++steps > 40) throw new Error(`Kom ikke til «${label}» med tastaturet.`);
    }
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: label });
    await expect(heading).toBeFocused();
    await expect(nav.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations(page, label);
  }
});

test('the link dialog on Tekstkapitler and Kvalitetssjekk grouped by kind', async ({ page }) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for dialoger'));
  await goTo(page, 'Tekstkapitler');
  await page.getByRole('textbox', { name: 'Tekst' }).click();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Legg til lenke' })).toBeVisible();
  await expectNoAxeViolations(page, 'Lenkedialogen');
  await page.keyboard.press('Escape');
  await goTo(page, 'Kvalitetssjekk');
  await page.getByRole('radio', { name: 'Hva det gjelder' }).check();
  await expectNoAxeViolations(page, 'Kvalitetssjekk – etter type');
});

test('the conflict dialog and the warning left after it', async ({ page, request }) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for konflikt'));
  await expectAllSaved(page);
  const plansDir = await answerDialogs(request, {});
  const path = join(plansDir, await currentFileName(page));
  const onDisk = JSON.parse(await readFile(path, 'utf8'));
  onDisk.info.municipality = 'Endret av en kollega';
  await writeFile(path, JSON.stringify(onDisk, null, 2));
  await page.getByLabel('Bydel').fill('Fjellstad');
  const dialog = page.getByRole('alertdialog', { name: 'Noen andre har endret planen' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'Konfliktdialogen');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Planfilen er endret av noen andre')).toBeVisible();
  await expectNoAxeViolations(page, 'Konfliktvarsel');
});
