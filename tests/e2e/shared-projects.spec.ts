import { expect, test, type Locator, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { expectAllSaved, goTo, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures } from './support/plan-with-measures';

// Shared projects (felles prosjekter) as their own group, last in a focus area, numbered as
// Husbanken's form numbers them: made through the UI, moved, coded, told apart, undone.

const areaOne = (page: Page): Locator =>
  page.locator('.area-card').filter({
    has: page.getByRole('heading', { level: 2, name: /^Satsningsområde 1\b/ }),
  });

/** The codes and titles of a list, as the rows' toggle buttons read. */
const listed = async (list: Locator) =>
  (await list.locator('.measure-item__toggle').allTextContents()).map((t) =>
    t.replace(/\s+/g, ' ').trim(),
  );

test('a measure made a shared project moves under «Felles prosjekter» with the form’s code, and back with Ctrl+Z', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  await openOsloPlanWithMeasures(page, request, uniqueTitle('Felles prosjekter'));

  // The plan uses the form's numbering: shared projects get codes of their own.
  await goTo(page, 'Om planen');
  const setting = page.getByRole('checkbox', {
    name: 'Felles prosjekter nummereres for seg (som i Husbankens skjema)',
  });
  await expect(setting).not.toBeChecked();
  await setting.check();
  await expect(setting).toHaveAccessibleDescription(/får de koder fra A for seg/);
  await expectNoAxeViolations(page, 'om planen med tiltakskoder');

  await goTo(page, 'Satsningsområder og tiltak');
  const area = areaOne(page);
  const localList = area.getByRole('list', { name: /^Tiltak/ });
  const sharedHeading = area.getByRole('heading', { name: /^Felles prosjekter/ });
  await expect(sharedHeading).toHaveCount(0);
  await expect
    .poll(() => listed(localList))
    .toEqual(['1A Boligtorg', '1B Kartlegging av boligbehov']);

  // 1B becomes a shared project: it moves under the heading and is the area's first one, 1A.
  await area.getByRole('button', { name: '1B Kartlegging av boligbehov' }).click();
  const sharedBox = area.getByRole('checkbox', {
    name: 'Felles prosjekt med andre bydeler eller kommuner',
  });
  await sharedBox.check();
  await expect(sharedHeading).toHaveText('Felles prosjekter (1)');
  const sharedList = area.getByRole('list', { name: /^Felles prosjekter/ });
  await expect.poll(() => listed(sharedList)).toEqual(['1A Kartlegging av boligbehov']);
  await expect.poll(() => listed(localList)).toEqual(['1A Boligtorg']);
  // Focus follows the measure into its new list, and its description says where it now is.
  await expect(sharedBox).toBeFocused();
  await expect(sharedBox).toHaveAccessibleDescription(
    'Står sist i satsningsområdet under «Felles prosjekter», med koden 1A. Felles prosjekter har egne koder, som i Husbankens skjema.',
  );
  // The repeated code is no error: the groups number apart.
  await expect(area.getByRole('textbox', { name: 'Kode' })).not.toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await area.getByRole('button', { name: '1A Kartlegging av boligbehov' }).click();

  // A new measure is local (1B, after Boligtorg); made shared, it takes the form's next code.
  await area.getByRole('button', { name: 'Legg til tiltak i satsningsområde 1' }).click();
  const title = page.getByRole('textbox', { name: 'Tittel', exact: true });
  await expect(title).toBeFocused();
  await title.fill('Felles ressursbank');
  await expect(area.getByRole('textbox', { name: 'Kode' })).toHaveValue('1B');
  await area
    .getByRole('checkbox', { name: 'Felles prosjekt med andre bydeler eller kommuner' })
    .check();
  await expect(sharedHeading).toHaveText('Felles prosjekter (2)');
  await expect
    .poll(() => listed(sharedList))
    .toEqual(['1A Kartlegging av boligbehov', '1B Felles ressursbank']);
  await expect(area.getByRole('textbox', { name: 'Kode' })).toHaveValue('1B');
  await expectNoAxeViolations(page, 'felles prosjekter i et satsningsområde');

  // Alt+arrow moves within the group: the last shared project goes up, never into the local list.
  const newBox = area.getByRole('checkbox', {
    name: 'Felles prosjekt med andre bydeler eller kommuner',
  });
  await newBox.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => listed(sharedList))
    .toEqual(['1B Felles ressursbank', '1A Kartlegging av boligbehov']);
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => listed(localList)).toEqual(['1A Boligtorg']);

  // Ctrl+Z: the move, then the change of group, each one step.
  await page.keyboard.press('Control+z');
  await expect
    .poll(() => listed(sharedList))
    .toEqual(['1A Kartlegging av boligbehov', '1B Felles ressursbank']);
  await page.keyboard.press('Control+z');
  await expect(sharedHeading).toHaveText('Felles prosjekter (1)');
  await expect.poll(() => listed(localList)).toEqual(['1A Boligtorg', '1B Felles ressursbank']);

  // In the table of all measures, where no heading stands above it, the code is told apart.
  await page.getByRole('button', { name: 'Alle tiltak i tabell' }).click();
  const table = page.getByRole('table', { name: 'Alle tiltak' });
  const row = table.getByRole('row').filter({ hasText: 'Kartlegging av boligbehov' });
  await expect(row.getByRole('cell').first()).toHaveText('Felles 1A');
  await expect(row).toContainText('Felles prosjekt');
  const codes = await table.locator('.measure-row__code').allTextContents();
  expect(codes.slice(0, 3)).toEqual(['1A', '1B', 'Felles 1A']);
  await expectNoAxeViolations(page, 'alle tiltak med et felles prosjekt');
  await expectAllSaved(page);
});
