import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { createPlan, expectAllSaved, goTo, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures } from './support/plan-with-measures';

// The Oslo template (sources src-husbanken, src-kommunal, src-andre, src-overfort; 70/30) with
// measures 1A, 1B in focus area 1 and 2A in focus area 2, without programme management costs or
// frame, so every figure below comes from what the test types.
async function openBudget(page: Page, request: Parameters<typeof openOsloPlanWithMeasures>[1]) {
  const path = await openOsloPlanWithMeasures(
    page,
    request,
    uniqueTitle('Budsjett for Bydel Fjellstad'),
    undefined,
    (plan) => {
      const budget = plan.budget as { frame: unknown[]; programmeManagement: { costs: unknown[] } };
      budget.frame = [];
      budget.programmeManagement.costs = [];
    },
  );
  await goTo(page, 'Budsjett');
  return path;
}

/** Types an amount and commits it with Enter, as a user finishing a field would. */
async function enter(field: Locator, text: string) {
  await field.fill(text);
  await field.press('Enter');
}

/** Fields show amounts with no-break spaces between thousands, as formatted everywhere. */
const shown = (text: string) => text.replace(/ /g, '\u00a0');

const line = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

function rowOf(table: Locator, header: string) {
  return table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) });
}

test('a 50/50 split, costs in two focus areas and one own split give a yearly table that adds up', async ({
  page,
  request,
}) => {
  const path = await openBudget(page, request);
  await expectNoAxeViolations(page, 'Budsjett');

  // The programme split: 50/50 instead of the template's 70/30. Halfway it is 80 %, and the page
  // says so (the same problem Kvalitetssjekk lists).
  await page
    .getByRole('textbox', { name: 'Standardfordeling for Tilskudd fra Husbanken' })
    .fill('50');
  await expect(
    page.getByText('Standardfordelingen er 80 % til sammen. Den må være 100 %', { exact: false }),
  ).toHaveCount(2);
  await expectNoAxeViolations(page, 'Budsjett – fordelingen er ikke 100 %');
  await page
    .getByRole('textbox', { name: 'Standardfordeling for Kommunal egenandel' })
    .fill('50 %');
  await expect(page.getByText(/Standardfordelingen er .* til sammen/)).toHaveCount(0);
  await expect(
    page.getByRole('option', { name: 'Standardfordeling (50/50)' }).first(),
  ).toBeAttached();

  // Programme management and measures in two focus areas, typed the ways people type money.
  await enter(
    line(page, 'Programledelse').getByRole('textbox', { name: 'Kostnad 2027' }),
    'kr 600 000',
  );
  await page.getByRole('button', { name: '1 Egnede boliger for vanskeligstilte' }).click();
  await page
    .getByRole('button', { name: '2 Tilgjengelige og økonomiske boligvirkemidler' })
    .click();
  await enter(
    line(page, '1A Boligtorg').getByRole('textbox', { name: 'Kostnad 2027' }),
    '2 628 001',
  );
  await enter(
    line(page, '1B Kartlegging av boligbehov').getByRole('textbox', { name: 'Kostnad 2027' }),
    '100000 kr',
  );
  const measure2A = line(page, '2A Startlån til leietakere');
  await enter(measure2A.getByRole('textbox', { name: 'Kostnad 2027' }), '333.333');
  await expect(measure2A.getByRole('textbox', { name: 'Kostnad 2027' })).toHaveValue(
    shown('333 333'),
  );

  // 2A gets its own three-way split: 60/25/15.
  await measure2A.getByLabel('Finansiering').selectOption({ label: 'Egen fordeling i prosent' });
  await measure2A.getByRole('textbox', { name: 'Andel Tilskudd fra Husbanken' }).fill('60');
  await expect(measure2A.getByText('Egen fordeling er 110 % til sammen')).toBeVisible();
  await measure2A.getByRole('textbox', { name: 'Andel Kommunal egenandel' }).fill('25');
  await measure2A.getByRole('textbox', { name: 'Andel Andre tilskudd' }).fill('15');
  await expect(measure2A.getByText('I balanse.')).toBeVisible();
  await expectAllSaved(page);
  await expectNoAxeViolations(page, 'Budsjett – tiltak med kostnader');

  // Worked out by hand, whole kroner by the largest remainder:
  // Programledelse 600 000 at 50/50: 300 000 + 300 000.
  // 1A 2 628 001 at 50/50: 1 314 000,5 each; the krone left over goes to the first source:
  //   1 314 001 + 1 314 000. 1B 100 000 at 50/50: 50 000 + 50 000.
  //   Focus area 1: cost 2 728 001; Husbanken 1 364 001; kommunal 1 364 000.
  // 2A 333 333 at 60/25/15: 199 999,80 + 83 333,25 + 49 999,95 → whole kroner 199 999 + 83 333 +
  //   49 999 = 333 331; the two kroner left go to the largest remainders (,95 and ,80):
  //   200 000 + 83 333 + 50 000.
  // Sum: cost 600 000 + 2 728 001 + 333 333 = 3 661 334; Husbanken 300 000 + 1 364 001 + 200 000
  //   = 1 864 001; kommunal 300 000 + 1 364 000 + 83 333 = 1 747 333; andre 50 000.
  const table = page.getByRole('table', { name: 'Budsjett for 2027 per satsningsområde' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Satsningsområde',
    'Kostnad',
    'Tilskudd fra Husbanken',
    'Kommunal egenandel',
    'Andre tilskudd',
    'Overførte midler fra året før',
    'Sum finansiering',
  ]);
  const expected: [string, string[]][] = [
    ['Programledelse', ['600 000 kr', '300 000 kr', '300 000 kr', '0 kr', '0 kr', '600 000 kr']],
    [
      '1 Egnede boliger for vanskeligstilte',
      ['2 728 001 kr', '1 364 001 kr', '1 364 000 kr', '0 kr', '0 kr', '2 728 001 kr'],
    ],
    [
      '2 Tilgjengelige og økonomiske boligvirkemidler',
      ['333 333 kr', '200 000 kr', '83 333 kr', '50 000 kr', '0 kr', '333 333 kr'],
    ],
    ['3 Individuell oppfølging i bomiljø', ['0 kr', '0 kr', '0 kr', '0 kr', '0 kr', '0 kr']],
    ['Sum', ['3 661 334 kr', '1 864 001 kr', '1 747 333 kr', '50 000 kr', '0 kr', '3 661 334 kr']],
  ];
  for (const [header, cells] of expected) {
    await expect(rowOf(table, header).getByRole('cell')).toHaveText(cells);
  }

  // The multi-year overview has the same totals in its 2027 column; other years are empty.
  const overview = page.getByRole('table', { name: 'Flerårig oversikt 2027–2030' });
  await expect(rowOf(overview, 'Kostnad').getByRole('cell')).toHaveText([
    '3 661 334 kr',
    '0 kr',
    '0 kr',
    '0 kr',
    '3 661 334 kr',
  ]);
  await expect(rowOf(overview, 'Sum finansiering').getByRole('cell').first()).toHaveText(
    '3 661 334 kr',
  );

  // Per-measure detail for focus area 1.
  const detail = page.getByRole('table', {
    name: 'Tiltak i satsningsområde 1 Egnede boliger for vanskeligstilte, 2027',
  });
  await expect(rowOf(detail, '1A Boligtorg').getByRole('cell').first()).toHaveText('2 628 001 kr');
  await expect(rowOf(detail, 'Sum').getByRole('cell').first()).toHaveText('2 728 001 kr');

  // Another year in the yearly table.
  await page.getByRole('radio', { name: '2028' }).check();
  await expect(
    rowOf(page.getByRole('table', { name: 'Budsjett for 2028 per satsningsområde' }), 'Sum')
      .getByRole('cell')
      .first(),
  ).toHaveText('0 kr');

  const saved = JSON.parse(await readFile(path, 'utf8'));
  expect(saved.budget.defaultSplit).toEqual([
    { sourceId: 'src-husbanken', percent: 50 },
    { sourceId: 'src-kommunal', percent: 50 },
  ]);
  expect(saved.measures.find((m: { id: string }) => m.id === 'm-2a').budget).toEqual({
    costs: [{ year: 2027, amount: 333_333 }],
    financing: {
      mode: 'percent',
      split: [
        { sourceId: 'src-husbanken', percent: 60 },
        { sourceId: 'src-kommunal', percent: 25 },
        { sourceId: 'src-andre', percent: 15 },
      ],
    },
  });
});

test('money that cannot be read is refused with a message, and nothing changes', async ({
  page,
  request,
}) => {
  const path = await openBudget(page, request);
  await page.getByRole('button', { name: '1 Egnede boliger for vanskeligstilte' }).click();
  const cost2027 = line(page, '1A Boligtorg').getByRole('textbox', { name: 'Kostnad 2027' });
  await enter(cost2027, '250 000');
  await expectAllSaved(page);
  const before = await readFile(path, 'utf8');

  const cost2028 = line(page, '1A Boligtorg').getByRole('textbox', { name: 'Kostnad 2028' });
  await enter(cost2028, 'tolv tusen');
  const message = page.getByText(
    'Kostnad 2028: «tolv tusen» er ikke et beløp. Skriv hele kroner med sifre, for eksempel 250 000. Det du skrev, er ikke lagret.',
  );
  await expect(message).toBeVisible();
  await expect(cost2028).toHaveAttribute('aria-invalid', 'true');
  await expect(cost2028).toHaveAccessibleDescription(/ikke et beløp/);
  await expect(cost2028).toHaveValue('tolv tusen');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(
    '1 felt med feil er ikke lagret',
  );
  await expectNoAxeViolations(page, 'Budsjett – ugyldig beløp');

  // Øre are not rounded away; a field left with refused text keeps the stored amount.
  await enter(cost2027, '250 000,50');
  await expect(page.getByText(/Kostnad 2027: «250 000,50» har øre/)).toBeVisible();
  await cost2027.press('Escape');
  await expect(cost2027).toHaveValue(shown('250 000'));
  await expect(page.getByText(/Kostnad 2027:/)).toHaveCount(0);

  const multiYear = page.getByRole('table', { name: 'Flerårig oversikt 2027–2030' });
  await expect(rowOf(multiYear, 'Kostnad').getByRole('cell')).toHaveText([
    '250 000 kr',
    '0 kr',
    '0 kr',
    '0 kr',
    '250 000 kr',
  ]);
  // The file is as it was; the header does not claim that what 2028 shows is saved.
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(
    '1 felt med feil er ikke lagret',
  );
  expect(await readFile(path, 'utf8')).toBe(before);

  // Fixing the text stores it and the message goes.
  await enter(cost2028, '12 000 kr');
  await expect(message).toHaveCount(0);
  await expect(cost2028).toHaveValue(shown('12 000'));
  await expect(rowOf(multiYear, 'Kostnad').getByRole('cell').nth(1)).toHaveText('12 000 kr');
  await expectAllSaved(page);
});

test('the budget problems show on the page and lead to the field that fixes them', async ({
  page,
  request,
}) => {
  await openBudget(page, request);
  await expect(page.getByText('Ingen kostnader er ført ennå.')).toBeVisible();
  await page.getByRole('button', { name: '1 Egnede boliger for vanskeligstilte' }).click();
  const measure1B = line(page, '1B Kartlegging av boligbehov');
  await enter(measure1B.getByRole('textbox', { name: 'Kostnad 2027' }), '100 000');
  await expect(page.getByText('Budsjettet går opp')).toBeVisible();

  // Amounts per source start from what the split gave (70/30), then one is lowered.
  await measure1B.getByLabel('Finansiering').selectOption({ label: 'Beløp per kilde' });
  await expect(measure1B.getByRole('textbox', { name: 'Tilskudd fra Husbanken 2027' })).toHaveValue(
    shown('70 000'),
  );
  await enter(measure1B.getByRole('textbox', { name: 'Kommunal egenandel 2027' }), '10 000');
  await expect(
    measure1B.getByText('Finansieringen dekker ikke kostnaden i 2027: mangler 20 000 kr.'),
  ).toBeVisible();
  await enter(measure1B.getByRole('textbox', { name: 'Andre tilskudd 2028' }), '5 000');
  await expect(
    measure1B.getByText('Finansieringen i 2028 er 5 000 kr mer enn kostnaden.'),
  ).toBeVisible();

  const problems = page.locator('.budget-problems');
  await expect(problems.getByRole('link')).toHaveText([
    'Tiltak 1B «Kartlegging av boligbehov»: finansieringen dekker ikke kostnaden i 2027: mangler 20 000 kr.',
    'Tiltak 1B «Kartlegging av boligbehov»: finansieringen i 2028 er 5 000 kr mer enn kostnaden.',
  ]);

  // A frame below the cost, and a cost with no financing at all.
  await enter(page.getByRole('textbox', { name: 'Ramme 2027' }), '50 000');
  await expect(
    page
      .getByText(
        'Programmet koster 100 000 kr i 2027. Det er 50 000 kr mer enn rammen på 50 000 kr.',
      )
      .first(),
  ).toBeVisible();
  const measure1A = line(page, '1A Boligtorg');
  await measure1A.getByLabel('Finansiering').selectOption({ label: 'Egen fordeling i prosent' });
  await measure1A.getByRole('textbox', { name: 'Andel Tilskudd fra Husbanken' }).fill('');
  await measure1A.getByRole('textbox', { name: 'Andel Kommunal egenandel' }).fill('');
  await enter(measure1A.getByRole('textbox', { name: 'Kostnad 2029' }), '40 000');
  await expect(problems.getByRole('link')).toHaveText([
    'Tiltak 1A «Boligtorg» har kostnad, men ingen finansiering.',
    'Tiltak 1B «Kartlegging av boligbehov»: finansieringen dekker ikke kostnaden i 2027: mangler 20 000 kr.',
    'Tiltak 1B «Kartlegging av boligbehov»: finansieringen i 2028 er 5 000 kr mer enn kostnaden.',
    'Programmet koster 100 000 kr i 2027. Det er 50 000 kr mer enn rammen på 50 000 kr.',
  ]);
  await expectNoAxeViolations(page, 'Budsjett – med avvik');

  // A problem's link opens the closed focus area and puts the cursor where the fix goes.
  await page.getByRole('button', { name: 'Skjul alle' }).click();
  await expect(measure1A).toHaveCount(0);
  await problems.getByRole('link', { name: /Tiltak 1A «Boligtorg» har kostnad/ }).click();
  await expect(measure1A.getByLabel('Finansiering')).toBeFocused();
  await problems.getByRole('link', { name: /1B.*mangler 20 000 kr/ }).click();
  await expect(
    measure1B.getByRole('textbox', { name: 'Tilskudd fra Husbanken 2027' }),
  ).toBeFocused();
  await problems.getByRole('link', { name: /Programmet koster/ }).click();
  await expect(page.getByRole('textbox', { name: 'Ramme 2027' })).toBeFocused();
  await expectAllSaved(page);
});

test('financing sources are renamed, added, moved and removed with undo', async ({
  page,
  request,
}) => {
  const path = await openBudget(page, request);
  await page
    .getByRole('textbox', { name: 'Navn på kilde 3' })
    .fill('Tilskudd fra Statsforvalteren');
  await page.getByRole('button', { name: 'Legg til finansieringskilde' }).click();
  const added = page.getByRole('textbox', { name: 'Navn på kilde 5' });
  await expect(added).toBeFocused();
  await added.fill('Helsedirektoratet');
  await page.getByRole('button', { name: 'Flytt opp: kilden Helsedirektoratet' }).click();
  await expect(page.getByRole('textbox', { name: 'Navn på kilde 4' })).toHaveValue(
    'Helsedirektoratet',
  );

  // An empty name is refused; the old name stays.
  await added.fill('');
  await added.blur();
  await expect(page.getByText(/Navn på kilde 5: Kilden må ha et navn/)).toBeVisible();
  await added.fill('Overførte midler');

  // Used by 2A's amounts: removing asks first and says where it is used.
  await page
    .getByRole('button', { name: '2 Tilgjengelige og økonomiske boligvirkemidler' })
    .click();
  const measure2A = line(page, '2A Startlån til leietakere');
  await enter(measure2A.getByRole('textbox', { name: 'Kostnad 2027' }), '80 000');
  await measure2A.getByLabel('Finansiering').selectOption({ label: 'Beløp per kilde' });
  await enter(measure2A.getByRole('textbox', { name: 'Helsedirektoratet 2027' }), '24 000');
  await enter(measure2A.getByRole('textbox', { name: 'Tilskudd fra Husbanken 2027' }), '32 000');
  await expect(measure2A.getByText('I balanse.')).toBeVisible();

  await page.getByRole('button', { name: 'Fjern kilden Helsedirektoratet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fjerne kilden «Helsedirektoratet»?' });
  await expect(dialog).toContainText(
    'Tiltak 2A «Startlån til leietakere»: beløp i 2027 (til sammen 24 000 kr)',
  );
  await expectNoAxeViolations(page, 'Budsjett – fjerne kilde');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Fjern kilden Helsedirektoratet' }).click();
  await dialog.getByRole('button', { name: 'Fjern kilden' }).click();

  await expect(page.getByRole('textbox', { name: 'Helsedirektoratet 2027' })).toHaveCount(0);
  await expect(
    measure2A.getByText('Finansieringen dekker ikke kostnaden i 2027: mangler 24 000 kr.'),
  ).toBeVisible();
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Kilden «Helsedirektoratet» er fjernet.' });
  await expect(notice.getByRole('button', { name: 'Angre' })).toBeFocused();
  await expectAllSaved(page);
  const removed = JSON.parse(await readFile(path, 'utf8'));
  expect(removed.budget.sources.map((s: { name: string }) => s.name)).toEqual([
    'Tilskudd fra Husbanken',
    'Kommunal egenandel',
    'Tilskudd fra Statsforvalteren',
    'Overførte midler',
  ]);

  await notice.getByRole('button', { name: 'Angre' }).click();
  await expect(page.getByRole('textbox', { name: 'Navn på kilde 4' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Navn på kilde 4' })).toHaveValue(
    'Helsedirektoratet',
  );
  await expect(measure2A.getByRole('textbox', { name: 'Helsedirektoratet 2027' })).toHaveValue(
    shown('24 000'),
  );
  await expect(measure2A.getByText('I balanse.')).toBeVisible();
  await expectAllSaved(page);
});

test('an empty plan has a budget page with zero figures, not errors', async ({ page }) => {
  await createPlan(page, 'Tom plan', uniqueTitle('Tom plan for budsjett'));
  await goTo(page, 'Budsjett');
  await expect(page.getByText('Ingen kostnader er ført ennå.')).toBeVisible();
  await expect(page.getByText('Planen har ingen satsningsområder ennå.').first()).toBeVisible();
  const yearly = page.getByRole('table', { name: /^Budsjett for \d{4} per satsningsområde$/ });
  await expect(yearly.getByRole('rowheader')).toHaveText(['Programledelse', 'Sum']);
  await expect(rowOf(yearly, 'Sum').getByRole('cell').first()).toHaveText('0 kr');
  await expectNoAxeViolations(page, 'Budsjett – tom plan');
});
