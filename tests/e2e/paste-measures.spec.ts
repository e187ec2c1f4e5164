import { expect, test, type Locator, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { expectAllSaved, goTo, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures } from './support/plan-with-measures';

// Rows copied from Excel: tab-separated, a cell with a line break in quotes. The first row is
// the activity plan's headings; 1A is taken in the plan (Boligtorg), NAV and Boligbygg exist
// (in other letter case), Bydel Fjellstad does not; the owner is a body of the organisation.
const EXCEL_TEXT = [
  'Kode\tTiltak\tBeskrivelse\tPeriode\tSamarbeidspartnere\tAnsvarlig',
  '1C\tBostøttesjekk\t"Gå gjennom bostøtten\nmed alle leietakere"\t2013–2014\tnav, Bydel Fjellstad\tstyringsgruppe',
  '1A\tLeietakerskole\t\tjuni 2014\tboligbygg oslo kf\t',
  '\tVenteliste for kommunale boliger\t\tLøpende\t\t',
  '',
].join('\r\n');

// Word gives an HTML table (and plain text where a two-paragraph cell cannot be told from rows).
const WORD_HTML =
  '<html><body><!--StartFragment--><table class=MsoTableGrid>' +
  '<tr><td><p class=MsoNormal><b>Tiltak</b></p></td><td><p class=MsoNormal><b>Oppstart</b></p></td></tr>' +
  '<tr><td><p class=MsoNormal>Husbankdag</p><p class=MsoNormal>for&nbsp;ansatte</p></td><td><p class=MsoNormal>2015</p></td></tr>' +
  '</table><!--EndFragment--></body></html>';

/** What the app gets when the user presses Ctrl+V with focus on `target`. */
async function paste(target: Locator, text: string, html = '') {
  await target.evaluate(
    (element, data) => {
      const clipboard = new DataTransfer();
      clipboard.setData('text/plain', data.text);
      if (data.html) clipboard.setData('text/html', data.html);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }),
      );
    },
    { text, html },
  );
}

const areaCard = (page: Page, code: string) =>
  page.locator('.area-card').filter({
    has: page.getByRole('heading', { level: 2, name: new RegExp(`^Satsningsområde ${code}:`) }),
  });

test('rows pasted from Excel become measures after a preview, in one undo step', async ({
  page,
  request,
}) => {
  await openOsloPlanWithMeasures(page, request, uniqueTitle('Lim inn tiltak'));
  await goTo(page, 'Satsningsområder og tiltak');
  const area = areaCard(page, '1');
  await expect(area.getByRole('heading', { name: 'Tiltak (2)' })).toBeVisible();

  // Ctrl+V in a text field pastes text there, not rows.
  await page.locator('#measure-m-1a-toggle').click();
  const titleField = page.locator('#measure-m-1a-title');
  await paste(titleField, EXCEL_TEXT);
  const dialog = page.getByRole('dialog', { name: 'Lim inn tiltak fra Word eller Excel' });
  await expect(titleField).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await page.locator('#measure-m-1a-toggle').click();

  // Anywhere else in the measures it takes rows.
  const addButton = area.getByRole('button', { name: 'Legg til tiltak i satsningsområde 1' });
  await addButton.focus();
  await paste(addButton, EXCEL_TEXT);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('4 rader er lest inn.')).toBeVisible();
  await expect(dialog.getByLabel('Første rad er overskrifter')).toBeChecked();
  await expect(dialog.getByLabel('Satsningsområde', { exact: true })).toHaveValue('fa-1');
  const column = (n: number, heading: string) =>
    dialog.getByRole('combobox', { name: `Kolonne ${n} («${heading}»)` });
  await expect(column(1, 'Kode')).toHaveValue('code');
  await expect(column(2, 'Tiltak')).toHaveValue('title');
  await expect(column(3, 'Beskrivelse')).toHaveValue('description');
  await expect(column(4, 'Periode')).toHaveValue('start');
  await expect(column(5, 'Samarbeidspartnere')).toHaveValue('partners');
  await expect(column(6, 'Ansvarlig')).toHaveValue('owner');

  const summary = dialog.getByRole('status');
  await expect(summary).toContainText(
    '3 tiltak i Satsningsområde 1: Egnede boliger for vanskeligstilte.',
  );
  await expect(summary).toContainText('1 ny samarbeidspartner blir opprettet: Bydel Fjellstad.');
  const rows = dialog.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0).getByRole('columnheader')).toHaveText([
    'Rad',
    'Kode',
    'Tiltak',
    'Beskrivelse',
    'Periode',
    'Samarbeidspartnere',
    'Ansvarlig',
  ]);
  await expect(rows.nth(1).getByRole('cell')).toHaveText([
    '2',
    '1C',
    'Bostøttesjekk',
    'Gå gjennom bostøtten\nmed alle leietakere',
    '2013–2014',
    'NAV, Bydel Fjellstad',
    'Styringsgruppe',
  ]);
  await expect(rows.nth(2).getByRole('cell')).toHaveText([
    '3',
    '1D',
    'Leietakerskole',
    '',
    'juni 2014 – …',
    'Boligbygg Oslo KF',
    '',
  ]);
  await expect(rows.nth(3).getByRole('cell').nth(1)).toHaveText('1E');
  const problems = dialog.getByRole('region', { name: /Merknader/ }).getByRole('listitem');
  await expect(problems).toHaveText([
    'Rad 3: Koden «1A» er allerede brukt; tiltaket får koden 1D.',
    'Rad 4: «Løpende» er ikke en dato; tiltaket får ingen startdato.',
  ]);
  await expectNoAxeViolations(page, 'Lim inn tiltak – forhåndsvisning');

  // Keyboard only: a column left out, the table follows; Tab stays in the dialog.
  await column(3, 'Beskrivelse').focus();
  await column(3, 'Beskrivelse').selectOption({ label: 'Ikke bruk' });
  await expect(rows.nth(0).getByRole('columnheader')).not.toContainText(['Beskrivelse']);
  await column(3, 'Beskrivelse').selectOption({ label: 'Beskrivelse' });

  await dialog.getByRole('button', { name: 'Opprett 3 tiltak' }).press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(area.getByRole('heading', { name: 'Tiltak (5)' })).toBeVisible();
  const items = area.locator('.measure-list > li');
  await expect(items).toHaveCount(5);
  await expect(items.nth(2)).toContainText('1C');
  await expect(items.nth(2)).toContainText('Bostøttesjekk');
  await expect(items.nth(3)).toContainText('Leietakerskole');
  await expect(items.nth(4)).toContainText('Venteliste for kommunale boliger');
  const undo = page.locator('#main').getByRole('button', { name: 'Angre' });
  await expect(page.getByText('3 tiltak er lagt inn i satsningsområde 1.')).toBeVisible();
  await expect(undo).toBeFocused();
  await expectAllSaved(page);

  // The new partner is in the directory, the measure uses it.
  await goTo(page, 'Personer og partnere');
  await expect(page.getByText('Bydel Fjellstad').first()).toBeVisible();

  // One undo step takes back the measures and the partner.
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Bydel Fjellstad')).toHaveCount(0);
  await goTo(page, 'Satsningsområder og tiltak');
  await expect(area.getByRole('heading', { name: 'Tiltak (2)' })).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(area.getByRole('heading', { name: 'Tiltak (5)' })).toBeVisible();
});

test('the button takes a paste from Word into a field; Escape changes nothing', async ({
  page,
  request,
}) => {
  await openOsloPlanWithMeasures(page, request, uniqueTitle('Lim inn fra Word'));
  await goTo(page, 'Satsningsområder og tiltak');
  const area = areaCard(page, '2');
  const button = area.getByRole('button', { name: 'Lim inn fra Word/Excel …' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Lim inn tiltak fra Word eller Excel' });
  const field = dialog.getByRole('textbox', { name: 'Rader fra Word eller Excel' });
  await expect(field).toBeFocused();
  await expectNoAxeViolations(page, 'Lim inn tiltak – lim inn her');

  // Empty: the dialog says what to do.
  await dialog.getByRole('button', { name: 'Vis tiltakene' }).click();
  await expect(dialog.getByText('Feltet er tomt.', { exact: false })).toBeVisible();

  await paste(field, 'Tiltak\tOppstart\nHusbankdag\nfor ansatte\t2015', WORD_HTML);
  await expect(dialog.getByLabel('Satsningsområde', { exact: true })).toHaveValue('fa-2');
  const rows = dialog.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole('cell')).toHaveText([
    '2',
    '2B',
    'Husbankdag for ansatte',
    '2015–…',
  ]);
  // Into another focus area instead: the codes follow.
  await dialog.getByLabel('Satsningsområde', { exact: true }).selectOption('fa-5');
  await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('5A');

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(area.getByRole('heading', { name: 'Tiltak (1)' })).toBeVisible();

  // The table of all measures takes rows too, into the first focus area unless one is selected.
  await page.getByRole('button', { name: 'Alle tiltak i tabell' }).click();
  await expect(page.getByText('Viser 5 av 5 tiltak')).toBeVisible();
  const tableButton = page.getByRole('button', { name: 'Lim inn fra Word/Excel …' });
  await tableButton.focus();
  await paste(tableButton, 'Felles boligkontor\t2016-2018');
  await expect(dialog.getByLabel('Satsningsområde', { exact: true })).toHaveValue('fa-1');
  await expect(dialog.getByLabel('Første rad er overskrifter')).not.toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Kolonne 2 («2016-2018»)' })).toHaveValue(
    'start',
  );
  await dialog.getByRole('button', { name: 'Opprett 1 tiltak' }).click();
  await expect(page.getByText('Viser 6 av 6 tiltak')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Felles boligkontor' })).toContainText('1C');
});
