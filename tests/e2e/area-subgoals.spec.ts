import { expect, test, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { createPlan, expectAllSaved, goTo, uniqueTitle } from './support/plan-steps';

// Issue 15 part 3: a focus area's sub-goals entered as Husbanken's form lists them, by keyboard,
// from «Tom plan»: «Delmål 1.1», «1.2» for area 1 and «2.1» for area 2, the same numbers on
// Visjon og mål and in a measure's goal links, each addition one undo step.

const area = (page: Page, code: string) =>
  page.getByRole('region', { name: new RegExp(`^Satsningsområde ${code}:`) });
const areaGoals = (page: Page, code: string) =>
  area(page, code).getByRole('list', { name: 'Mål for satsningsområdet' });

async function addArea(page: Page, name: string) {
  await page.getByRole('button', { name: 'Legg til satsningsområde' }).click();
  const title = page.getByRole('textbox', { name: 'Navn på satsningsområdet' }).last();
  await expect(title).toBeFocused();
  await title.fill(name);
}

test('sub-goals per focus area: added by keyboard, numbered as the form, the same everywhere', async ({
  page,
}) => {
  await createPlan(page, 'Tom plan', uniqueTitle('Plan med delmål per område'));
  await goTo(page, 'Satsningsområder og tiltak');
  await addArea(page, 'Egnede boliger');
  const one = area(page, '1');

  // The plan has no main goal yet: the form asks for one in the same place, no dead end.
  const subTitle = one.getByRole('textbox', { name: 'Delmål', exact: true });
  await subTitle.fill('Kortere botid i midlertidig bolig');
  await subTitle.press('Enter');
  await expect(one.getByText('Skriv hovedmålet delmålet skal høre under.')).toBeVisible();
  const firstMain = one.getByRole('textbox', { name: 'Hovedmål delmålet hører under' });
  await expect(firstMain).toBeFocused();
  await page.keyboard.type('Flere i egen bolig');
  await page.keyboard.press('Tab');
  await expect(subTitle).toBeFocused();
  await page.keyboard.press('Enter');

  // Focus stays in the field: the next one is typed straight away.
  await expect(subTitle).toBeFocused();
  await expect(subTitle).toHaveValue('');
  await page.keyboard.type('Flere kommunale utleieboliger');
  await page.keyboard.press('Enter');
  await expect(subTitle).toBeFocused();
  await expect(one.getByRole('status')).toHaveText(
    'Delmål 1.2 «Flere kommunale utleieboliger» er lagt til.',
  );
  await expect(areaGoals(page, '1').getByRole('listitem')).toHaveText([
    /^Hovedmål 1: Flere i egen bolig/,
    /^Delmål 1\.1: Kortere botid i midlertidig bolig/,
    /^Delmål 1\.2: Flere kommunale utleieboliger/,
  ]);
  // The main goal made here is for the whole plan, now the form's choice.
  await expect(one.getByRole('combobox', { name: 'Under hovedmål' })).toHaveValue(/.+/);
  await expect(
    one.getByRole('combobox', { name: 'Under hovedmål' }).locator('option:checked'),
  ).toHaveText('Hovedmål 1: Flere i egen bolig');

  await addArea(page, 'Oppfølging i hjemmet');
  const two = area(page, '2');
  await expect(
    two.getByRole('combobox', { name: 'Under hovedmål' }).locator('option:checked'),
  ).toHaveText('Hovedmål 1: Flere i egen bolig');
  const twoTitle = two.getByRole('textbox', { name: 'Delmål', exact: true });
  await twoTitle.focus();
  await page.keyboard.type('Færre utkastelser');
  await page.keyboard.press('Enter');
  await expect(twoTitle).toBeFocused();
  await expect(areaGoals(page, '2').getByRole('listitem')).toHaveText([
    /^Hovedmål 1: Flere i egen bolig/,
    /^Delmål 2\.1: Færre utkastelser/,
  ]);
  await expectNoAxeViolations(page, 'Satsningsområder – delmål per område');

  // Each addition is one undo step; redo brings it back.
  await page.keyboard.press('Control+z');
  await expect(areaGoals(page, '2')).toHaveCount(0);
  await expect(two.getByText('Ingen mål hører til dette satsningsområdet ennå.')).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(areaGoals(page, '2').getByRole('listitem')).toHaveCount(2);

  // A measure in area 1 offers the goals with the same numbers.
  await page.getByRole('button', { name: 'Legg til tiltak i satsningsområde 1' }).click();
  const measureTitle = page.getByRole('textbox', { name: 'Tittel', exact: true });
  await expect(measureTitle).toBeFocused();
  await measureTitle.fill('Boligtorg');
  await page.getByText('Mål tiltaket bidrar direkte til (0 valgt)').click();
  for (const name of [
    'Hovedmål 1: Flere i egen bolig',
    'Delmål 1.1: Kortere botid i midlertidig bolig',
    'Delmål 1.2: Flere kommunale utleieboliger',
    'Delmål 2.1: Færre utkastelser',
  ])
    await expect(page.getByRole('checkbox', { name, exact: true })).toHaveCount(1);
  await expectAllSaved(page);

  // Deleting area 2 keeps its sub-goal for the whole plan and says so; undo gives it back.
  await two.getByRole('button', { name: 'Slett satsningsområde 2' }).click();
  await expect(
    page.getByText(
      'Satsningsområde 2: Oppfølging i hjemmet er slettet. Delmålene er beholdt som delmål for hele planen.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Færre utkastelser$/ })).toHaveAccessibleName(
    'Delmål 1.3: Færre utkastelser',
  );
  await page.keyboard.press('Control+z');
  await expect(areaGoals(page, '2').getByRole('listitem')).toHaveText([
    /^Hovedmål 1/,
    /^Delmål 2\.1: Færre utkastelser/,
  ]);

  // The link goes to the sub-goal on Visjon og mål, where it has the same number.
  await areaGoals(page, '2').getByRole('link', { name: 'Rediger delmål 2.1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Visjon og mål' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Tittel på delmålet' }).nth(2)).toBeFocused();
  await expect(page.locator('.sub-goal__heading')).toHaveText([
    'Delmål 1.1',
    'Delmål 1.2',
    'Delmål 2.1',
  ]);
  const areaSelects = page.getByRole('combobox', { name: 'Satsningsområde', exact: true });
  await expect(areaSelects.nth(2).locator('option:checked')).toHaveText(
    'Satsningsområde 2: Oppfølging i hjemmet',
  );
  await expectNoAxeViolations(page, 'Visjon og mål – delmål med satsningsområde');

  // Given to the whole plan, 2.1 is numbered under main goal 1; 1.1 and 1.2 are the form's, so
  // it counts on to 1.3. One undo step gives it back to area 2.
  await areaSelects.nth(2).selectOption({ label: 'Ingen (hele planen)' });
  await expect(page.locator('.sub-goal__heading')).toHaveText([
    'Delmål 1.1',
    'Delmål 1.2',
    'Delmål 1.3',
  ]);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.sub-goal__heading')).toHaveText([
    'Delmål 1.1',
    'Delmål 1.2',
    'Delmål 2.1',
  ]);
  await expectAllSaved(page);
});
