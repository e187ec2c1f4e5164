import { expect, test } from './support/worker-server';
import { createPlan, expectAllSaved, OSLO_TEMPLATE, uniqueTitle } from './support/plan-steps';

test('a period that ends before it starts is explained and not stored', async ({ page }) => {
  await createPlan(page, 'Tom plan', uniqueTitle('Plan for periodetest'));
  const from = page.getByLabel('Fra år');
  const to = page.getByLabel('Til år');
  await from.fill('2027');
  await to.fill('2025');
  await expect(
    page.getByText('Perioden kan ikke slutte (2025) før den begynner (2027).'),
  ).toBeVisible();
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await to.fill('2030');
  await expect(page.getByText('Perioden kan ikke slutte')).toHaveCount(0);
  await expectAllSaved(page);
});

test('changing status records history; the adoption date must be a real date', async ({ page }) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for statustest'));
  await expect(page.getByText('Statusen er ikke endret ennå.')).toBeVisible();

  await page.getByRole('radio', { name: 'På høring' }).check();
  await expect(page.getByLabel('Høringsfrist')).toBeVisible();
  await page.getByRole('radio', { name: 'Vedtatt' }).check();

  const date = page.getByLabel('Vedtaksdato');
  // No error before anything is done; leaving the date empty then says what is missing.
  await expect(date).toBeVisible();
  await expect(page.getByText('Skriv inn datoen planen ble vedtatt.')).toHaveCount(0);
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await date.focus();
  await date.blur();
  await expect(page.getByText('Skriv inn datoen planen ble vedtatt.')).toBeVisible();
  await date.fill('31.02.2027');
  await date.blur();
  await expect(page.getByText('«31.02.2027» er ikke en gyldig dato.')).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  // What the field shows is not saved, and the header says so.
  const saveStatus = page.getByRole('banner').getByRole('status');
  await expect(saveStatus).toHaveText('1 felt med feil er ikke lagret');
  await date.fill('15.06.2027');
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await expect(saveStatus).toHaveText('Alle endringer er lagret');
  await page.getByLabel('Vedtatt av').fill('Bydelsutvalget');

  const history = page.getByRole('list', { name: 'Historikk' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history).toContainText('På høring');
  await expect(history).toContainText('Vedtatt');
  await expectAllSaved(page);
});

test('a new person can be made programme leader on the spot', async ({ page }) => {
  await createPlan(page, 'Tom plan', uniqueTitle('Plan for persontest'));
  const newPerson = page.getByRole('button', { name: 'Ny person som programleder …' });
  await newPerson.click();
  await expect(page.getByLabel('Navn')).toBeFocused();
  // Escape leaves the form without a trace, back where it was opened.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form', { name: 'Ny person som programleder' })).toHaveCount(0);
  await expect(newPerson).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByLabel('Navn').fill('Sigrid Østby');
  await page.getByLabel('Stillingstittel').fill('Programleder');
  await page.getByRole('button', { name: 'Legg til person' }).click();
  await expect(page.getByLabel('Programleder')).toHaveValue(/^person:/);
  await expect(page.getByLabel('Programleder')).toBeFocused();
  await expect(
    page
      .getByLabel('Programleder')
      .getByRole('option', { name: 'Sigrid Østby, Programleder', selected: true }),
  ).toHaveCount(1);
  await expectAllSaved(page);
});

test('arrowing through the programme leader list is one undo step and never opens a form', async ({
  page,
}) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for piltaster'));
  const leader = page.getByLabel('Programleder');
  const before = await leader.inputValue();
  await leader.focus();
  // Past the last person: a closed list's arrow keys choose as they go.
  for (let i = 0; i < 12; i += 1) await page.keyboard.press('ArrowDown');
  await expect(leader).not.toHaveValue(before);
  await expect(page.getByRole('form', { name: /^Ny person/ })).toHaveCount(0);
  await expect(leader).toBeFocused();
  await expectAllSaved(page);
  // One Ctrl+Z takes the whole walk back.
  await page.keyboard.press('Control+z');
  await expect(leader).toHaveValue(before);
  await expect(page.getByRole('button', { name: 'Angre', exact: true })).toBeDisabled();
});
