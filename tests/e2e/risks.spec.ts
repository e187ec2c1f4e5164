import { expect, test, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { expectAllSaved, goTo, reopen, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures } from './support/plan-with-measures';

const matrix = (page: Page) => page.getByRole('table', { name: /^Risikomatrise/ });

/** The matrix cell at a likelihood (row) and consequence (column), by the words on its axes. */
function cell(page: Page, likelihood: string, consequence: string) {
  const columns = ['Lav', 'Middels', 'Høy'];
  return matrix(page)
    .getByRole('row', { name: new RegExp(`^Sannsynlighet ${likelihood}`) })
    .getByRole('cell')
    .nth(columns.indexOf(consequence));
}

test('risks: add with the keyboard, judge, own, link measures, see it in the matrix, get flagged, delete and undo, keep after reload', async ({
  page,
  request,
}) => {
  const title = uniqueTitle('Plan med risikoer');
  await openOsloPlanWithMeasures(page, request, title);
  await goTo(page, 'Risikoanalyse');
  // The Oslo template's two risks, both high, are in the matrix by number.
  await expect(
    page.getByRole('article', { name: /^Risiko 1: For få egnede boliger/ }),
  ).toBeVisible();
  await expect(cell(page, 'Høy', 'Høy')).toContainText('Høy risiko');
  await expect(cell(page, 'Høy', 'Høy').getByRole('button')).toHaveText([
    '1 For få egnede boliger',
  ]);
  await expect(cell(page, 'Lav', 'Lav')).toContainText('Lav risiko');
  await expect(cell(page, 'Lav', 'Lav')).toContainText('Ingen');
  await expectNoAxeViolations(page, 'Risikoanalyse');

  // Adding puts the cursor in the new risk's title at once: typing right after the click lands.
  await page.getByRole('button', { name: 'Legg til risiko' }).click();
  await page.keyboard.type('Lav deltakelse');
  const risk = page.getByRole('article', { name: /^Risiko 3: Lav deltakelse/ });
  await expect(risk.getByLabel('Risiko', { exact: true })).toBeFocused();
  // A new risk starts in the middle, where the matrix says so in words.
  await expect(risk.getByRole('heading')).toContainText('Middels risiko');
  await expect(cell(page, 'Middels', 'Middels').getByRole('button')).toHaveText([
    '3 Lav deltakelse',
  ]);

  // Likelihood and consequence by keyboard: the arrows move between Lav, Middels and Høy.
  const likelihood = risk.getByRole('group', { name: 'Sannsynlighet' });
  await likelihood.getByRole('radio', { name: 'Middels' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(likelihood.getByRole('radio', { name: 'Høy' })).toBeChecked();
  await risk.getByRole('group', { name: 'Konsekvens' }).getByRole('radio', { name: 'Høy' }).check();
  await expect(risk.getByText('Risikonivå: Høy risiko')).toBeVisible();
  await expect(cell(page, 'Høy', 'Høy').getByRole('button')).toHaveText([
    '1 For få egnede boliger',
    '3 Lav deltakelse',
  ]);
  await expect(cell(page, 'Middels', 'Middels').getByRole('button')).toHaveCount(0);

  // A threatened measure, picked by typing its code.
  const measures = risk.getByRole('combobox', { name: 'Tiltak som trues' });
  await measures.fill('1B');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(risk.getByRole('button', { name: /Kartlegging av boligbehov/ })).toBeVisible();
  await expectNoAxeViolations(page, 'Risikoanalyse med en ny risiko');

  // A high risk without owner or mitigation: Kvalitetssjekk asks for both, and its link puts the
  // cursor in the field that fixes it.
  await goTo(page, 'Kvalitetssjekk');
  const mitigationLink = page.getByRole('link', {
    name: 'Risiko 3 «Lav deltakelse» er en høy risiko uten tiltak mot risikoen.',
  });
  await expect(mitigationLink).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Risiko 3 «Lav deltakelse» er en høy risiko uten ansvarlig.' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'Kvalitetssjekk med en høy risiko');
  await mitigationLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Risikoanalyse' })).toBeVisible();
  await expect(risk.getByLabel('Tiltak mot risikoen')).toBeFocused();
  await page.keyboard.type('Oppsøkende arbeid i borettslagene');
  await goTo(page, 'Kvalitetssjekk');
  await expect(page.getByText(/«Lav deltakelse» er en høy risiko uten tiltak/)).toHaveCount(0);
  await page
    .getByRole('link', { name: 'Risiko 3 «Lav deltakelse» er en høy risiko uten ansvarlig.' })
    .click();
  const owner = risk.getByLabel('Ansvarlig');
  await expect(owner).toBeFocused();
  await owner.selectOption({ index: 1 });
  const ownerName = (await owner.locator('option:checked').textContent())!;
  expect(ownerName).not.toBe('Ikke valgt');

  // The matrix leads to the risk.
  await cell(page, 'Høy', 'Høy').getByRole('button', { name: '1 For få egnede boliger' }).click();
  await expect(
    page.getByRole('article', { name: /^Risiko 1:/ }).getByLabel('Risiko', { exact: true }),
  ).toBeFocused();

  // Delete the first risk and undo it: the numbers follow the list.
  await page.getByRole('button', { name: 'Slett risikoen For få egnede boliger' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'er slettet' });
  await expect(notice).toContainText('Risiko 1 «For få egnede boliger» er slettet.');
  await expect(cell(page, 'Høy', 'Høy').getByRole('button')).toHaveText(['2 Lav deltakelse']);
  await notice.getByRole('button', { name: 'Angre' }).click();
  await expect(cell(page, 'Høy', 'Høy').getByRole('button')).toHaveText([
    '1 For få egnede boliger',
    '3 Lav deltakelse',
  ]);

  // Alt+arrow moves the risk up; the numbers follow.
  await risk.getByLabel('Tiltak mot risikoen').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('article', { name: /^Risiko 2: Lav deltakelse/ })).toBeVisible();
  await expect(
    page
      .getByRole('article', { name: /^Risiko 2: Lav deltakelse/ })
      .getByLabel('Tiltak mot risikoen'),
  ).toBeFocused();

  await expectAllSaved(page);
  await reopen(page, title);
  await goTo(page, 'Risikoanalyse');
  const kept = page.getByRole('article', { name: /^Risiko 2: Lav deltakelse/ });
  await expect(kept.getByLabel('Tiltak mot risikoen')).toHaveValue(
    'Oppsøkende arbeid i borettslagene',
  );
  await expect(
    kept.getByRole('group', { name: 'Sannsynlighet' }).getByRole('radio', { name: 'Høy' }),
  ).toBeChecked();
  await expect(kept.getByLabel('Ansvarlig').locator('option:checked')).toHaveText(ownerName);
  await expect(kept.getByRole('button', { name: /Kartlegging av boligbehov/ })).toBeVisible();
  await expect(cell(page, 'Høy', 'Høy').getByRole('button')).toHaveText([
    '1 For få egnede boliger',
    '2 Lav deltakelse',
  ]);
});
