import { expect, test, type Locator, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import {
  createPlan,
  expectAllSaved,
  goTo,
  OSLO_TEMPLATE,
  reopen,
  uniqueTitle,
} from './support/plan-steps';

// Satsningsområder og tiltak, through the UI only: measures with every activity-plan column,
// the code rule when measures move, the table of all measures, deletion with undo, and reload.

const area = (page: Page, code: string) =>
  page.getByRole('region', { name: new RegExp(`^Satsningsområde ${code}:`) });
const measureToggle = (page: Page, name: RegExp | string) =>
  page
    .getByRole('button', { name, expanded: false })
    .or(page.getByRole('button', { name, expanded: true }));
const editorOf = (page: Page, title: string): Locator =>
  page
    .locator('.measure-item', { has: page.getByRole('textbox', { name: 'Tittel', exact: true }) })
    .filter({
      has: page.locator(`input[value="${title}"]`),
    });

async function addMeasure(
  page: Page,
  areaCode: string,
  m: {
    title: string;
    owner?: string;
    groups?: string[];
    strategies?: string[];
    start?: string;
    end?: string;
  },
) {
  await page.getByRole('button', { name: `Legg til tiltak i satsningsområde ${areaCode}` }).click();
  const title = page.getByRole('textbox', { name: 'Tittel', exact: true });
  await expect(title).toBeFocused();
  await title.fill(m.title);
  const editor = editorOf(page, m.title);
  if (m.owner)
    await editor.getByLabel('Ansvarlig', { exact: true }).selectOption({ label: m.owner });
  for (const g of m.groups ?? []) await editor.getByRole('checkbox', { name: g }).check();
  for (const s of m.strategies ?? []) await editor.getByRole('checkbox', { name: s }).check();
  if (m.start) await editor.getByLabel('Start', { exact: true }).fill(m.start);
  if (m.end) await editor.getByLabel('Slutt', { exact: true }).fill(m.end);
  await page.getByRole('button', { name: new RegExp(` ${m.title}$`), expanded: true }).click();
}

test('measures per focus area: codes, moving, table, detail panel, delete and reload', async ({
  page,
}) => {
  const planTitle = uniqueTitle('Plan for tiltakstest');
  await createPlan(page, OSLO_TEMPLATE, planTitle);
  await page.getByLabel('Tittel', { exact: true }).fill(planTitle);
  await goTo(page, 'Satsningsområder og tiltak');

  await addMeasure(page, '1', {
    title: 'Kartlegge behovet for tilrettelagte boliger',
    owner: 'Marte Fjellheim, Programleder',
    groups: ['Unge og unge voksne', 'Eldre'],
    strategies: ['1 KUNNSKAP'],
    start: '01.02.2027',
    end: '31.12.2027',
  });
  await addMeasure(page, '1', {
    title: 'Boligtorg i bydelen',
    owner: 'NAV',
    groups: ['Flyktninger som bosettes for første gang'],
    start: '01.03.2027',
    end: '30.06.2028',
  });
  await addMeasure(page, '1', { title: 'Felles boligkontor', owner: 'Boligbygg Oslo KF' });
  await addMeasure(page, '2', {
    title: 'Startlån til barnefamilier',
    owner: 'Øystein Bakken, Saksbehandler startlån',
    groups: ['Lavinntektshusholdninger og barnefamilier'],
    strategies: ['3 EIERSKAP'],
    start: '01.01.2027',
    end: '31.12.2029',
  });

  const one = area(page, '1');
  await expect(one.getByRole('button', { name: /^1A Kartlegge/ })).toBeVisible();
  await expect(one.getByRole('button', { name: '1B Boligtorg i bydelen' })).toBeVisible();
  await expect(one.getByRole('button', { name: '1C Felles boligkontor' })).toBeVisible();
  await expect(
    area(page, '2').getByRole('button', { name: '2A Startlån til barnefamilier' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'satsningsområder');

  // An end before the start is refused inline and not stored.
  await one.getByRole('button', { name: '1B Boligtorg i bydelen' }).click();
  const boligtorg = editorOf(page, 'Boligtorg i bydelen');
  await boligtorg.getByLabel('Slutt', { exact: true }).fill('01.01.2027');
  await expect(boligtorg.getByText('Sluttdatoen kan ikke være før startdatoen.')).toBeVisible();
  await expect(boligtorg.getByLabel('Slutt', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expectNoAxeViolations(page, 'tiltak åpent, med feil i sluttdato');
  await boligtorg.getByLabel('Slutt', { exact: true }).fill('30.06.2028');
  await expect(boligtorg.getByText('Sluttdatoen kan ikke være før startdatoen.')).toHaveCount(0);

  // Status, progress, challenges and a shared project.
  await boligtorg.getByRole('radio', { name: 'Videreført' }).check();
  // Progress is a whole percent; the form's box is shown beside it.
  const progress = boligtorg.getByLabel('Framdrift');
  await progress.fill('72,5');
  await progress.blur();
  await expect(
    boligtorg.getByText('Skriv framdriften som et helt tall, for eksempel 73.'),
  ).toBeVisible();
  await progress.fill('70');
  await expect(boligtorg.getByText('i skjemaet 75 %')).toBeVisible();
  await expect(boligtorg.getByText(/helt tall, for eksempel 73/)).toHaveCount(0);
  await boligtorg.getByLabel('Særlige utfordringer').fill('Få ledige lokaler');
  await boligtorg.getByLabel('Korrigerende tiltak').fill('Bruke bibliotekets lokaler');
  await boligtorg.getByRole('checkbox', { name: /Felles prosjekt/ }).check();
  await boligtorg.getByLabel('Ansvarlig for det felles prosjektet').fill('Bydel Alna');

  // Move within the area with Alt+arrow keys.
  await boligtorg.getByLabel('Kode').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(one.locator('.measure-code').first()).toHaveText('1B');
  await expect(boligtorg.getByLabel('Kode')).toBeFocused();

  // Move to another focus area: the next free code there; the old area keeps its codes.
  await boligtorg
    .getByLabel('Satsningsområde', { exact: true })
    .selectOption({ label: '2 Tilgjengelige og økonomiske boligvirkemidler' });
  await expect(
    area(page, '2').getByRole('button', { name: '2B Boligtorg i bydelen' }),
  ).toBeVisible();
  await expect(one.getByRole('button', { name: '1C Felles boligkontor' })).toBeVisible();
  await page.getByRole('button', { name: '2B Boligtorg i bydelen' }).click();

  // Drag a measure onto another focus area with the mouse.
  await one
    .locator('.measure-item__row', { hasText: 'Felles boligkontor' })
    .dragTo(area(page, '3').getByRole('heading', { level: 2 }));
  await expect(
    area(page, '3').getByRole('button', { name: '3A Felles boligkontor' }),
  ).toBeVisible();
  await expect(one.getByRole('button', { name: /^1A Kartlegge/ })).toBeVisible();

  // Renumbering is explicit, and can be undone.
  await addMeasure(page, '2', { title: 'Bostøtteveiledning' });
  await area(page, '2').getByRole('button', { name: '2A Startlån til barnefamilier' }).click();
  const startlan = editorOf(page, 'Startlån til barnefamilier');
  await startlan.getByRole('button', { name: 'Slett tiltaket' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'er slettet' })
    .getByRole('button', { name: 'Skjul' })
    .click();
  await expect(area(page, '2').locator('.measure-code')).toHaveText(['2B', '2C']);
  await area(page, '2').getByRole('button', { name: 'Nummerer tiltakene på nytt' }).click();
  await expect(area(page, '2').locator('.measure-code')).toHaveText(['2A', '2B']);
  await page
    .getByRole('status')
    .filter({ hasText: 'nummerert på nytt' })
    .getByRole('button', { name: 'Angre' })
    .click();
  await expect(area(page, '2').locator('.measure-code')).toHaveText(['2B', '2C']);
  // Undo once more brings the deleted measure back.
  await page.keyboard.press('Control+z');
  await expect(area(page, '2').locator('.measure-code')).toHaveText(['2A', '2B', '2C']);

  // The table of all measures.
  await page.getByRole('button', { name: 'Alle tiltak i tabell' }).click();
  const table = page.getByRole('table', { name: 'Alle tiltak' });
  await expect(page.getByText('Viser 5 av 5 tiltak')).toBeVisible();
  await expectNoAxeViolations(page, 'alle tiltak');
  // Rows the filter hides stay in the page (hidden), so read the rows as the user gets them.
  const rows = table.getByRole('row');
  const codes = rows.locator('.measure-row__code');
  await expect(codes).toHaveText(['1A', '2A', '2B', '2C', '3A']);

  const titleHeader = table.getByRole('columnheader', { name: /Tiltak/ });
  await titleHeader.getByRole('button').click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.locator('.row-button')).toHaveText([
    'Boligtorg i bydelen',
    'Bostøtteveiledning',
    'Felles boligkontor',
    'Kartlegge behovet for tilrettelagte boliger',
    'Startlån til barnefamilier',
  ]);
  await titleHeader.getByRole('button').click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.locator('.row-button').first()).toHaveText('Startlån til barnefamilier');
  await table
    .getByRole('columnheader', { name: /Ansvarlig/ })
    .getByRole('button')
    .click();
  await expect(titleHeader).not.toHaveAttribute('aria-sort');

  await page
    .getByLabel('Satsningsområde', { exact: true })
    .selectOption({ label: '2 Tilgjengelige og økonomiske boligvirkemidler' });
  await expect(page.getByText('Viser 3 av 5 tiltak')).toBeVisible();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Videreført' });
  await expect(page.getByText('Viser 1 av 5 tiltak')).toBeVisible();
  await page.getByRole('button', { name: 'Nullstill filtrene' }).first().click();
  await page.getByLabel('Målgruppe').selectOption({ label: 'Eldre' });
  await expect(codes).toHaveText(['1A']);
  await page.getByLabel('Målgruppe').selectOption({ label: 'Alle' });
  await page.getByLabel('Strategi').selectOption({ label: '3 EIERSKAP' });
  await expect(codes).toHaveText(['2A']);
  await page.getByLabel('Strategi').selectOption({ label: 'Alle' });
  await page.getByLabel('Ansvarlig', { exact: true }).selectOption({ label: 'NAV' });
  await expect(codes).toHaveText(['2B']);
  await page.getByLabel('Ansvarlig', { exact: true }).selectOption({ label: 'Uten ansvarlig' });
  await expect(codes).toHaveText(['2C']);
  await page.getByLabel('Ansvarlig', { exact: true }).selectOption({ label: 'Alle' });
  await page.getByLabel('Søk i tiltakene').fill('bolig');
  await expect(page.getByText('Viser 3 av 5 tiltak')).toBeVisible();
  await page.getByLabel('Søk i tiltakene').fill('finnes ikke');
  await expect(page.getByText('Ingen tiltak passer med filtrene.')).toBeVisible();
  await expect(page.getByText('Viser 0 av 5 tiltak')).toBeVisible();
  await expectNoAxeViolations(page, 'alle tiltak, tomt filter');
  await page.getByRole('button', { name: 'Nullstill filtrene' }).first().click();
  await expect(page.getByText('Viser 5 av 5 tiltak')).toBeVisible();

  // The detail panel: open with Enter, edit, and the row follows.
  await table.getByRole('button', { name: 'Boligtorg i bydelen' }).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Tiltak 2B' });
  await expect(panel.getByRole('heading', { name: 'Tiltak 2B' })).toBeFocused();
  await expect(panel.getByLabel('Særlige utfordringer')).toHaveValue('Få ledige lokaler');
  await panel
    .getByRole('textbox', { name: 'Tittel', exact: true })
    .fill('Boligtorg på biblioteket');
  await expect(table.getByRole('button', { name: 'Boligtorg på biblioteket' })).toBeVisible();
  await panel.getByLabel('Forventet resultat').fill('200 besøk i året');
  await expectNoAxeViolations(page, 'detaljpanel');

  // Delete from the panel, and undo.
  await panel.getByRole('button', { name: 'Slett tiltaket' }).click();
  await expect(page.getByText('Viser 4 av 5 tiltak')).toHaveCount(0);
  await expect(page.getByText('Viser 4 av 4 tiltak')).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'er slettet' });
  await expect(notice).toContainText('Tiltak 2B «Boligtorg på biblioteket» er slettet.');
  await notice.getByRole('button', { name: 'Angre' }).click();
  await expect(page.getByText('Viser 5 av 5 tiltak')).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Tiltak 2B' })).toBeFocused();
  await expectAllSaved(page);

  // Everything is still there after a reload.
  await reopen(page, planTitle);
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: 'Per satsningsområde' }).click();
  await expect(area(page, '1').locator('.measure-code')).toHaveText(['1A']);
  await expect(area(page, '2').locator('.measure-code')).toHaveText(['2A', '2B', '2C']);
  await expect(area(page, '3').locator('.measure-code')).toHaveText(['3A']);
  await page.getByRole('button', { name: '2B Boligtorg på biblioteket' }).click();
  const reloaded = editorOf(page, 'Boligtorg på biblioteket');
  await expect(reloaded.getByLabel('Ansvarlig', { exact: true })).toHaveValue(/^partner:/);
  await expect(reloaded.getByLabel('Start', { exact: true })).toHaveValue('01.03.2027');
  await expect(reloaded.getByLabel('Slutt', { exact: true })).toHaveValue('30.06.2028');
  await expect(reloaded.getByRole('radio', { name: 'Videreført' })).toBeChecked();
  await expect(reloaded.getByLabel('Framdrift')).toHaveValue('70');
  await expect(
    reloaded.getByRole('checkbox', { name: 'Flyktninger som bosettes for første gang' }),
  ).toBeChecked();
  await expect(reloaded.getByLabel('Ansvarlig for det felles prosjektet')).toHaveValue(
    'Bydel Alna',
  );
  await expect(reloaded.getByLabel('Forventet resultat')).toHaveValue('200 besøk i året');
  await page.getByRole('button', { name: /^1A Kartlegge/ }).click();
  const first = editorOf(page, 'Kartlegge behovet for tilrettelagte boliger');
  await expect(first.getByRole('checkbox', { name: 'Unge og unge voksne' })).toBeChecked();
  await expect(first.getByRole('checkbox', { name: 'Eldre' })).toBeChecked();
  await expect(first.getByRole('checkbox', { name: '1 KUNNSKAP' })).toBeChecked();
  await expect(measureToggle(page, /^1A Kartlegge/)).toHaveCount(1);
});

test('focus areas: add, rename, strategies, goals, reorder and delete with a choice', async ({
  page,
}) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for satsningsområder'));
  await goTo(page, 'Satsningsområder og tiltak');

  await page.getByRole('button', { name: 'Legg til satsningsområde' }).click();
  const title = page.getByRole('textbox', { name: 'Navn på satsningsområdet' }).last();
  await expect(title).toBeFocused();
  await title.fill('Boligsosialt arbeid for barn og unge');
  const six = area(page, '6');
  await expect(six.getByRole('heading', { level: 2 })).toHaveText(
    'Satsningsområde 6: Boligsosialt arbeid for barn og unge',
  );
  await six.getByRole('checkbox', { name: '5 BOMILJØ' }).check();
  // A main goal of the area's own (the sub-goal form above it is the main path, see
  // area-subgoals.spec.ts).
  await six.getByText('Hovedmål som bare gjelder dette satsningsområdet').click();
  await six.getByLabel('Nytt hovedmål for satsningsområdet').fill('Barn skal bo trygt');
  await six.getByRole('button', { name: 'Legg til hovedmål' }).click();
  await expect(
    six
      .getByRole('list', { name: 'Mål for satsningsområdet' })
      .getByText(/Hovedmål \d+: Barn skal bo trygt/),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'satsningsområde med detaljer');

  await addMeasure(page, '6', { title: 'Leksehjelp i borettslag' });
  await addMeasure(page, '6', { title: 'Ungdomsboliger' });

  // A new code carries over to the measure codes.
  await six.getByLabel('Kode', { exact: true }).first().fill('7');
  const seven = area(page, '7');
  await expect(seven.locator('.measure-code')).toHaveText(['7A', '7B']);

  // A copy gets a new code after the original, and goes away again with undo.
  await seven.getByRole('button', { name: '7A Leksehjelp i borettslag' }).click();
  await editorOf(page, 'Leksehjelp i borettslag')
    .getByRole('button', { name: 'Lag en kopi' })
    .click();
  await expect(seven.locator('.measure-code')).toHaveText(['7A', '7C', '7B']);
  await expect(
    editorOf(page, 'Leksehjelp i borettslag (kopi)').getByLabel('Tittel', { exact: true }),
  ).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(seven.locator('.measure-code')).toHaveText(['7A', '7B']);

  // Reorder: button and Alt+arrow.
  await seven.getByRole('button', { name: 'Flytt opp: satsningsområde 7' }).click();
  await expect(page.locator('.area-card__heading').nth(4)).toHaveText(/^Satsningsområde 7:/);
  await seven.getByRole('button', { name: 'Flytt opp: satsningsområde 7' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.locator('.area-card__heading').nth(3)).toHaveText(/^Satsningsområde 7:/);

  // Drag a focus area with the mouse onto the upper half of the one above it.
  const three = area(page, '3');
  await three.getByRole('heading', { level: 2 }).evaluate((el) => el.scrollIntoView());
  await seven
    .locator('.drag-handle--area')
    .dragTo(three.getByRole('heading', { level: 2 }), { targetPosition: { x: 5, y: 2 } });
  await expect(page.locator('.area-card__heading').nth(2)).toHaveText(/^Satsningsområde 7:/);

  // Deleting an area with measures asks what to do with them.
  await seven.getByRole('button', { name: 'Slett satsningsområde 7' }).click();
  const dialog = page.getByRole('alertdialog', { name: /Slette Satsningsområde 7/ });
  await expect(dialog).toContainText('Satsningsområdet har 2 tiltak.');
  await expectNoAxeViolations(page, 'slett satsningsområde');
  await dialog
    .getByLabel('Satsningsområdet tiltakene flyttes til')
    .selectOption({ label: 'Satsningsområde 4: Bomiljøarbeid i utsatte områder' });
  await dialog.getByRole('button', { name: 'Slett satsningsområdet' }).click();
  await expect(area(page, '7')).toHaveCount(0);
  await expect(area(page, '4').locator('.measure-code')).toHaveText(['4A', '4B']);
  const notice = page.getByRole('status').filter({ hasText: 'er slettet' });
  await expect(notice).toContainText('Tiltakene er flyttet til satsningsområde 4');
  await notice.getByRole('button', { name: 'Angre' }).click();
  await expect(area(page, '7').locator('.measure-code')).toHaveText(['7A', '7B']);

  // …or deletes them too.
  await area(page, '7').getByRole('button', { name: 'Slett satsningsområde 7' }).click();
  await page.getByRole('alertdialog').getByRole('radio', { name: 'Slett tiltakene også' }).check();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: 'Slett satsningsområdet' })
    .click();
  await expect(area(page, '7')).toHaveCount(0);
  await expect(area(page, '4').locator('.measure-code')).toHaveCount(0);
  await expectAllSaved(page);
});

test('links from Kvalitetssjekk open the measure and put the cursor in the field', async ({
  page,
}) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for lenketest'));
  await goTo(page, 'Satsningsområder og tiltak');
  await addMeasure(page, '1', { title: 'Boligtorg', start: '01.01.2027', end: '31.12.2027' });
  await addMeasure(page, '2', { title: 'Startlån', owner: 'NAV' });

  // In the focus-area view the measure is opened.
  await goTo(page, 'Kvalitetssjekk');
  await page.getByRole('link', { name: 'Tiltak 1A «Boligtorg» mangler ansvarlig.' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Satsningsområder og tiltak' }),
  ).toBeVisible();
  await expect(editorOf(page, 'Boligtorg').getByLabel('Ansvarlig', { exact: true })).toBeFocused();

  // In the table view it is selected, even when the filters hid it.
  await page.getByRole('button', { name: 'Alle tiltak i tabell' }).click();
  await page.getByLabel('Søk i tiltakene').fill('Startlån');
  await expect(page.getByText('Viser 1 av 2 tiltak')).toBeVisible();
  await goTo(page, 'Kvalitetssjekk');
  await page
    .getByRole('link', { name: 'Tiltak 1A «Boligtorg» mangler forventet resultat.' })
    .click();
  const panel = page.getByRole('region', { name: 'Tiltak 1A' });
  await expect(panel.getByLabel('Forventet resultat')).toBeFocused();
  await expect(page.getByText('Viser 2 av 2 tiltak')).toBeVisible();
});
