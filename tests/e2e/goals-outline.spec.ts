import { expect, test, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { createPlan, expectAllSaved, goTo, OSLO_TEMPLATE, uniqueTitle } from './support/plan-steps';

// Issue 16 point 3: Visjon og mål with the Oslo template's eight main goals. They first show
// folded to their head line; each folds and opens with the keyboard, the choice lasts across
// page visits; an outline jumps to (and opens) a goal; «Legg til hovedmål» is also at the top;
// a link from Kvalitetssjekk opens the folded goal it points into. Point 9: «Nasjonalt mål» is
// chosen among the goals of the frame chosen on Om planen, and an old text is kept.

const head = (page: Page, n: number) =>
  page.getByRole('article', { name: `Hovedmål ${n}`, exact: true }).getByRole('button', {
    name: new RegExp(`^Hovedmål ${n} `),
  });
const titleField = (page: Page, n: number) =>
  page
    .getByRole('article', { name: `Hovedmål ${n}`, exact: true })
    .getByLabel('Tittel på hovedmålet');

test('main goals fold and open with the keyboard, all at once, and stay so between pages', async ({
  page,
}) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for folding'));
  await goTo(page, 'Visjon og mål');

  // Eight goals: each shows its head line only, with what it holds.
  for (let n = 1; n <= 8; n += 1)
    await expect(head(page, n)).toHaveAttribute('aria-expanded', 'false');
  await expect(head(page, 1)).toHaveAccessibleName(
    'Hovedmål 1 Flere vanskeligstilte skal bo i en egnet bolig med den oppfølgingen de trenger 2 delmål · ingen resultatmål',
  );
  await expect(titleField(page, 1)).toBeHidden();

  // Enter opens, Space folds; Tab from the open head goes on into the goal.
  await head(page, 3).focus();
  await page.keyboard.press('Enter');
  await expect(head(page, 3)).toHaveAttribute('aria-expanded', 'true');
  await expect(titleField(page, 3)).toBeVisible();
  await expect(titleField(page, 3)).toHaveValue(
    'Et samordnet og langsiktig boligsosialt arbeid i bydelen',
  );
  await page.keyboard.press('Space');
  await expect(head(page, 3)).toHaveAttribute('aria-expanded', 'false');
  await expect(titleField(page, 3)).toBeHidden();
  await expect(head(page, 3)).toBeFocused();
  await page.keyboard.press('Enter');
  // Flytt opp, Flytt ned, Slett, then the title.
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
  await expect(titleField(page, 3)).toBeFocused();

  // Alt+arrow moves a folded goal from its head line, and focus stays on it.
  await head(page, 5).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(head(page, 4)).toHaveAccessibleName(
    /^Hovedmål 4 Flere skal kunne eie sin egen bolig/,
  );
  await expect(head(page, 4)).toBeFocused();
  await expect(head(page, 4)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Control+z');
  await expect(head(page, 4)).toHaveAccessibleName(/^Hovedmål 4 Nok egnede boliger/);

  // The choice outlives a visit to another page.
  await goTo(page, 'Strategier');
  await goTo(page, 'Visjon og mål');
  await expect(head(page, 3)).toHaveAttribute('aria-expanded', 'true');
  await expect(head(page, 1)).toHaveAttribute('aria-expanded', 'false');

  await page.getByRole('button', { name: 'Åpne alle' }).click();
  for (let n = 1; n <= 8; n += 1)
    await expect(head(page, n)).toHaveAttribute('aria-expanded', 'true');
  await expect(titleField(page, 8)).toBeVisible();
  await page.getByRole('button', { name: 'Fold alle' }).click();
  for (let n = 1; n <= 8; n += 1)
    await expect(head(page, n)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('button', { name: 'Fold alle' })).toBeFocused();
});

test('the outline jumps to a goal and opens it; beside the goals on a wide window', async ({
  page,
}) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for oversikt'));
  await goTo(page, 'Visjon og mål');
  const outline = page.getByRole('navigation', { name: 'Oversikt over målene' });

  // Narrow (1360 px): above the goals, folded away; opened and used with the keyboard.
  const summary = outline.getByText('Oversikt over målene');
  await summary.focus();
  await page.keyboard.press('Enter');
  const sub41 = outline.getByRole('link', {
    name: 'Delmål 4.1 Øke antallet boliger bydelen disponerer for prioriterte grupper',
  });
  await expect(sub41).toBeVisible();
  await expect(outline.getByRole('link', { name: /^Hovedmål \d/ })).toHaveText([
    /^Hovedmål 1 Flere vanskeligstilte/,
    /^Hovedmål 2 Gode og trygge/,
    /^Hovedmål 3 Et samordnet/,
    /^Hovedmål 4 Nok egnede/,
    /^Hovedmål 5 Flere skal kunne eie/,
    /^Hovedmål 6 Flere skal mestre/,
    /^Hovedmål 7 Trygge og gode/,
    /^Hovedmål 8 Økt kompetanse/,
  ]);
  await sub41.focus();
  await page.keyboard.press('Enter');
  await expect(head(page, 4)).toHaveAttribute('aria-expanded', 'true');
  const subTitle = page.locator('[data-entity-id="dm-fa1"]').getByLabel('Tittel på delmålet');
  await expect(subTitle).toBeFocused();
  await expect(subTitle).toBeInViewport();
  // The keys typed right after land in the title.
  await page.keyboard.press('End');
  await page.keyboard.type(' i bydelen');
  await expect(subTitle).toHaveValue(
    'Øke antallet boliger bydelen disponerer for prioriterte grupper i bydelen',
  );
  await expect(outline.getByRole('link', { name: /^Delmål 4\.1 .* i bydelen$/ })).toBeVisible();

  // Wide (1920 px): beside the goals, always open, and it stays in view while the page scrolls.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(outline.getByRole('heading', { name: 'Oversikt over målene' })).toBeVisible();
  await expect(outline.locator('details')).toHaveCount(0);
  const outlineBox = (await outline.boundingBox())!;
  const goalsBox = (await page.locator('.goal-list').boundingBox())!;
  expect(outlineBox.x).toBeGreaterThan(goalsBox.x + goalsBox.width);
  await outline.getByRole('link', { name: /^Hovedmål 7 / }).click();
  await expect(head(page, 7)).toHaveAttribute('aria-expanded', 'true');
  await expect(titleField(page, 7)).toBeFocused();
  await expect(head(page, 7)).toBeInViewport();
  await expect(outline.getByRole('link', { name: 'Visjon' })).toBeInViewport();
  await outline.getByRole('link', { name: 'Visjon' }).click();
  await expect(page.getByRole('textbox', { name: 'Visjon', exact: true })).toBeFocused();
  await expectNoAxeViolations(page, 'Visjon og mål – oversikt ved siden av');
});

test('«Legg til hovedmål» at the top adds one goal, open, with the cursor in its title', async ({
  page,
}) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for nytt mål'));
  await goTo(page, 'Visjon og mål');
  const add = page.getByRole('button', { name: 'Legg til hovedmål' });
  await expect(add).toHaveCount(2);
  // The first is above the list: in view without scrolling past eight goals.
  await expect(add.first()).toBeInViewport();
  await add.first().focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ingen barn skal bo i midlertidig bolig');
  await expect(head(page, 9)).toHaveAttribute('aria-expanded', 'true');
  await expect(titleField(page, 9)).toBeFocused();
  await expect(titleField(page, 9)).toHaveValue('Ingen barn skal bo i midlertidig bolig');
  await expect(head(page, 8)).toHaveAttribute('aria-expanded', 'false');
  await expectAllSaved(page);

  // The typing and the goal are one undo step each.
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(titleField(page, 9)).toHaveValue('');
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(page.getByRole('article', { name: 'Hovedmål 9' })).toHaveCount(0);
});

test('a link from Kvalitetssjekk, and undoing a deletion, open the folded goal they lead into', async ({
  page,
}) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for lenker'));
  await goTo(page, 'Kvalitetssjekk');
  await page
    .getByRole('link', {
      name: 'Delmålet «Bedre oversikt over vanskeligstilte og deres boligbehov» mangler målbar indikator.',
    })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Visjon og mål' })).toBeVisible();
  await expect(head(page, 3)).toHaveAttribute('aria-expanded', 'true');
  const addResult = page.getByRole('button', { name: 'Legg til resultatmål under delmål 3.1' });
  await expect(addResult).toBeFocused();
  await expect(addResult).toBeInViewport();
  // Only that goal opened.
  await expect(head(page, 2)).toHaveAttribute('aria-expanded', 'false');

  // A sub-goal deleted, its goal folded, then «Angre»: the goal opens and the cursor is back.
  await page.getByRole('button', { name: 'Slett delmål 3.2' }).click();
  const undo = page.getByRole('status').getByRole('button', { name: 'Angre' });
  await expect(undo).toBeFocused();
  await head(page, 3).click();
  await expect(head(page, 3)).toHaveAttribute('aria-expanded', 'false');
  await undo.click();
  await expect(head(page, 3)).toHaveAttribute('aria-expanded', 'true');
  await expect(
    page.locator('[data-entity-id="dm-3-2"]').getByLabel('Tittel på delmålet'),
  ).toBeFocused();
});

test('Nasjonalt mål is chosen among the goals of the plan’s national frame; an old one is kept', async ({
  page,
}) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for nasjonale mål'));
  await goTo(page, 'Visjon og mål');
  await page.getByRole('button', { name: 'Åpne alle' }).click();
  const national = (n: number) =>
    page
      .getByRole('article', { name: `Hovedmål ${n}`, exact: true })
      .getByRole('combobox', { name: 'Nasjonalt mål' });

  // The template's texts are the frame's goals, shown as chosen.
  await expect(national(1).locator('option:checked')).toHaveText(
    'Mål 1: Økt forebygging og bekjempelse av bostedsløshet',
  );
  await expect(national(4).locator('option:checked')).toHaveText(
    'Ikke knyttet til et nasjonalt mål',
  );
  await expect(national(4).locator('option')).toHaveText([
    'Ikke knyttet til et nasjonalt mål',
    'Mål 1: Økt forebygging og bekjempelse av bostedsløshet',
    'Mål 2: Økt boligsosial aktivitet i kommunene',
    'Mål 3: Økt boligsosial kompetanse i kommunene',
  ]);
  await expect(national(4)).toHaveAccessibleDescription(
    'Hvilket av målene i Husbankens mål for Boligsosialt utviklingsprogram (2010) hovedmålet hører under.',
  );
  // Chosen with the keyboard: one undo step.
  await national(4).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(national(4).locator('option:checked')).toHaveText(
    'Mål 2: Økt boligsosial aktivitet i kommunene',
  );
  await expectAllSaved(page);
  await expectNoAxeViolations(page, 'Visjon og mål – nasjonalt mål');

  // Another frame on Om planen: its goals are offered, the chosen Husbanken goal is kept.
  await goTo(page, 'Om planen');
  await page.getByLabel('Nasjonal ramme').selectOption({ label: 'Bolig for velferd 2014–2020' });
  await goTo(page, 'Visjon og mål');
  await expect(national(4).locator('option')).toHaveText([
    'Ikke knyttet til et nasjonalt mål',
    'Mål 1: Alle skal ha et godt sted å bo',
    'Mål 2: Alle med behov for tjenester skal få hjelp til å mestre boforholdet',
    'Mål 3: Den offentlige innsatsen skal være helhetlig og effektiv',
    'Husbankens mål for programmet, mål 2: Økt boligsosial aktivitet i kommunene',
  ]);
  await expect(national(4)).toHaveValue(
    'Husbankens mål for programmet, mål 2: Økt boligsosial aktivitet i kommunene',
  );
  await expect(national(4)).toHaveAccessibleDescription(
    /Det valgte målet er fra Husbankens mål for Boligsosialt utviklingsprogram \(2010\), ikke fra rammen planen bygger på\. Det står slik i dokumentet til du velger et annet\./,
  );
  await national(4).selectOption({ label: 'Mål 1: Alle skal ha et godt sted å bo' });
  await expect(national(4)).toHaveValue('Bolig for velferd, mål 1: Alle skal ha et godt sted å bo');
  // The kept text was only this goal's: once another is chosen, it is no longer offered.
  await expect(national(4).locator('option')).toHaveCount(4);

  // No frame: a goal without a national goal says where the frame is chosen.
  await goTo(page, 'Om planen');
  await page.getByLabel('Nasjonal ramme').selectOption({ label: 'Ingen nasjonal ramme' });
  await goTo(page, 'Visjon og mål');
  const fifth = page.getByRole('article', { name: 'Hovedmål 5', exact: true });
  await expect(fifth.getByRole('combobox', { name: 'Nasjonalt mål' })).toHaveCount(0);
  await expect(fifth).toContainText(
    'Planen bygger ikke på en nasjonal ramme. Velg ramme under Om planen for å få de nasjonale målene å velge mellom.',
  );
  await expect(national(1)).toHaveValue(
    'Husbankens mål for programmet, mål 1: Økt forebygging og bekjempelse av bostedsløshet',
  );
  await fifth.getByRole('link', { name: 'Om planen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Om planen' })).toBeVisible();
});
