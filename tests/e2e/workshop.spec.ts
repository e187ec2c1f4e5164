import { expect, test, type Locator, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { createPlan, expectAllSaved, goTo, OSLO_TEMPLATE, uniqueTitle } from './support/plan-steps';

// A scripted workshop on the projector board, with the keyboard and the mouse: 12 ideas in two
// focus areas, one moved, two merged, votes, owners, the top five promoted to measures; the plan
// then holds exactly those five measures with owners, the rest are workshop notes, a reload keeps
// everything, and the whole workshop can be undone (and that undone again).

const AREA_1 = '1 Egnede boliger for vanskeligstilte';
const AREA_2 = '2 Tilgjengelige og økonomiske boligvirkemidler';

const stageOf = (page: Page) => page.locator('.ws-stage');
const column = (page: Page, name: string) => stageOf(page).getByRole('region', { name });
const card = (page: Page, name: string | RegExp) =>
  stageOf(page).getByRole('group', { name: typeof name === 'string' ? name : name });
const cardTexts = (col: Locator) => col.locator('.ws-card__text');

async function capture(page: Page, area: string, ideas: string[]) {
  await stageOf(page).getByLabel('Kolonne').selectOption({ label: area });
  const idea = stageOf(page).getByLabel('Ny idé');
  for (const text of ideas) {
    await idea.fill(text);
    await idea.press('Enter');
    await expect(idea).toHaveValue('');
  }
}

async function vote(page: Page, name: string | RegExp, times: number) {
  await card(page, name).focus();
  for (let i = 0; i < times; i++) await page.keyboard.press('+');
}

/** Two keystrokes: «e» then the number shown beside the person (the list is shown between). */
async function assignOwner(page: Page, name: string | RegExp, key: string, who: string) {
  await card(page, name).focus();
  await page.keyboard.press('e');
  const picker = stageOf(page).getByRole('region', { name: /^Ansvarlig for/ });
  await expect(picker.getByRole('button', { name: new RegExp(`^${key} ${who}`) })).toBeVisible();
  await page.keyboard.press(key);
  await expect(picker).toHaveCount(0);
  await expect(card(page, name)).toContainText(`Ansvarlig: ${who}`);
}

test('a workshop captures, sorts, votes and promotes the top five to measures', async ({
  page,
}) => {
  const planTitle = uniqueTitle('Plan for verkstedtest');
  await createPlan(page, OSLO_TEMPLATE, planTitle);
  await goTo(page, 'Verksted');
  await expectNoAxeViolations(page, 'verksted-siden');

  await page.getByLabel('Navn på verkstedet').fill('Verksted i arbeidsgruppa');
  await page.getByLabel('Deltakere').fill('6');
  await page.getByLabel('Stemmer per person').fill('4');
  await page.getByRole('button', { name: 'Start verkstedet' }).click();
  const stage = stageOf(page);
  await expect(stage.getByRole('heading', { level: 1 })).toHaveText('Verksted i arbeidsgruppa');
  // Quick capture is ready at once.
  await expect(stage.getByLabel('Ny idé')).toBeFocused();

  // 12 ideas in two focus areas.
  await capture(page, AREA_1, [
    'Boligtorg i bydelen',
    'Drop-in for boligspørsmål',
    'Kartlegge behovet for tilrettelagte boliger',
    'Flere små leiligheter for unge',
    'Avtale med Boligbygg om tildeling',
    'Startlån til barnefamilier',
  ]);
  await capture(page, AREA_2, [
    'Veiledning om bostøtte',
    'Husleiegaranti for unge',
    'Kurs i privatøkonomi',
    'Studietur til Bergen',
    'Faste kontordager hos NAV',
    'Informasjonsfilm om startlån',
  ]);
  await expect(cardTexts(column(page, AREA_1))).toHaveCount(6);
  await expect(cardTexts(column(page, AREA_2))).toHaveCount(6);
  await expectNoAxeViolations(page, 'verkstedtavla');

  // Every board action is a step in the plan's undo history.
  await stage.getByLabel('Ny idé').fill('Feilskrevet idé');
  await stage.getByLabel('Ny idé').press('Enter');
  await expect(card(page, 'Feilskrevet idé')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(card(page, 'Feilskrevet idé')).toHaveCount(0);

  // Move one card by dragging it to the other focus area.
  await card(page, 'Startlån til barnefamilier').dragTo(column(page, AREA_2));
  await expect(
    column(page, AREA_2).getByRole('group', { name: 'Startlån til barnefamilier' }),
  ).toBeVisible();
  await expect(cardTexts(column(page, AREA_1))).toHaveCount(5);
  // … and with the keyboard: Alt+→ and back with Alt+←, focus stays on the card.
  await card(page, 'Kurs i privatøkonomi').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(
    column(page, '3 Individuell oppfølging i bomiljø').getByRole('group', {
      name: 'Kurs i privatøkonomi',
    }),
  ).toBeVisible();
  await expect(card(page, 'Kurs i privatøkonomi')).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(
    column(page, AREA_2).getByRole('group', { name: 'Kurs i privatøkonomi' }),
  ).toBeVisible();

  // Park one for later, with the key P.
  await card(page, 'Studietur til Bergen').focus();
  await page.keyboard.press('p');
  await expect(
    column(page, 'Parkeringsplass').getByRole('group', { name: 'Studietur til Bergen' }),
  ).toBeVisible();

  // Votes: keys and buttons. Two cards that will be merged carry 3 + 2.
  await vote(page, 'Boligtorg i bydelen', 3);
  await card(page, 'Drop-in for boligspørsmål')
    .getByRole('button', { name: 'Gi en stemme til «Drop-in for boligspørsmål»' })
    .click();
  await card(page, 'Drop-in for boligspørsmål')
    .getByRole('button', { name: 'Gi en stemme til «Drop-in for boligspørsmål»' })
    .click();
  await vote(page, 'Kartlegge behovet for tilrettelagte boliger', 4);
  await vote(page, 'Startlån til barnefamilier', 7);
  await page.keyboard.press('-');
  await vote(page, 'Veiledning om bostøtte', 3);
  await vote(page, 'Husleiegaranti for unge', 2);
  await vote(page, 'Kurs i privatøkonomi', 1);
  await vote(page, 'Faste kontordager hos NAV', 1);
  await expect(card(page, 'Startlån til barnefamilier').locator('.ws-votes__count')).toHaveText(
    '6',
  );
  await expect(stage.locator('.ws-tally__value')).toHaveText('22 av 24');

  // Merge two: select both (Space and the «Velg» button), then «Slå sammen».
  await card(page, 'Boligtorg i bydelen').focus();
  await page.keyboard.press(' ');
  await card(page, 'Drop-in for boligspørsmål')
    .getByRole('button', { name: 'Velg «Drop-in for boligspørsmål»' })
    .click();
  await stage.getByRole('button', { name: 'Slå sammen (2)' }).click();
  const merged = card(page, /^Boligtorg i bydelen/);
  await expect(merged.locator('.ws-card__text')).toHaveText(
    'Boligtorg i bydelen\nDrop-in for boligspørsmål',
  );
  await expect(merged.locator('.ws-votes__count')).toHaveText('5');
  await expect(merged).toContainText('Slått sammen av 2 kort');
  await expect(cardTexts(column(page, AREA_1))).toHaveCount(4);

  // Sort by votes.
  await stage.getByRole('button', { name: 'Sorter etter stemmer' }).click();
  await expect(cardTexts(column(page, AREA_2)).first()).toHaveText('Startlån til barnefamilier');
  await expect(cardTexts(column(page, AREA_1)).first()).toHaveText(/^Boligtorg i bydelen/);

  // Edit a card in place.
  await card(page, 'Veiledning om bostøtte').focus();
  await page.keyboard.press('Enter');
  const editor = stage.getByRole('textbox', { name: 'Teksten på kortet' });
  await editor.fill('Veiledning om bostøtte og startlån');
  await editor.press('Enter');
  await expect(card(page, 'Veiledning om bostøtte og startlån')).toBeFocused();

  // Owners (E + number) and a target group (M + number) with two keystrokes each.
  await assignOwner(page, 'Startlån til barnefamilier', '9', 'Øystein Bakken');
  await assignOwner(page, /^Boligtorg i bydelen/, '3', 'Marte Fjellheim');
  await assignOwner(page, 'Kartlegge behovet for tilrettelagte boliger', '6', 'Håkon Myhre');
  await assignOwner(page, 'Veiledning om bostøtte og startlån', '0', 'NAV');
  await assignOwner(page, 'Husleiegaranti for unge', '5', 'Yasmin Rahimi');
  await page.keyboard.press('m');
  await expect(stage.getByRole('region', { name: /^Målgruppe for/ })).toBeVisible();
  await expectNoAxeViolations(page, 'verkstedtavla med nummerert liste');
  await page.keyboard.press('5');
  await expect(card(page, 'Husleiegaranti for unge')).toContainText('Unge og unge voksne');

  // Accept the top five (G, and the button in the action bar), then promote them.
  for (const name of [
    'Startlån til barnefamilier',
    /^Boligtorg i bydelen/,
    'Kartlegge behovet for tilrettelagte boliger',
    'Veiledning om bostøtte og startlån',
  ]) {
    await card(page, name).focus();
    await page.keyboard.press('g');
    await expect(card(page, name)).toContainText('Godtatt');
  }
  await card(page, 'Husleiegaranti for unge').click();
  await stage.getByRole('toolbar').getByRole('button', { name: /Godta/ }).click();
  await expect(card(page, 'Husleiegaranti for unge')).toContainText('Godtatt');
  // A parked card cannot be accepted.
  await card(page, 'Studietur til Bergen').focus();
  await page.keyboard.press('g');
  await expect(card(page, 'Studietur til Bergen')).not.toContainText('Godtatt');
  await expectNoAxeViolations(page, 'verkstedtavla med godtatte kort');

  await stage.getByRole('button', { name: 'Gjør til tiltak (5)' }).click();
  await expect(stage.getByRole('heading', { name: 'Dette kom ut av verkstedet' })).toBeVisible();
  const made = stage.getByRole('region', { name: 'Ble tiltak (5)' });
  await expect(made.locator('.ws-outcome__code')).toHaveText(['1A', '1B', '2A', '2B', '2C']);
  await expect(made).toContainText('Boligtorg i bydelen');
  await expect(stage.getByRole('region', { name: 'Verkstedsnotater (6)' })).toBeVisible();
  await expectNoAxeViolations(page, 'oppsummering av verkstedet');

  // The presentation steps through vision, goals, strategies and each area's measures.
  await stage.getByRole('button', { name: 'Vis presentasjon' }).click();
  const slide = stage.locator('.ws-slide');
  await expect(slide.getByRole('heading', { level: 1 })).toHaveText(
    'Alle skal ha et trygt og godt sted å bo.',
  );
  await expectNoAxeViolations(page, 'presentasjon');
  await page.keyboard.press('ArrowRight');
  await expect(slide.locator('.ws-slide__kicker')).toHaveText('Hovedmål 1');
  await page.keyboard.press('PageDown');
  await page.keyboard.press(' ');
  await page.keyboard.press('ArrowRight');
  await expect(slide.locator('.ws-slide__kicker')).toHaveText('Strategier');
  await page.keyboard.press('ArrowRight');
  await expect(slide.getByRole('heading', { level: 1 })).toHaveText(
    'Egnede boliger for vanskeligstilte',
  );
  await expect(slide.locator('.ws-slide__item')).toHaveText([
    /^1ABoligtorg i bydelenMarte Fjellheim, Programleder$/,
    /^1BKartlegge behovet for tilrettelagte boligerHåkon Myhre, Boligkonsulent$/,
  ]);
  await page.keyboard.press('PageUp');
  await expect(slide.locator('.ws-slide__kicker')).toHaveText('Strategier');
  await stage.getByRole('button', { name: 'Neste ▶' }).click();
  await stage.getByRole('button', { name: 'Neste ▶' }).click();
  await expect(slide.locator('.ws-slide__code')).toHaveText(['2A', '2B', '2C']);
  await expectNoAxeViolations(page, 'presentasjon av satsningsområde');
  // Esc goes back to the board, and Esc on the board leaves the workshop.
  await page.keyboard.press('Escape');
  await expect(stage.getByLabel('Ny idé')).toBeFocused();
  await expect(card(page, 'Startlån til barnefamilier')).toContainText('Tiltak 2A');
  await page.keyboard.press('Escape');
  await expect(stage).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Verksted' })).toBeVisible();
  await expectAllSaved(page);

  const checkPlan = async () => {
    // Exactly the five measures, with their owners, on Satsningsområder og tiltak.
    await goTo(page, 'Satsningsområder og tiltak');
    await page.getByRole('button', { name: 'Alle tiltak i tabell' }).click();
    const rows = page.getByRole('table', { name: 'Alle tiltak' }).getByRole('row');
    await expect(rows.locator('.measure-row__code')).toHaveText(['1A', '1B', '2A', '2B', '2C']);
    await expect(rows.locator('.row-button')).toHaveText([
      'Boligtorg i bydelen',
      'Kartlegge behovet for tilrettelagte boliger',
      'Startlån til barnefamilier',
      'Veiledning om bostøtte og startlån',
      'Husleiegaranti for unge',
    ]);
    const owners: [string, string][] = [
      ['Boligtorg i bydelen', 'Marte Fjellheim'],
      ['Kartlegge behovet', 'Håkon Myhre'],
      ['Startlån til barnefamilier', 'Øystein Bakken'],
      ['Veiledning om bostøtte', 'NAV'],
      ['Husleiegaranti for unge', 'Yasmin Rahimi'],
    ];
    for (const [title, owner] of owners) {
      await expect(rows.filter({ hasText: title })).toContainText(owner);
    }
    // The rest are workshop notes, with what was decided on them.
    await goTo(page, 'Verksted');
    const notes = page.getByRole('region', { name: 'Verkstedsnotater (6)' });
    await expect(notes.locator('.ws-outcome__note')).toHaveText([
      'Flere små leiligheter for unge',
      'Avtale med Boligbygg om tildeling',
      'Faste kontordager hos NAV',
      'Informasjonsfilm om startlån',
      'Kurs i privatøkonomi',
      'Studietur til Bergen',
    ]);
    await expect(notes).toContainText('Parkeringsplass · 0 stemmer');
    await expect(page.getByRole('region', { name: 'Ble tiltak (5)' })).toContainText(
      'Boligtorg i bydelen',
    );
  };
  await checkPlan();

  // A reload keeps everything.
  await page.reload();
  await page
    .getByRole('region', { name: 'Nylige planer' })
    .getByRole('button', { name: planTitle, exact: true })
    .click();
  await checkPlan();
  await expectNoAxeViolations(page, 'verksted-siden med notater');

  // Continuing the workshop shows the promoted cards as the measures they became.
  await page.getByRole('button', { name: 'Fortsett på tavla' }).click();
  await expect(card(page, /^Boligtorg i bydelen/)).toContainText('Tiltak 1A');
  await page.keyboard.press('Escape');
  await expect(stageOf(page)).toHaveCount(0);

  // Undo the whole session: asked first, then the plan is as before the workshop.
  await page.getByRole('button', { name: 'Angre hele verkstedet …' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Angre hele verkstedet?' });
  await expect(dialog).toContainText('1A, 1B, 2A, 2B, 2C');
  await expectNoAxeViolations(page, 'angre hele verkstedet');
  await dialog.getByRole('button', { name: 'Angre hele verkstedet' }).click();
  await expect(page.getByRole('heading', { name: 'Verksteder i planen' })).toHaveCount(0);
  await expectAllSaved(page);
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: 'Alle tiltak i tabell' }).click();
  await expect(
    page.getByRole('table', { name: 'Alle tiltak' }).locator('.measure-row__code'),
  ).toHaveCount(0);
  // … and that is itself undoable.
  await page.keyboard.press('Control+z');
  await expect(
    page.getByRole('table', { name: 'Alle tiltak' }).locator('.measure-row__code'),
  ).toHaveText(['1A', '1B', '2A', '2B', '2C']);
  await goTo(page, 'Verksted');
  await expect(page.getByRole('region', { name: 'Verkstedsnotater (6)' })).toBeVisible();
});

test('the board works when full screen is refused: one focus area, timer, edit by double click', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Avslått'));
  });
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for verksted uten fullskjerm'));
  await goTo(page, 'Verksted');
  await page.getByLabel('Hva skal dere arbeide med?').selectOption({ label: AREA_2 });
  await page.getByRole('button', { name: 'Start verkstedet' }).click();
  const stage = stageOf(page);
  // The stage fills the window instead, and offers full screen again.
  await expect(stage).toBeInViewport({ ratio: 1 });
  await expect(stage.getByRole('button', { name: 'Fullskjerm' })).toBeVisible();
  await expect(stage.locator('.ws-column')).toHaveCount(2);
  await expect(stage.getByRole('heading', { level: 2 })).toHaveText([AREA_2, 'Parkeringsplass']);

  await capture(page, AREA_2, ['Husleiegaranti']);
  await card(page, 'Husleiegaranti').locator('.ws-card__text').dblclick();
  const editor = stage.getByRole('textbox', { name: 'Teksten på kortet' });
  await editor.fill('Husleiegaranti for unge');
  // Esc cancels the edit and stays on the board.
  await editor.press('Escape');
  await expect(card(page, 'Husleiegaranti')).toBeFocused();

  // The round timer: minutes set by the facilitator, start and pause (also with T), reset.
  const minutes = stage.getByRole('spinbutton', { name: 'Minutter' });
  await minutes.fill('3');
  await expect(stage.getByRole('timer')).toHaveText('3:00');
  await stage.getByRole('button', { name: 'Start' }).click();
  await expect(stage.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(minutes).toBeDisabled();
  await card(page, 'Husleiegaranti').focus();
  await page.keyboard.press('t');
  await expect(stage.getByRole('button', { name: 'Start' })).toBeVisible();
  await stage.getByRole('button', { name: 'Nullstill' }).click();
  await expect(stage.getByRole('timer')).toHaveText('3:00');
  await expectNoAxeViolations(page, 'verkstedtavla for ett satsningsområde');

  await page.keyboard.press('Escape');
  await expect(stage).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Verksted' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Verkstedsnotater (1)' })).toContainText(
    'Husleiegaranti',
  );
});

test('an idea for the whole plan gets its own column and goes to a focus area before it can become a measure', async ({
  page,
}) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for verksted med hele planen'));
  await goTo(page, 'Verksted');
  await page.getByLabel('Hva skal dere arbeide med?').selectOption({ label: AREA_2 });
  await page.getByRole('button', { name: 'Start verkstedet' }).click();
  const stage = stageOf(page);
  const headings = stage.getByRole('heading', { level: 2 });
  await expect(headings).toHaveText([AREA_2, 'Parkeringsplass']);

  // The capture bar offers «Hele planen» before the board shows it; the column comes with a card.
  const idea = 'Felles boligtorg for hele bydelen';
  await capture(page, 'Hele planen', [idea]);
  await expect(headings).toHaveText([AREA_2, 'Hele planen', 'Parkeringsplass']);
  await expect(column(page, 'Hele planen').getByRole('group', { name: idea })).toBeVisible();
  await expectNoAxeViolations(page, 'verkstedtavla med hele planen');

  // «Godta» explains in plain words why it cannot become a measure yet.
  await card(page, idea).focus();
  await page.keyboard.press('g');
  const why =
    'Et kort for hele planen kan ikke bli tiltak. Flytt det til et satsningsområde først.';
  await expect(stage.getByRole('status').filter({ hasText: why })).toHaveCount(1);
  const accept = stage.getByRole('button', { name: /Godta/ });
  await expect(accept).toHaveAttribute('aria-pressed', 'false');
  await expect(accept).toHaveAttribute('title', why);

  // Parked and brought back, it returns to «Hele planen».
  await page.keyboard.press('p');
  await expect(column(page, 'Parkeringsplass').getByRole('group', { name: idea })).toBeVisible();
  await expect(headings).toHaveText([AREA_2, 'Parkeringsplass']);
  await page.keyboard.press('p');
  await expect(column(page, 'Hele planen').getByRole('group', { name: idea })).toBeVisible();
  await expect(card(page, idea)).toBeFocused();

  // Alt+← moves it into the focus area like between areas; then it can be accepted.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(column(page, AREA_2).getByRole('group', { name: idea })).toBeVisible();
  await expect(headings).toHaveText([AREA_2, 'Parkeringsplass']);
  await expect(card(page, idea)).toBeFocused();
  await page.keyboard.press('g');
  await expect(accept).toHaveAttribute('aria-pressed', 'true');
});
