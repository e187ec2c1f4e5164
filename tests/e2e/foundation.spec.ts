import { expect, test } from './support/worker-server';
import { createPlan, expectAllSaved, goTo, OSLO_TEMPLATE, uniqueTitle } from './support/plan-steps';

test('a plan from the Oslo template keeps title, vision and main goal after a reload', async ({
  page,
}) => {
  await createPlan(
    page,
    OSLO_TEMPLATE,
    uniqueTitle('Boligsosial handlingsplan for Bydel Fjellstad'),
  );

  const title = uniqueTitle('Handlingsplan for Bydel Fjellstad 2027–2030');
  const vision = 'Alle i Fjellstad skal ha et trygt og godt sted å bo.';
  const goalTitle = 'Ingen i bydelen skal være bostedsløse';

  await page.getByLabel('Tittel', { exact: true }).fill(title);
  await goTo(page, 'Visjon og mål');
  await page.getByRole('textbox', { name: 'Visjon', exact: true }).fill(vision);
  const firstGoal = page.getByRole('article', { name: 'Hovedmål 1' });
  // The template's eight goals are shown folded to their head line: open the first.
  await firstGoal.getByRole('button', { name: /^Hovedmål 1 /, expanded: false }).click();
  await firstGoal.getByLabel('Tittel på hovedmålet').fill(goalTitle);
  await expectAllSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Planverksted' })).toBeVisible();
  const recent = page.getByRole('region', { name: 'Nylige planer' });
  await recent.getByRole('button', { name: title, exact: true }).click();

  await expect(page.getByLabel('Tittel', { exact: true })).toHaveValue(title);
  await goTo(page, 'Visjon og mål');
  await expect(page.getByRole('textbox', { name: 'Visjon', exact: true })).toHaveValue(vision);
  // The head line shows the title while folded; opened, the field has it.
  const reopened = page.getByRole('article', { name: 'Hovedmål 1' });
  await reopened.getByRole('button', { name: `Hovedmål 1 ${goalTitle}` }).click();
  await expect(reopened.getByLabel('Tittel på hovedmålet')).toBeVisible();
  await expect(reopened.getByLabel('Tittel på hovedmålet')).toHaveValue(goalTitle);
});

test('undo and redo a title edit with the keyboard', async ({ page }) => {
  const original = uniqueTitle('Plan for angretest');
  await createPlan(page, 'Tom plan', original);
  const titleField = page.getByLabel('Tittel', { exact: true });

  // Typing in one field is one undo step.
  await titleField.click();
  await titleField.press('End');
  await titleField.pressSequentially(' – utkast');
  await expect(titleField).toHaveValue(`${original} – utkast`);

  await page.keyboard.press('Control+z');
  await expect(titleField).toHaveValue(original);
  await page.keyboard.press('Control+Shift+z');
  await expect(titleField).toHaveValue(`${original} – utkast`);
  await page.keyboard.press('Control+z');
  await expect(titleField).toHaveValue(original);
  await page.keyboard.press('Control+y');
  await expect(titleField).toHaveValue(`${original} – utkast`);

  // The header buttons do the same, and the undone state is what gets saved.
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(titleField).toHaveValue(original);
  await expectAllSaved(page);
  await expect(page.getByRole('banner')).toContainText(original);
});

test('deleting a main goal can be undone', async ({ page }) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for slettetest'));
  await goTo(page, 'Visjon og mål');

  const first = page
    .getByRole('article', { name: 'Hovedmål 1' })
    .getByLabel('Tittel på hovedmålet');
  const firstTitle = await first.inputValue();
  const secondTitle = await page
    .getByRole('article', { name: 'Hovedmål 2' })
    .getByLabel('Tittel på hovedmålet')
    .inputValue();

  await page.getByRole('button', { name: 'Slett hovedmål 1' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'er slettet' });
  await expect(notice).toContainText(`Hovedmål 1 «${firstTitle}» er slettet`);
  await expect(first).toHaveValue(secondTitle);
  await expectAllSaved(page);

  const undo = notice.getByRole('button', { name: 'Angre' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(first).toHaveValue(firstTitle);
  await expect(first).toBeFocused();
  await expect(notice).toHaveCount(0);
  await expectAllSaved(page);
});

test('main goals move with the buttons and with Alt+arrow keys', async ({ page }) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for flyttetest'));
  await goTo(page, 'Visjon og mål');
  await page.getByRole('button', { name: 'Åpne alle' }).click();
  const titleOf = (n: number) =>
    page.getByRole('article', { name: `Hovedmål ${n}` }).getByLabel('Tittel på hovedmålet');
  const one = await titleOf(1).inputValue();
  const two = await titleOf(2).inputValue();

  await page.getByRole('button', { name: 'Flytt ned: hovedmål 1' }).click();
  await expect(titleOf(1)).toHaveValue(two);
  await expect(titleOf(2)).toHaveValue(one);

  await titleOf(2).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(titleOf(1)).toHaveValue(one);
  // Focus stays in the goal that moved.
  await expect(titleOf(1)).toBeFocused();
});
