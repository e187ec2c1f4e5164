import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { expectAllSaved, goTo, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures } from './support/plan-with-measures';

// Issue 15 part 2: a focus area budgeted as one line, as Husbanken's form does it. The Oslo
// template with measures 1A, 1B (focus area 1) and 2A (focus area 2), none with a cost, and no
// programme management cost: every figure below comes from the area line the test types.

const AREA_1 = '1 Egnede boliger for vanskeligstilte';
const areaLine = (page: Page) =>
  page.getByRole('group', { name: `Felles for satsningsområdet ${AREA_1}`, exact: true });

function rowOf(table: Locator, header: string) {
  return table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) });
}

test('an area line typed by keyboard is summed, quiets Kvalitetssjekk about its measures and undoes', async ({
  page,
  request,
}) => {
  const path = await openOsloPlanWithMeasures(
    page,
    request,
    uniqueTitle('Budsjett per satsningsområde'),
    undefined,
    (plan) => {
      const budget = plan.budget as { frame: unknown[]; programmeManagement: { costs: unknown[] } };
      budget.frame = [];
      budget.programmeManagement.costs = [];
    },
  );
  const missingCost = (code: string, title: string) =>
    page.getByRole('link', { name: `Tiltak ${code} «${title}» mangler kostnad.` });

  // Before: Kvalitetssjekk asks for a cost on every measure.
  await goTo(page, 'Kvalitetssjekk');
  await expect(missingCost('1A', 'Boligtorg')).toBeVisible();
  await expect(missingCost('1B', 'Kartlegging av boligbehov')).toBeVisible();

  // The focus area's panel on Satsningsområder points to where its money is entered.
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: 'Beskrivelse, mål og strategier' }).first().click();
  await page.getByRole('link', { name: 'Før felles kostnad under Budsjett' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budsjett' })).toBeVisible();
  const cost2027 = areaLine(page).getByRole('textbox', { name: 'Kostnad 2027' });
  await expect(cost2027).toBeFocused();
  await expectNoAxeViolations(page, 'Budsjett – felles linje for satsningsområdet');

  // Keyboard only: type, Tab to the next year, type, Tab.
  await page.keyboard.type('300 000');
  await page.keyboard.press('Tab');
  await expect(areaLine(page).getByRole('textbox', { name: 'Kostnad 2028' })).toBeFocused();
  await page.keyboard.type('200000');
  await page.keyboard.press('Tab');
  await expect(cost2027).toHaveValue('300\u00a0000');
  await expect(areaLine(page).getByText('I balanse.')).toBeVisible();
  await expect(
    page.getByText(/2 tiltak · 500\s000\skr i perioden · av dette 500\s000\skr felles/),
  ).toBeVisible();

  // The sums: the template's 70/30 split of 300 000 in 2027.
  const yearly = page.getByRole('table', { name: 'Budsjett for 2027 per satsningsområde' });
  await expect(rowOf(yearly, AREA_1).getByRole('cell').first()).toHaveText('300 000 kr');
  await expect(rowOf(yearly, 'Sum').getByRole('cell')).toHaveText([
    '300 000 kr',
    '210 000 kr',
    '90 000 kr',
    '0 kr',
    '0 kr',
    '300 000 kr',
  ]);
  const overview = page.getByRole('table', { name: 'Flerårig oversikt 2027–2030' });
  await expect(rowOf(overview, 'Kostnad').getByRole('cell')).toHaveText([
    '300 000 kr',
    '200 000 kr',
    '0 kr',
    '0 kr',
    '500 000 kr',
  ]);
  const detail = page.getByRole('table', { name: `Tiltak i satsningsområde ${AREA_1}, 2027` });
  await expect(rowOf(detail, 'Felles for satsningsområdet').getByRole('cell').first()).toHaveText(
    '300 000 kr',
  );
  await expect(rowOf(detail, 'Sum').getByRole('cell').first()).toHaveText('300 000 kr');
  await expectAllSaved(page);
  const saved = JSON.parse(await readFile(path, 'utf8'));
  expect(saved.focusAreas.find((a: { id: string }) => a.id === 'fa-1').budget).toEqual({
    costs: [
      { year: 2027, amount: 300_000 },
      { year: 2028, amount: 200_000 },
    ],
    financing: { mode: 'default' },
  });

  // Kvalitetssjekk no longer asks 1A and 1B for a cost; 2A (another area) still.
  await goTo(page, 'Kvalitetssjekk');
  await expect(missingCost('2A', 'Startlån til leietakere')).toBeVisible();
  await expect(missingCost('1A', 'Boligtorg')).toHaveCount(0);
  await expect(missingCost('1B', 'Kartlegging av boligbehov')).toHaveCount(0);

  // Each amount was one undo step: Ctrl+Z twice takes the line back to nothing.
  await goTo(page, 'Budsjett');
  await page.keyboard.press('Control+z');
  await expect(
    rowOf(page.getByRole('table', { name: 'Flerårig oversikt 2027–2030' }), 'Kostnad').getByRole(
      'cell',
    ),
  ).toHaveText(['300 000 kr', '0 kr', '0 kr', '0 kr', '300 000 kr']);
  await page.keyboard.press('Control+z');
  await expect(
    rowOf(page.getByRole('table', { name: 'Budsjett for 2027 per satsningsområde' }), 'Sum')
      .getByRole('cell')
      .first(),
  ).toHaveText('0 kr');
  await goTo(page, 'Kvalitetssjekk');
  await expect(missingCost('1A', 'Boligtorg')).toBeVisible();
});

test('an area line with a cost but no financing is flagged and the link lands on its control', async ({
  page,
  request,
}) => {
  await openOsloPlanWithMeasures(
    page,
    request,
    uniqueTitle('Felles linje uten finansiering'),
    undefined,
    (plan) => {
      const area = (plan.focusAreas as { id: string; budget?: unknown }[]).find(
        (a) => a.id === 'fa-1',
      )!;
      area.budget = {
        costs: [{ year: 2027, amount: 250_000 }],
        financing: { mode: 'percent', split: [] },
      };
    },
  );
  // The focus area's panel says what the area costs and where to change it.
  await goTo(page, 'Satsningsområder og tiltak');
  await expect(
    page.getByText('Kostnad for hele satsningsområdet: 250\u00a0000\u00a0kr i programperioden.'),
  ).toBeVisible();
  // Deleting the area says its shared cost goes with it.
  await page.getByRole('button', { name: 'Slett satsningsområde 1' }).click();
  const dialog = page.getByRole('alertdialog', { name: /Slette Satsningsområde 1/ });
  await expect(dialog).toContainText(
    'Den felles kostnaden for satsningsområdet (250\u00a0000\u00a0kr) slettes med det.',
  );
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toHaveCount(0);

  await goTo(page, 'Kvalitetssjekk');
  await page
    .getByRole('link', {
      name: `Felles for satsningsområdet ${AREA_1} har kostnad, men ingen finansiering.`,
    })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budsjett' })).toBeVisible();
  await expect(areaLine(page).getByLabel('Finansiering')).toBeFocused();
  await areaLine(page)
    .getByLabel('Finansiering')
    .selectOption({ label: 'Standardfordeling (70/30)' });

  // Regnskap has the area line too, summed with the area and the year.
  await goTo(page, 'Regnskap');
  await page.getByRole('button', { name: '2027' }).click();
  const spent = page
    .getByRole('group', { name: `Felles for satsningsområdet ${AREA_1}`, exact: true })
    .getByRole('textbox', { name: 'Brukt Tilskudd fra Husbanken', exact: true });
  await spent.fill('200 000');
  await spent.press('Enter');
  const summary = page.getByTestId('spending-summary');
  await expect(summary.getByRole('row', { name: new RegExp(`^${AREA_1}`) })).toContainText(
    '250 000 kr',
  );
  await expect(summary.getByRole('row', { name: /^Sum 2027/ })).toContainText('200 000 kr');
  await expectNoAxeViolations(page, 'Regnskap – felles linje for satsningsområdet');
  await expectAllSaved(page);
});
