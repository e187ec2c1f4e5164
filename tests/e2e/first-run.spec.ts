import { expect, test } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { createPlan, goTo, OSLO_TEMPLATE, uniqueTitle } from './support/plan-steps';

// A first start of the app: the guide has not been shown in this worker's data folder. The
// tests share that folder and run in order (the first one sees the very first start).
test.use({ firstRun: true });
test.describe.configure({ mode: 'serial' });

test('the guide opens once, with the first plan; Esc skips it, and Hjelp brings it back', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Planverksted' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Åpne eksempelplanen' })).toBeVisible();
  // Not on the start screen: it explains what one sees in a plan.
  const guide = page.getByRole('region', { name: 'Hva en plan består av' });
  await expect(guide).toHaveCount(0);
  await expectNoAxeViolations(page, 'Startskjermen');

  await createPlan(page, 'Tom plan', uniqueTitle('Første plan'));
  await expect(guide).toBeVisible();
  await expect(guide).toContainText('Kom i gang · steg 1 av 5');
  // Focus is in the guide (nothing else had it): Enter on «Neste» goes through the steps.
  await expect(guide.getByRole('heading', { name: 'Hva en plan består av' })).toBeFocused();
  await expectNoAxeViolations(page, 'Kom i gang');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const next = page.getByRole('button', { name: 'Neste' });
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  const step2 = page.getByRole('region', { name: 'Menyen til venstre' });
  await expect(step2).toContainText('steg 2 av 5');
  // The plan behind stays usable: the guide is not a modal dialog.
  await expect(page.locator('[aria-modal="true"]')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(step2).toHaveCount(0);
  await expect(page.locator('#main')).toBeFocused();

  // Seen once is enough: a reload and another plan do not bring it back by itself.
  await page.reload();
  await createPlan(page, 'Tom plan', uniqueTitle('Andre plan'));
  await expect(page.getByRole('heading', { level: 1, name: 'Om planen' })).toBeVisible();
  await expect(page.locator('.first-run-guide')).toHaveCount(0);

  // Hjelp › Kom i gang opens it again at the first step; Ferdig at the end closes it.
  const help = page.getByRole('banner').getByRole('button', { name: 'Hjelp' });
  await help.click();
  await expect(help).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: 'Kom i gang' }).click();
  await expect(guide).toBeVisible();
  await expect(guide.getByRole('heading', { name: 'Hva en plan består av' })).toBeFocused();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Neste' }).click();
  const last = page.getByRole('region', { name: 'Eksport' });
  await expect(last).toContainText('steg 5 av 5');
  await expect(last).toContainText('Hjelp (F1)');
  await last.getByRole('button', { name: 'Ferdig' }).click();
  await expect(page.locator('.first-run-guide')).toHaveCount(0);
  // Focus goes back to where it was before the guide opened.
  await expect(help).toBeFocused();
});

test('«Åpne eksempelplanen» opens a copy of a whole plan with nothing to look at', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Åpne eksempelplanen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Om planen' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(
    'Boligsosial handlingsplan for bydel Solhaug 2027–2030',
  );
  await expect(page.getByRole('banner')).toContainText(/Eksempelplan Bydel Solhaug.*\.bsplan/);
  await expect(
    page.getByRole('status').filter({ hasText: 'din egen kopi av eksempelplanen' }),
  ).toContainText('oppdiktet');
  const nav = page.getByRole('navigation', { name: 'Deler av planen' });
  await expect(nav.getByRole('link', { name: 'Kvalitetssjekk', exact: true })).toBeVisible();
  await goTo(page, 'Kvalitetssjekk');
  await expect(page.getByRole('heading', { level: 2, name: 'Ingenting å se på' })).toBeVisible();

  // A second time gives a second copy: what one changed in the first stays there.
  await page.getByRole('button', { name: 'Lukk plan' }).click();
  await page.getByRole('button', { name: 'Åpne eksempelplanen' }).click();
  await expect(page.getByRole('banner')).toContainText('Eksempelplan Bydel Solhaug (2).bsplan');
});

test('a fresh template plan counts things to look at, not problems', async ({ page }) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Ny plan fra malen'));
  const nav = page.getByRole('navigation', { name: 'Deler av planen' });
  const link = nav.getByRole('link', { name: /^Kvalitetssjekk \d+ ting å se på$/ });
  await expect(link).toBeVisible();
  const count = (await link.locator('.nav-badge').textContent())!.trim();
  await link.click();
  await expect(page.getByRole('status').filter({ hasText: `${count} ting å se på` })).toBeVisible();
  // The word itself is gone (a target group may still have «rusproblemer» in its name).
  await expect(page.getByText(/\bproblem(er)?\b/i)).toHaveCount(0);
});

test('Hurtigtaster (F1 or Hjelp) lists the keys the app uses, and Om Planverksted its version', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Åpne eksempelplanen' })).toBeVisible();
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog', { name: 'Hurtigtaster' });
  await expect(dialog).toBeVisible();
  const plan = dialog.getByRole('table', { name: 'Planen' });
  await expect(plan.getByRole('row', { name: /Ctrl\+Z\s+Angre/ })).toBeVisible();
  await expect(
    plan.getByRole('row', { name: /Ctrl\+Shift\+Z\s+eller\s+Ctrl\+Y\s+Gjør om/ }),
  ).toBeVisible();
  await expect(plan.getByRole('row', { name: /Ctrl\+P\s+Skriv ut/ })).toBeVisible();
  // A browser keeps Ctrl+N and Ctrl+W for itself: only the desktop app lists them.
  await expect(plan.getByText('Ctrl+N')).toHaveCount(0);
  const lists = dialog.getByRole('table', { name: 'Lister og skjema' });
  await expect(lists.getByRole('row', { name: /Alt\+↑\s+eller\s+Alt\+↓/ })).toBeVisible();
  await expectNoAxeViolations(page, 'Hurtigtaster');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // The start screen's own Hjelp, at the foot of the page.
  await page
    .getByRole('region', { name: 'Hjelp' })
    .getByRole('button', { name: 'Hurtigtaster' })
    .click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Hurtigtaster' })).toBeFocused();

  // In a plan, from the header's Hjelp; the keys listed are the ones that work.
  await createPlan(page, 'Tom plan', uniqueTitle('Hurtigtaster'));
  const help = page.getByRole('banner').getByRole('button', { name: 'Hjelp' });
  await help.click();
  await page.getByRole('button', { name: 'Hurtigtaster' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Lukk' }).click();
  await expect(help).toBeFocused();

  await help.click();
  await page.getByRole('button', { name: 'Om Planverksted' }).click();
  const about = page.getByRole('dialog', { name: 'Om Planverksted' });
  await expect(about).toContainText(/Versjon \d+\.\d+\.\d+/);
  await expectNoAxeViolations(page, 'Om Planverksted');
  await page.keyboard.press('Escape');
  await expect(about).toHaveCount(0);

  // Esc closes the Hjelp list and puts focus back on its button.
  await help.click();
  await expect(page.getByRole('button', { name: 'Kom i gang' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Kom i gang' })).toBeHidden();
  await expect(help).toBeFocused();
});

test('a printed page shows the page, without the header, navigation and buttons', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Åpne eksempelplanen' }).click();
  await goTo(page, 'Strategier');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Deler av planen' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategier' })).toBeVisible();
  // The page is printed at full length, not cut at the window's height.
  const main = page.locator('#main');
  const heights = await main.evaluate((el) => ({
    client: el.clientHeight,
    scroll: el.scrollHeight,
  }));
  expect(heights.scroll).toBeLessThanOrEqual(heights.client + 1);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('banner')).toBeVisible();
});
