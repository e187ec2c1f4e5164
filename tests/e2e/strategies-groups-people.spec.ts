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
import { openOsloPlanWithMeasures } from './support/plan-with-measures';

const strategyHeadings = (page: Page) =>
  page.getByRole('list', { name: 'Strategier' }).locator(':scope > li h3');

/** Drags an item by its handle so that it lands above `target`. */
async function dragAbove(page: Page, handle: Locator, target: Locator) {
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, to.y + 8, { steps: 10 });
  await page.mouse.up();
}

test('strategies: add, link to goals, reorder, trace, delete with undo, and keep after reload', async ({
  page,
}) => {
  const title = uniqueTitle('Plan med strategier');
  await createPlan(page, OSLO_TEMPLATE, title);
  await goTo(page, 'Strategier');
  await expect(page.getByRole('tab', { name: /Strategier \(5\)/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expectNoAxeViolations(page, 'Strategier');

  // A new strategy gets the next number and the cursor lands in its title.
  await page.getByRole('button', { name: 'Legg til strategi' }).click();
  const newStrategy = page.getByRole('article', { name: 'Strategi 6' });
  await expect(newStrategy.getByLabel('Tittel')).toBeFocused();
  await expect(newStrategy.getByLabel('Nummer eller bokstav')).toHaveValue('6');
  await page.keyboard.type('SAMARBEID');
  const samarbeid = page.getByRole('article', { name: 'Strategi 6: SAMARBEID' });
  await samarbeid.getByLabel('Beskrivelse').fill('Etatene jobber sammen om hver enkelt husstand.');
  await expect(samarbeid.getByText('Ikke knyttet til noe mål ennå')).toBeVisible();
  await expect(samarbeid.getByText('Ingen tiltak bruker denne strategien ennå')).toBeVisible();

  // Link it to a sub-goal and a focus area's main goal in the goal tree.
  await samarbeid.getByRole('button', { name: 'Velg mål for strategi 6 …' }).click();
  await samarbeid.getByRole('checkbox', { name: /^Delmål 1\.2 / }).check();
  await samarbeid.getByRole('checkbox', { name: /^Hovedmål 6 / }).check();
  await expect(
    samarbeid.getByRole('group', { name: 'Satsningsområde 3: Individuell oppfølging i bomiljø' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'Strategier med målvalg åpent');
  await samarbeid.getByRole('button', { name: 'Lukk listen over mål' }).click();
  await expect(samarbeid.getByRole('link', { name: /^Delmål 1\.2 «/ })).toBeVisible();
  await expect(samarbeid.getByRole('link', { name: /^Hovedmål 6 «/ })).toBeVisible();

  // Alt+ArrowUp moves it up one place, keeping the cursor where it was.
  await samarbeid.getByLabel('Tittel').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(strategyHeadings(page)).toHaveText([
    'Strategi 1: KUNNSKAP',
    'Strategi 2: PRIORITERINGER',
    'Strategi 3: EIERSKAP',
    'Strategi 4: BOLIGMASSE',
    'Strategi 6: SAMARBEID',
    'Strategi 5: BOMILJØ',
  ]);
  await expect(samarbeid.getByLabel('Tittel')).toBeFocused();

  // Dragging with the mouse: PRIORITERINGER above KUNNSKAP.
  const first = page.locator('[data-entity-id="str-kunnskap"]');
  await first.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await dragAbove(
    page,
    page.locator('[data-entity-id="str-prioriteringer"]').getByTitle('Dra for å flytte'),
    first,
  );
  await expect(strategyHeadings(page).first()).toHaveText('Strategi 2: PRIORITERINGER');

  // Delete a strategy that focus areas use, then undo.
  await page.getByRole('button', { name: 'Slett strategi 1' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'er slettet' });
  await expect(notice).toContainText(
    'Strategi 1: KUNNSKAP er slettet og tatt ut av 4 satsningsområder.',
  );
  await expect(page.getByRole('article', { name: 'Strategi 1: KUNNSKAP' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'Strategi slettet');
  await notice.getByRole('button', { name: 'Angre' }).click();
  await expect(page.getByRole('article', { name: 'Strategi 1: KUNNSKAP' })).toBeVisible();

  // Sporbarhet: the tabs work with the arrow keys; loose ends first, and links back.
  await page.getByRole('tab', { name: /Strategier/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Sporbarhet/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /Sporbarhet/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const loose = page.getByRole('region', { name: /^Ikke knyttet til et mål/ });
  await expect(loose).toContainText('Mål som ingen strategi eller tiltak støtter');
  await expect(loose.getByRole('link', { name: /^Hovedmål 4 «/ })).toBeVisible();
  await expect(loose.getByRole('link', { name: /^Hovedmål 6 «/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'Sporbarhet');
  await page.getByRole('tabpanel').getByRole('link', { name: '6 SAMARBEID' }).first().click();
  await expect(page.getByRole('tab', { name: /Strategier/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('article', { name: 'Strategi 6: SAMARBEID' })).toBeFocused();

  // Visjon og mål shows, under the goal, what serves it.
  await goTo(page, 'Visjon og mål');
  // The template's eight goals are shown folded: open the first.
  await page.getByRole('button', { name: /^Hovedmål 1 /, expanded: false }).click();
  // The innermost goal holder around the heading (the main goal's holds it too).
  const sub12 = page
    .locator('[data-entity-id]')
    .filter({ has: page.getByRole('heading', { name: 'Delmål 1.2', exact: true }) })
    .last();
  await expect(sub12.getByText('Dette målet støttes av')).toBeVisible();
  await sub12.getByRole('link', { name: '6 SAMARBEID' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategier' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Strategi 6: SAMARBEID' })).toBeFocused();

  await expectAllSaved(page);
  await reopen(page, title);
  await goTo(page, 'Strategier');
  await expect(strategyHeadings(page)).toHaveText([
    'Strategi 2: PRIORITERINGER',
    'Strategi 1: KUNNSKAP',
    'Strategi 3: EIERSKAP',
    'Strategi 4: BOLIGMASSE',
    'Strategi 6: SAMARBEID',
    'Strategi 5: BOMILJØ',
  ]);
  const reopened = page.getByRole('article', { name: 'Strategi 6: SAMARBEID' });
  await expect(reopened.getByLabel('Beskrivelse')).toHaveValue(
    'Etatene jobber sammen om hver enkelt husstand.',
  );
  await expect(reopened.getByRole('link', { name: /^Delmål 1\.2 «/ })).toBeVisible();
});

test('target groups: add, reorder, delete with undo, and the matrix shows measures and gaps', async ({
  page,
  request,
}) => {
  const title = uniqueTitle('Plan med tiltak og målgrupper');
  await openOsloPlanWithMeasures(page, request, title);
  await goTo(page, 'Målgrupper');
  await expectNoAxeViolations(page, 'Målgrupper');

  const matrix = page.getByRole('table', { name: 'Tiltak per målgruppe og satsningsområde' });
  await expect(matrix.getByRole('columnheader')).toHaveCount(6);
  await expect(matrix.getByRole('rowheader')).toHaveCount(7);
  await expect(page.getByText('27 av 35 ruter mangler tiltak.')).toBeVisible();
  const institution = matrix.getByRole('row', { name: /^Personer som skal ut fra institusjon/ });
  await expect(institution.getByRole('cell')).toHaveText([
    '1A Boligtorg',
    'Ingen tiltak',
    '3A Booppfølging etter utskriving',
    'Ingen tiltak',
    'Ingen tiltak',
  ]);
  await expect(matrix.getByRole('row', { name: /^Eldre/ }).getByRole('cell')).toHaveText(
    Array(5).fill('Ingen tiltak'),
  );

  // A new target group is a row of gaps.
  await page.getByRole('button', { name: 'Legg til målgruppe' }).click();
  await expect(page.getByRole('textbox', { name: 'Navn på målgruppen' }).last()).toBeFocused();
  await page.keyboard.type('Store barnefamilier');
  const family = page.getByRole('article', { name: 'Store barnefamilier' });
  await family.getByLabel('Beskrivelse').fill('Familier med mer enn fire barn.');
  await expect(family.getByText('Ingen tiltak retter seg mot gruppen ennå')).toBeVisible();
  await expect(page.getByText('32 av 40 ruter mangler tiltak.')).toBeVisible();
  await expect(matrix.getByRole('rowheader').last()).toHaveText('Store barnefamilier');
  await family.getByRole('button', { name: 'Flytt opp: målgruppen Store barnefamilier' }).click();
  await expect(matrix.getByRole('rowheader').nth(6)).toHaveText('Store barnefamilier');

  // Deleting a group a measure serves, then undoing.
  await page.getByRole('button', { name: 'Slett målgruppen Unge og unge voksne' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'er slettet' });
  await expect(notice).toContainText(
    'Målgruppen «Unge og unge voksne» er slettet og tatt ut av 1 tiltak.',
  );
  await expect(matrix.getByRole('rowheader')).toHaveCount(7);
  await notice.getByRole('button', { name: 'Angre' }).click();
  await expect(matrix.getByRole('rowheader')).toHaveCount(8);
  await expect(
    matrix.getByRole('row', { name: /^Unge og unge voksne/ }).getByRole('link', {
      name: '2A Startlån til leietakere',
    }),
  ).toBeVisible();

  // Kvalitetssjekk's links land on the target group and the strategy, with focus there.
  await goTo(page, 'Kvalitetssjekk');
  await page.getByRole('link', { name: /målgruppen «Eldre»/ }).click();
  await expect(page.getByRole('article', { name: 'Eldre' })).toBeFocused();
  await goTo(page, 'Kvalitetssjekk');
  await page.getByRole('link', { name: /Strategien «BOLIGMASSE»/ }).click();
  await expect(page.getByRole('article', { name: 'Strategi 4: BOLIGMASSE' })).toBeFocused();

  // A link in a matrix cell opens the measure.
  await goTo(page, 'Målgrupper');
  await institution.getByRole('link', { name: '1A Boligtorg' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Satsningsområder og tiltak' }),
  ).toBeVisible();

  await expectAllSaved(page);
  await reopen(page, title);
  await goTo(page, 'Målgrupper');
  await expect(matrix.getByRole('rowheader').nth(6)).toHaveText('Store barnefamilier');
  await expect(
    page.getByRole('article', { name: 'Store barnefamilier' }).getByLabel('Beskrivelse'),
  ).toHaveValue('Familier med mer enn fire barn.');
});

test('people and partners: add, refuse a bad e-mail, show use, delete a used person with undo', async ({
  page,
  request,
}) => {
  const title = uniqueTitle('Plan med personer');
  await openOsloPlanWithMeasures(page, request, title);
  await goTo(page, 'Personer og partnere');
  await expectNoAxeViolations(page, 'Personer og partnere');

  const people = page.getByRole('list', { name: 'Personer' });
  const marte = people.getByRole('article', { name: 'Marte Fjellheim' });
  await expect(marte).toContainText(
    'Programleder for planen; ansvarlig for tiltak 1A, 4A; med i «Styringsgruppe»',
  );

  // A new person: an e-mail address that is not one is refused, and the draft is kept.
  await page.getByRole('button', { name: 'Legg til person' }).click();
  const form = page.getByRole('form', { name: 'Ny person' });
  await expect(form.getByLabel('Navn')).toBeFocused();
  await form.getByLabel('Navn').fill('Åsmund Ødegård');
  await form.getByLabel('Stillingstittel').fill('Boligkonsulent');
  await form.getByLabel('E-post').fill('asmund@');
  await form.getByRole('button', { name: 'Legg til person' }).click();
  await expect(form.getByText('«asmund@» ser ikke ut som en e-postadresse.')).toBeVisible();
  await expect(form.getByLabel('E-post')).toBeFocused();
  await expect(form.getByLabel('Navn')).toHaveValue('Åsmund Ødegård');
  await expectNoAxeViolations(page, 'Ny person med feil e-post');
  await form.getByLabel('E-post').fill('asmund.odegard@eksempel.no');
  await form.getByRole('button', { name: 'Legg til person' }).click();
  await expect(form).toHaveCount(0);
  const asmund = people.getByRole('article', { name: 'Åsmund Ødegård' });
  await expect(asmund).toBeFocused();
  await expect(asmund).toContainText('asmund.odegard@eksempel.no');
  // Sorted the Norwegian way: Ø, then Å (Åse before Åsmund).
  await expect(people.getByRole('heading').last()).toHaveText('Åsmund Ødegård');
  await expect(people.getByRole('heading').nth(-2)).toHaveText('Åse Nygård');

  // A new partner with Åsmund as contact person.
  await page.getByRole('button', { name: 'Legg til samarbeidspartner' }).click();
  const partnerForm = page.getByRole('form', { name: 'Ny samarbeidspartner' });
  await partnerForm.getByLabel('Navn').fill('Kirkens Bymisjon');
  await partnerForm.getByLabel('Beskrivelse').fill('Driver møteplasser og gir råd.');
  await partnerForm.getByRole('radio', { name: /Holdes informert/ }).check();
  await partnerForm
    .getByLabel('Kontaktperson')
    .selectOption({ label: 'Åsmund Ødegård, Boligkonsulent' });
  await expectNoAxeViolations(page, 'Ny samarbeidspartner');
  await partnerForm.getByRole('button', { name: 'Legg til samarbeidspartner' }).click();
  const bymisjon = page.getByRole('list', { name: 'Samarbeidspartnere' }).getByRole('article', {
    name: 'Kirkens Bymisjon',
  });
  await expect(bymisjon).toContainText('Holdes informert');
  await expect(bymisjon.getByRole('link', { name: 'Åsmund Ødegård' })).toBeVisible();
  await expect(asmund).toContainText('Kontaktperson for Kirkens Bymisjon');

  // Deleting a used person says where and what happens, and can be undone.
  await marte.getByRole('button', { name: 'Slett Marte Fjellheim' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Slette Marte Fjellheim?' });
  await expect(dialog).toContainText('Ansvarlig for tiltak 1A, 4A: Tiltakene får ingen ansvarlig.');
  await expect(dialog).toContainText('Programleder for planen: Planen får ingen programleder.');
  await expect(dialog).toContainText('Med i «Styringsgruppe»');
  await expectNoAxeViolations(page, 'Slette person som er i bruk');
  await dialog.getByRole('button', { name: 'Slett personen' }).click();
  await expect(marte).toHaveCount(0);
  const notice = page.getByRole('status').filter({ hasText: 'er slettet' });
  await expect(notice).toContainText('Marte Fjellheim er slettet');
  await expect(notice.getByRole('button', { name: 'Angre' })).toBeFocused();
  await notice.getByRole('button', { name: 'Angre' }).click();
  await expect(marte).toContainText('ansvarlig for tiltak 1A, 4A');
  await expect(marte.getByRole('button', { name: 'Endre Marte Fjellheim' })).toBeFocused();

  // Deleting Åsmund leaves the partner without a contact person.
  await asmund.getByRole('button', { name: 'Slett Åsmund Ødegård' }).click();
  await expect(page.getByRole('alertdialog')).toContainText(
    'Kontaktperson for Kirkens Bymisjon: Partneren får ingen kontaktperson.',
  );
  await page.getByRole('button', { name: 'Slett personen' }).click();
  await expect(bymisjon).toContainText('Kontaktperson: ikke valgt');

  // Editing keeps a draft until Lagre.
  await page.getByRole('button', { name: 'Endre Åse Nygård' }).click();
  const edit = page.getByRole('form', { name: 'Endre Åse Nygård' });
  await edit.getByLabel('Telefon').fill('22 33 44 55');
  await edit.getByRole('button', { name: 'Lagre' }).click();
  await expect(people.getByRole('article', { name: 'Åse Nygård' })).toContainText('22 33 44 55');

  await expectAllSaved(page);
  await reopen(page, title);
  await goTo(page, 'Personer og partnere');
  await expect(people.getByRole('article', { name: 'Åsmund Ødegård' })).toHaveCount(0);
  await expect(marte).toContainText('ansvarlig for tiltak 1A, 4A');
  await expect(bymisjon).toContainText('Holdes informert');
  await expect(bymisjon).toContainText('Kontaktperson: ikke valgt');
  await expect(people.getByRole('article', { name: 'Åse Nygård' })).toContainText('22 33 44 55');
});
