import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { createPlan, goTo, OSLO_TEMPLATE, uniqueTitle } from '../e2e/support/plan-steps';
import { answerDialogs } from '../e2e/support/test-server';

// Issue 16: the screens its points 6, 7 and 9 changed, at the two sizes the issue names (for
// looking at, not assertions): the start screen, Om planen, the header, Eksport while it works
// and after, Sporbarhet and the deletion notice.
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(dir, `issue16-${name}-${width}.png`) });

  test(`screenshots: the first hour at ${width}×${height}`, async ({ page, request }) => {
    await page.setViewportSize({ width, height });
    const title = uniqueTitle('Boligsosial handlingsplan for Bydel Fjellstad');
    await createPlan(page, 'Tom plan', uniqueTitle('Utkast'));
    await page.getByRole('button', { name: 'Lukk plan' }).click();
    await createPlan(page, OSLO_TEMPLATE, title);

    // Om planen: a new programme leader, and a date the field cannot keep.
    await page.getByRole('button', { name: 'Ny person som programleder …' }).click();
    await shot(page, 'om-planen-ny-person');
    await page.keyboard.press('Escape');
    await page.getByRole('radio', { name: 'Vedtatt' }).check();
    const date = page.getByLabel('Vedtaksdato');
    await date.fill('31.02.2027');
    await date.blur();
    await expect(page.getByRole('banner').getByRole('status')).toHaveText(
      '1 felt med feil er ikke lagret',
    );
    await date.scrollIntoViewIfNeeded();
    await shot(page, 'om-planen-feil-i-felt');
    await date.fill('15.06.2027');

    // Strategier → Sporbarhet: goals without a strategy or measure, said plainly.
    await goTo(page, 'Strategier');
    await page.getByRole('tab', { name: /Sporbarhet/ }).click();
    await shot(page, 'sporbarhet');

    // A deletion notice in the corner, clear of «Legg til satsningsområde».
    await goTo(page, 'Satsningsområder og tiltak');
    const add = page.getByRole('button', { name: 'Legg til satsningsområde' });
    await add.scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Slett satsningsområde 5' }).click();
    await expect(page.locator('.snackbar')).toContainText('er slettet');
    await shot(page, 'slettemelding');

    // Eksport: the place is asked first, then the page says where the file goes while it works.
    const plansDir = await answerDialogs(request, {});
    await goTo(page, 'Eksport');
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/exportFile', async (route) => {
      await held;
      await route.continue();
    });
    await answerDialogs(request, { save: [join(plansDir, `Fjellstad ${width}.docx`)] });
    await page.getByRole('button', { name: 'Eksporter til Word' }).click();
    const status = page.getByRole('region', { name: 'Word-dokument' });
    await expect(status.getByRole('status')).toContainText('Lagrer filen (steg', {
      timeout: 120_000,
    });
    await shot(page, 'eksport-arbeider');
    release();
    await expect(status.getByRole('status')).toContainText('Word-dokumentet er lagret', {
      timeout: 60_000,
    });
    await shot(page, 'eksport-ferdig');

    // The start screen with recent plans, and «Fjern fra listen» with its way back.
    await page.getByRole('button', { name: 'Lukk plan' }).click();
    await expect(page.getByRole('region', { name: 'Nylige planer' })).toBeVisible();
    await shot(page, 'startskjerm');
    await page
      .getByRole('region', { name: 'Nylige planer' })
      .getByRole('listitem')
      .first()
      .getByRole('button', { name: 'Fjern fra listen' })
      .click();
    await expect(
      page.getByRole('status').filter({ hasText: 'er fjernet fra listen' }),
    ).toBeVisible();
    await shot(page, 'startskjerm-fjernet');
  });
}
