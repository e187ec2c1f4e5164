import { expect, test } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { expectAllSaved, goTo, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures } from './support/plan-with-measures';

// Issue 16 point 2: a measure's cost is entered in the measure's own panel, with the editor
// Budsjett uses, and Budsjett shows the same figures.
test("a measure's cost and financing are entered in its own panel and are the same on Budsjett", async ({
  page,
  request,
}) => {
  await openOsloPlanWithMeasures(page, request, uniqueTitle('Kostnad på tiltaket'));
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: '1A Boligtorg', expanded: false }).click();
  const cost = page.getByRole('group', { name: 'Kostnad og finansiering', exact: true });
  // The first year of the plan's period.
  const first = cost.getByRole('textbox').first();
  await first.focus();
  await page.keyboard.type('120 000');
  await page.keyboard.press('Tab');
  await expect(first).toHaveValue('120\u00a0000');
  await expect(cost.getByText('I balanse.')).toBeVisible();
  await expect(cost.getByText('Finansiert i alt')).toBeVisible();
  await expectAllSaved(page);
  await expectNoAxeViolations(page, 'Satsningsområder – kostnad på tiltaket');

  // Budsjett has the same line with the same amount; the link there goes to it.
  await page.getByRole('link', { name: 'Se hele budsjettet, med summene per år' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budsjett' })).toBeVisible();
  const line = page.getByRole('group', { name: '1A Boligtorg', exact: true });
  await expect(line.getByRole('textbox').first()).toHaveValue('120\u00a0000');

  // One undo step takes it back, wherever it was typed.
  await page.keyboard.press('Control+z');
  await expect(line.getByRole('textbox').first()).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(line.getByRole('textbox').first()).toHaveValue('120\u00a0000');

  // The cost is in sight where measures are listed: the area's list and the table of all.
  await goTo(page, 'Satsningsområder og tiltak');
  await expect(page.getByRole('button', { name: '1A Boligtorg' }).locator('..')).toContainText(
    '120\u00a0000\u00a0kr',
  );
  await page.getByRole('button', { name: 'Alle tiltak i tabell' }).click();
  const table = page.getByRole('table', { name: 'Alle tiltak' });
  await expect(table.getByRole('columnheader', { name: 'Kostnad' })).toBeVisible();
  await table.getByRole('button', { name: 'Kostnad' }).click();
  await table.getByRole('button', { name: 'Kostnad' }).click();
  await expect(table.getByRole('columnheader', { name: 'Kostnad' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  // The measure with a cost first; those without one show a dash.
  const bodyRows = table.getByRole('rowgroup').nth(1).getByRole('row');
  await expect(bodyRows.first()).toContainText('Boligtorg');
  await expect(bodyRows.first().getByRole('cell').last()).toHaveText('120\u00a0000\u00a0kr');
  await expect(bodyRows.nth(1).getByRole('cell').last()).toHaveText('–');
  await expectNoAxeViolations(page, 'Alle tiltak – med kostnad');
});
