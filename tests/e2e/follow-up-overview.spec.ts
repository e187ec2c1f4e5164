import { expect, test, type Locator, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { openFollowUpPlan } from './support/follow-up-plan';
import { expectAllSaved, goTo, reopen } from './support/plan-steps';

// The plan of support/follow-up-plan.ts: 1A 200 000 kr (140 000 Husbanken / 60 000 kommunal),
// 1B 100 000 kr, 2A 300 000 kr in 2027 and 2028, programme management 600 000 kr a year
// (420 000 / 180 000). Every figure below is worked out by hand from these and what is typed.

/** Amounts are shown with no-break spaces between thousands and before «kr» and «%». */
const nb = (text: string) => text.replace(/ /g, '\u00a0');

async function enter(field: Locator, text: string) {
  await field.fill(text);
  await field.press('Enter');
}

const line = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const spentField = (group: Locator, source: string) =>
  group.getByRole('textbox', { name: `Brukt ${source}`, exact: true });

/** The cells of the row whose header is `header`, as shown. */
async function rowCells(table: Locator, header: string | RegExp): Promise<string[]> {
  const row = table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: header }) });
  await expect(row).toHaveCount(1);
  return (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
}

test('spending per source shows the deviation in kroner, percent and words, is flagged over budget and survives a reload', async ({
  page,
  request,
}) => {
  const { title } = await openFollowUpPlan(page, request);
  await goTo(page, 'Regnskap');
  // The programme starts in 2027, after today: the page opens on the first year.
  await expect(page.getByRole('button', { name: '2027', pressed: true })).toBeVisible();
  await expectNoAxeViolations(page, 'Regnskap');

  const boligtorg = line(page, '1A Boligtorg');
  await enter(spentField(boligtorg, 'Tilskudd fra Husbanken'), '150 000');
  await enter(spentField(boligtorg, 'Kommunal egenandel'), 'kr 70.000');
  // 220 000 spent against 200 000: 20 000 kr and 10 % over.
  const boligtorgTable = boligtorg.getByRole('table');
  expect(await rowCells(boligtorgTable, 'Tilskudd fra Husbanken')).toEqual([
    nb('140 000 kr'),
    '',
    nb('+10 000 kr'),
    nb('+7,1 %'),
  ]);
  await expect(boligtorg.getByRole('row', { name: /^Sum/ })).toHaveText(
    nb('Sum200 000 kr220 000 kr+20 000 kr+10 %'),
  );
  await expect(boligtorg.getByText('Over budsjett:')).toHaveText(
    nb('▲ Over budsjett: Brukt 20 000 kr mer enn budsjett (10 % over).'),
  );

  const startlan = line(page, '2A Startlån til leietakere');
  await enter(spentField(startlan, 'Tilskudd fra Husbanken'), '180000');
  await expect(startlan.getByText(/^Brukt .* mindre/)).toHaveText(
    nb('Brukt 120 000 kr mindre enn budsjett (40 % under).'),
  );

  const management = line(page, 'Programledelse');
  await enter(spentField(management, 'Tilskudd fra Husbanken'), '400 000');
  await enter(spentField(management, 'Kommunal egenandel'), '180 000');
  await expect(management.getByText(/^Brukt .* mindre/)).toHaveText(
    nb('Brukt 20 000 kr mindre enn budsjett (3,3 % under).'),
  );

  // A refused amount is said in words and not stored.
  await enter(spentField(line(page, '1B Kartlegging av boligbehov'), 'Andre tilskudd'), '12,50');
  await expect(
    page.getByText(/Brukt fra Andre tilskudd: .*Det du skrev, er ikke lagret\./),
  ).toBeVisible();
  await spentField(line(page, '1B Kartlegging av boligbehov'), 'Andre tilskudd').fill('');
  await spentField(line(page, '1B Kartlegging av boligbehov'), 'Andre tilskudd').press('Enter');

  // The year's sums: per focus area, programme management and in all.
  const summary = page.getByTestId('spending-summary');
  expect(await rowCells(summary, 'Programledelse')).toEqual([
    nb('600 000 kr'),
    nb('580 000 kr'),
    nb('−20 000 kr'),
    nb('−3,3 %'),
  ]);
  expect(await rowCells(summary, '1 Egnede boliger for vanskeligstilte')).toEqual([
    nb('300 000 kr'),
    nb('220 000 kr'),
    nb('−80 000 kr'),
    nb('−26,7 %'),
  ]);
  expect(await rowCells(summary, 'Sum 2027')).toEqual([
    nb('1 200 000 kr'),
    nb('980 000 kr'),
    nb('−220 000 kr'),
    nb('−18,3 %'),
  ]);
  await expectNoAxeViolations(page, 'Regnskap med beløp og avvik');

  // 2028 has its own spending: nothing yet.
  await page.getByRole('button', { name: '2028' }).click();
  await expect(spentField(line(page, '1A Boligtorg'), 'Tilskudd fra Husbanken')).toHaveValue('');
  await expectAllSaved(page);

  // Kvalitetssjekk flags the overspending and its link lands in 1A's first spending cell, 2027.
  await goTo(page, 'Kvalitetssjekk');
  await page
    .getByRole('link', {
      name: /Boligtorg.*brukt\s220\s000\skr i 2027, budsjettet er\s200\s000\skr/,
    })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Regnskap' })).toBeVisible();
  await expect(page.getByRole('button', { name: '2027', pressed: true })).toBeVisible();
  await expect(spentField(line(page, '1A Boligtorg'), 'Tilskudd fra Husbanken')).toBeFocused();

  await reopen(page, title);
  await goTo(page, 'Regnskap');
  await expect(spentField(line(page, '1A Boligtorg'), 'Kommunal egenandel')).toHaveValue(
    nb('70 000'),
  );
  expect(await rowCells(page.getByTestId('spending-summary'), 'Sum 2027')).toEqual([
    nb('1 200 000 kr'),
    nb('980 000 kr'),
    nb('−220 000 kr'),
    nb('−18,3 %'),
  ]);

  // Removing a source with spending says that the spending goes too (1A 70 000 + 180 000).
  await goTo(page, 'Budsjett');
  await page.getByRole('button', { name: 'Fjern kilden Kommunal egenandel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fjerne kilden «Kommunal egenandel»?' });
  await expect(dialog).toContainText(
    nb('I regnskapet er det ført 250 000 kr som brukt fra denne kilden.'),
  );
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toHaveCount(0);
});

test('measurements and need figures are kept, and the overview shows every figure as worked out by hand', async ({
  page,
  request,
}) => {
  const { title } = await openFollowUpPlan(page, request, { spending: true });
  await goTo(page, 'Indikatorer og behovstall');
  await expectNoAxeViolations(page, 'Indikatorer og behovstall');

  const card = page.getByRole('article', { name: /^Resultatmål 4\.1\.1/ });
  const add = async (date: string, value: string, note = '') => {
    await card.getByRole('textbox', { name: 'Dato' }).fill(date);
    await card.getByRole('textbox', { name: 'Verdi' }).fill(value);
    await card.getByRole('textbox', { name: 'Merknad (valgfri)' }).fill(note);
    await card.getByRole('button', { name: 'Legg til måling' }).click();
  };
  // Not a number: refused with a message, nothing stored.
  await add('30.06.2027', 'mange');
  await expect(card.getByText('«mange» er ikke et tall. Skriv for eksempel 12,5.')).toBeVisible();
  await expect(card.getByTestId('measurements')).toHaveCount(0);
  await add('31.12.2027', '50');
  await add('30.06.2027', '43,5', 'Halvårstall');
  const measurements = card.getByTestId('measurements');
  // In date order, whatever order they were typed in.
  await expect(measurements.getByRole('rowheader')).toHaveText(['30.06.2027', '31.12.2027']);
  expect((await rowCells(measurements, '30.06.2027')).slice(0, 2)).toEqual([
    '43,5 boliger',
    'Halvårstall',
  ]);

  // Change a value, then delete a measurement and take it back.
  await card.getByRole('button', { name: 'Endre målingen 30.06.2027' }).click();
  await card.getByRole('textbox', { name: 'Verdi' }).first().fill('44');
  await card.getByRole('button', { name: 'Lagre endringen' }).click();
  expect((await rowCells(measurements, '30.06.2027'))[0]).toBe('44 boliger');
  await card.getByRole('button', { name: 'Slett målingen 31.12.2027' }).click();
  await expect(measurements.getByRole('rowheader')).toHaveText(['30.06.2027']);
  await page
    .getByRole('status')
    .filter({ hasText: 'Målingen 31.12.2027 er slettet.' })
    .getByRole('button', { name: 'Angre' })
    .click();
  await expect(measurements.getByRole('rowheader')).toHaveText(['30.06.2027', '31.12.2027']);
  await expect(card.getByRole('button', { name: 'Endre målingen 31.12.2027' })).toBeFocused();
  await expect(card.getByText('Står nå')).toBeVisible();
  await expect(card.locator('dd').last()).toHaveText(`50 boliger, ${nb('50 %')} av veien`);
  await expect(card.locator('.follow-up-chart__canvas svg')).toHaveCount(1);

  // Need figures for 2027, as in Husbanken's annual report.
  const category = (letter: string) =>
    page.getByRole('group', { name: new RegExp(`^${letter}\\. .* – 2027$`) });
  await enter(category('A').getByRole('textbox', { name: 'Status behov 01.01' }), '177');
  await enter(category('A').getByRole('textbox', { name: 'Status behov 31.12' }), '150');
  await enter(
    category('A').getByRole('textbox', {
      name: 'Resultat: husstander som har fått egnet bolig i løpet av året',
    }),
    '60',
  );
  await category('A').getByRole('textbox', { name: 'Kommentar' }).fill('Tall fra kartleggingen.');
  await enter(category('B').getByRole('textbox', { name: 'Status behov 31.12' }), '2,5');
  await expect(
    page.getByText('B, Status behov 31.12: Skriv et helt antall, 0 eller mer.', { exact: false }),
  ).toBeVisible();
  await enter(category('B').getByRole('textbox', { name: 'Status behov 31.12' }), '35');
  await enter(category('C').getByRole('textbox', { name: 'Status behov 31.12' }), '88');
  await page.getByText('Vis som tabell').click();
  const needTable = page.getByRole('table', { name: 'Behovstall per 31.12' });
  expect(await rowCells(needTable, '2027')).toEqual(['150', '35', '88']);
  expect(await rowCells(needTable, '2028')).toEqual(['ikke ført', 'ikke ført', 'ikke ført']);
  await expectNoAxeViolations(page, 'Indikatorer og behovstall med målinger og behovstall');
  await expectAllSaved(page);

  await goTo(page, 'Oppfølging');
  await expectNoAxeViolations(page, 'Oppfølging');
  await checkOverview(page);

  await reopen(page, title);
  await goTo(page, 'Oppfølging');
  await checkOverview(page);
  await goTo(page, 'Indikatorer og behovstall');
  await expect(
    page
      .getByRole('article', { name: /^Resultatmål 4\.1\.1/ })
      .getByTestId('measurements')
      .getByRole('rowheader'),
  ).toHaveText(['30.06.2027', '31.12.2027']);
  await expect(category('A').getByRole('textbox', { name: 'Status behov 01.01' })).toHaveValue(
    '177',
  );
  await expect(category('A').getByRole('textbox', { name: 'Kommentar' })).toHaveValue(
    'Tall fra kartleggingen.',
  );
});

/** Each figure on Oppfølging against the plan's numbers, worked out by hand. */
async function checkOverview(page: Page) {
  // No report has been started, so there is no deadline.
  await expect(page.getByTestId('next-deadline')).toContainText(
    'Ingen åpen statusrapport har frist.',
  );

  // Status: area 1 has 1A (v, 50 %) and 1B (g, 100 %); area 2 has 2A (n, 20 %).
  const status = page.getByTestId('status-table');
  expect(await rowCells(status, '1 Egnede boliger for vanskeligstilte')).toEqual([
    '2',
    '0',
    '1',
    '1',
    '0',
    '0',
    nb('75 %'),
  ]);
  expect(await rowCells(status, '2 Tilgjengelige og økonomiske boligvirkemidler')).toEqual([
    '1',
    '1',
    '0',
    '0',
    '0',
    '0',
    nb('20 %'),
  ]);
  expect(await rowCells(status, '3 Individuell oppfølging i bomiljø')).toEqual([
    '0',
    '0',
    '0',
    '0',
    '0',
    '0',
    '–',
  ]);
  // (50 + 100 + 20) / 3 = 56,7 → 57 %.
  expect(await rowCells(status, 'Hele planen')).toEqual(['3', '1', '1', '1', '0', '0', nb('57 %')]);

  // Money: 2027 budget 600 000 + 200 000 + 100 000 + 300 000; spent 580 000 + 220 000 + 180 000.
  const money = page.getByTestId('money-table');
  expect(await rowCells(money, '2027')).toEqual([
    nb('1 200 000 kr'),
    nb('980 000 kr'),
    nb('−220 000 kr'),
    nb('−18,3 %'),
  ]);
  // No accounts are entered for 2028 yet: no deviation, not «−100 %».
  expect(await rowCells(money, '2028')).toEqual([nb('900 000 kr'), 'ikke ført', '–', '–']);
  expect(await rowCells(money, 'År med regnskap')).toEqual([
    nb('1 200 000 kr'),
    nb('980 000 kr'),
    nb('−220 000 kr'),
    nb('−18,3 %'),
  ]);
  expect(await rowCells(money, 'Hele perioden')).toEqual([
    nb('3 300 000 kr'),
    'ikke ført',
    '–',
    '–',
  ]);

  // Indicator: from 40 (2026) to 50 on the way to 60: half the way.
  const indicators = page.getByTestId('indicator-table');
  expect(await rowCells(indicators, /^Antall boliger tildelt prioriterte grupper per år/)).toEqual([
    '40 boliger (2026)',
    '50 boliger\n31.12.2027',
    '60 boliger (2030)',
    `${nb('50 %')} av veien`,
  ]);
  expect((await rowCells(indicators, /^Antall husstander som får innvilget startlån/))[1]).toBe(
    'Ikke målt',
  );

  // 1A ended 30.06.2026 with status v: overdue, linked to the measure.
  const overdue = page.getByTestId('overdue-list');
  await expect(overdue.getByRole('listitem')).toHaveCount(1);
  await expect(overdue.getByRole('link', { name: '1A Boligtorg' })).toBeVisible();
  await expect(overdue).toContainText('sluttdato 30.06.2026, status videreført');
  await expect(page.locator('.follow-up-chart__canvas svg')).toHaveCount(2);
}
