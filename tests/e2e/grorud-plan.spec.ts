import { expect, test, type Locator, type Page } from './support/worker-server';
import { createPlan, expectAllSaved, goTo, uniqueTitle } from './support/plan-steps';

// A new user builds, through the UI only, a small plan shaped like Grorud's 2012 plan: from
// "Tom plan" via goals, people, target groups, strategies, focus areas and measures to the
// budget, until Kvalitetssjekk has nothing left to say, and it is all there after a reload.

// The measures' dates, the indicators' years and the costs follow the plan's own period
// (read from "Om planen"), so the test does not depend on the year it runs in.
let year = 0;
const date = (day: string, offset: number) => `${day}.${year + offset}`;

interface GoalInput {
  title: string;
  subGoal: string;
  resultGoal: string;
  indicator: { name: string; unit: string; baseline: string; target: string };
}

const goals: GoalInput[] = [
  {
    title: 'Alle skal ha en god og trygg bolig',
    subGoal: 'Færre bor midlertidig',
    resultGoal: 'Kortere opphold i midlertidig bolig',
    indicator: {
      name: 'Antall husstander i midlertidig bolig over tre måneder',
      unit: 'husstander',
      baseline: '40',
      target: '10',
    },
  },
  {
    title: 'Alle med behov for tjenester skal få hjelp til å mestre boforholdet',
    subGoal: 'Flere får oppfølging i egen bolig',
    resultGoal: 'Flere beholder boligen sin',
    indicator: {
      name: 'Andel som beholder boligen etter ett år',
      unit: 'prosent',
      baseline: '70',
      target: '90',
    },
  },
];

const people = [
  { name: 'Ingrid Åsheim', role: 'Programleder' },
  { name: 'Tor Bjørnstad', role: 'Boligkonsulent' },
  { name: 'Leila Østgård', role: 'Miljøarbeider' },
];
const partner = 'Husbanken region øst';
const targetGroups = ['Unge og unge voksne', 'Barnefamilier med lav inntekt', 'Flyktninger'];
const strategies = [
  { code: '1', title: 'KUNNSKAP', goal: 1 },
  { code: '2', title: 'PRIORITERINGER', goal: 1 },
  { code: '3', title: 'EIERSKAP', goal: 2 },
];
const areas = [
  { title: 'Egnede boliger for vanskeligstilte', strategies: ['1 KUNNSKAP', '2 PRIORITERINGER'] },
  { title: 'Oppfølging i bomiljøet', strategies: ['3 EIERSKAP'] },
];

interface MeasureInput {
  area: string;
  code: string;
  title: string;
  owner: string;
  groups: string[];
  strategies: string[];
  start: string;
  end: string;
  result: string;
  cost: string;
}

const measuresInPeriod = (): MeasureInput[] => [
  {
    area: '1',
    code: '1A',
    title: 'Kartlegge boligbehovet i bydelen',
    owner: 'Tor Bjørnstad, Boligkonsulent',
    groups: ['Unge og unge voksne'],
    strategies: ['1 KUNNSKAP'],
    start: date('01.02', 0),
    end: date('31.12', 1),
    result: 'En oversikt over hvem som trenger bolig',
    cost: '150 000',
  },
  {
    area: '1',
    code: '1B',
    title: 'Boligtorg',
    owner: partner,
    groups: ['Barnefamilier med lav inntekt', 'Flyktninger'],
    strategies: ['2 PRIORITERINGER'],
    start: date('01.03', 0),
    end: date('30.06', 2),
    result: 'Ett sted å henvende seg om bolig',
    cost: '400 000',
  },
  {
    area: '1',
    code: '1C',
    title: 'Startlån til barnefamilier',
    owner: 'Ingrid Åsheim, Programleder',
    groups: ['Barnefamilier med lav inntekt'],
    strategies: ['2 PRIORITERINGER'],
    start: date('01.01', 1),
    end: date('31.12', 3),
    result: '20 familier eier egen bolig',
    cost: '80 000',
  },
  {
    area: '2',
    code: '2A',
    title: 'Booppfølging for unge',
    owner: 'Leila Østgård, Miljøarbeider',
    groups: ['Unge og unge voksne'],
    strategies: ['3 EIERSKAP'],
    start: date('01.04', 0),
    end: date('31.12', 2),
    result: 'Unge beholder boligen sin',
    cost: '600 000',
  },
  {
    area: '2',
    code: '2B',
    title: 'Miljøarbeid i borettslag',
    owner: 'Leila Østgård, Miljøarbeider',
    groups: ['Flyktninger', 'Barnefamilier med lav inntekt'],
    strategies: ['3 EIERSKAP'],
    start: date('01.08', 0),
    end: date('31.07', 3),
    result: 'Tryggere bomiljø i tre borettslag',
    cost: '250 000',
  },
];

const editorOf = (page: Page, title: string): Locator =>
  page
    .locator('.measure-item', { has: page.getByRole('textbox', { name: 'Tittel', exact: true }) })
    .filter({ has: page.locator(`input[value="${title}"]`) });

async function addGoal(page: Page, number: number, goal: GoalInput) {
  // The button after the last goal (the one at the top does the same).
  await page.getByRole('button', { name: 'Legg til hovedmål' }).last().click();
  const main = page.getByRole('article', { name: `Hovedmål ${number}` });
  await expect(main.getByLabel('Tittel på hovedmålet')).toBeFocused();
  await main.getByLabel('Tittel på hovedmålet').fill(goal.title);
  await main.getByRole('button', { name: `Legg til delmål under hovedmål ${number}` }).click();
  await main.getByLabel('Tittel på delmålet').fill(goal.subGoal);
  await main.getByRole('button', { name: `Legg til resultatmål under delmål ${number}.1` }).click();
  const result = main.getByRole('group', { name: `Resultatmål ${number}.1.1` });
  await result.getByLabel('Tittel på resultatmålet').fill(goal.resultGoal);
  await result
    .getByRole('button', { name: `Legg til indikator for resultatmål ${number}.1.1` })
    .click();
  await result.getByLabel('Indikator', { exact: true }).fill(goal.indicator.name);
  await result.getByLabel('Enhet').fill(goal.indicator.unit);
  const baseline = result.getByRole('group', { name: 'Utgangsverdi' });
  await baseline.getByLabel('Verdi').fill(goal.indicator.baseline);
  await baseline.getByLabel('År').fill(String(year - 1));
  const target = result.getByRole('group', { name: 'Målverdi' });
  await target.getByLabel('Verdi').fill(goal.indicator.target);
  await target.getByLabel('År').fill(String(year + 3));
}

async function addMeasure(page: Page, m: MeasureInput) {
  await page.getByRole('button', { name: `Legg til tiltak i satsningsområde ${m.area}` }).click();
  const title = page.getByRole('textbox', { name: 'Tittel', exact: true });
  await expect(title).toBeFocused();
  await title.fill(m.title);
  const editor = editorOf(page, m.title);
  await editor.getByLabel('Ansvarlig', { exact: true }).selectOption({ label: m.owner });
  for (const g of m.groups) await editor.getByRole('checkbox', { name: g }).check();
  for (const s of m.strategies) await editor.getByRole('checkbox', { name: s }).check();
  await editor.getByLabel('Start', { exact: true }).fill(m.start);
  await editor.getByLabel('Slutt', { exact: true }).fill(m.end);
  await editor.getByLabel('Forventet resultat').fill(m.result);
  await page.getByRole('button', { name: `${m.code} ${m.title}`, expanded: true }).click();
}

test('a new user builds a Grorud-like plan from "Tom plan" until Kvalitetssjekk finds nothing', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const planTitle = uniqueTitle('Boligsosial handlingsplan for Bydel Grorud');
  await createPlan(page, 'Tom plan', planTitle);
  await page.getByLabel('Tittel', { exact: true }).fill(planTitle);
  year = Number(await page.getByLabel('Fra år').inputValue());
  expect(year).toBeGreaterThan(2000);
  const measures = measuresInPeriod();

  // Visjon og mål.
  await goTo(page, 'Visjon og mål');
  await page
    .getByRole('textbox', { name: 'Visjon', exact: true })
    .fill('Alle i Grorud skal ha et godt sted å bo.');
  for (const [index, goal] of goals.entries()) await addGoal(page, index + 1, goal);

  // Personer og partnere.
  await goTo(page, 'Personer og partnere');
  for (const person of people) {
    await page.getByRole('button', { name: 'Legg til person' }).click();
    const form = page.getByRole('form', { name: 'Ny person' });
    await form.getByLabel('Navn').fill(person.name);
    await form.getByLabel('Stillingstittel').fill(person.role);
    await form.getByRole('button', { name: 'Legg til person' }).click();
    await expect(form).toHaveCount(0);
    await expect(
      page.getByRole('list', { name: 'Personer' }).getByRole('article', { name: person.name }),
    ).toBeVisible();
  }
  await page.getByRole('button', { name: 'Legg til samarbeidspartner' }).click();
  const partnerForm = page.getByRole('form', { name: 'Ny samarbeidspartner' });
  await partnerForm.getByLabel('Navn').fill(partner);
  await partnerForm.getByLabel('Beskrivelse').fill('Gir tilskudd og startlån.');
  await partnerForm
    .getByLabel('Kontaktperson')
    .selectOption({ label: 'Ingrid Åsheim, Programleder' });
  await partnerForm.getByRole('button', { name: 'Legg til samarbeidspartner' }).click();
  await expect(
    page.getByRole('list', { name: 'Samarbeidspartnere' }).getByRole('article', { name: partner }),
  ).toBeVisible();

  // Målgrupper.
  await goTo(page, 'Målgrupper');
  for (const group of targetGroups) {
    await page.getByRole('button', { name: 'Legg til målgruppe' }).click();
    await expect(page.getByRole('textbox', { name: 'Navn på målgruppen' }).last()).toBeFocused();
    await page.keyboard.type(group);
    await expect(page.getByRole('article', { name: group })).toBeVisible();
  }

  // Strategier, each linked to a main goal.
  await goTo(page, 'Strategier');
  for (const s of strategies) {
    await page.getByRole('button', { name: 'Legg til strategi' }).click();
    const fresh = page.getByRole('article', { name: `Strategi ${s.code}` });
    await expect(fresh.getByLabel('Tittel')).toBeFocused();
    await expect(fresh.getByLabel('Nummer eller bokstav')).toHaveValue(s.code);
    await page.keyboard.type(s.title);
    const strategy = page.getByRole('article', { name: `Strategi ${s.code}: ${s.title}` });
    await strategy.getByRole('button', { name: `Velg mål for strategi ${s.code} …` }).click();
    await strategy.getByRole('checkbox', { name: new RegExp(`^Hovedmål ${s.goal} `) }).check();
    await strategy.getByRole('button', { name: 'Lukk listen over mål' }).click();
    await expect(
      strategy.getByRole('link', { name: new RegExp(`^Hovedmål ${s.goal} «`) }),
    ).toBeVisible();
  }

  // Satsningsområder, with the strategies they use.
  await goTo(page, 'Satsningsområder og tiltak');
  for (const [index, a] of areas.entries()) {
    await page.getByRole('button', { name: 'Legg til satsningsområde' }).click();
    const name = page.getByRole('textbox', { name: 'Navn på satsningsområdet' }).last();
    await expect(name).toBeFocused();
    await name.fill(a.title);
    const region = page.getByRole('region', { name: `Satsningsområde ${index + 1}: ${a.title}` });
    for (const s of a.strategies) await region.getByRole('checkbox', { name: s }).check();
  }

  // Early on, Kvalitetssjekk points at what is missing.
  await goTo(page, 'Kvalitetssjekk');
  await expect(page.getByRole('status').filter({ hasText: 'å se på' })).toBeVisible();
  for (const a of areas) {
    await expect(
      page.getByRole('link', { name: `Satsningsområdet «${a.title}» har ingen tiltak.` }),
    ).toBeVisible();
  }
  await expect(
    page.getByRole('link', { name: 'Strategien «KUNNSKAP» brukes ikke av noe tiltak.' }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Ingen tiltak retter seg mot målgruppen «Flyktninger».' }),
  ).toBeVisible();
  await expect(page.getByText('Ingenting å se på')).toHaveCount(0);

  // Tiltak.
  await goTo(page, 'Satsningsområder og tiltak');
  for (const m of measures) await addMeasure(page, m);
  await expect(
    page.getByRole('region', { name: /^Satsningsområde 1:/ }).locator('.measure-code'),
  ).toHaveText(['1A', '1B', '1C']);
  await expect(
    page.getByRole('region', { name: /^Satsningsområde 2:/ }).locator('.measure-code'),
  ).toHaveText(['2A', '2B']);

  // Budsjett: a cost for each measure in the period's first year; the default split finances it.
  await goTo(page, 'Budsjett');
  for (const a of areas.keys()) {
    await page.getByRole('button', { name: `${a + 1} ${areas[a]!.title}` }).click();
  }
  for (const m of measures) {
    const cost = page
      .getByRole('group', { name: `${m.code} ${m.title}`, exact: true })
      .getByRole('textbox', { name: `Kostnad ${year}` });
    await cost.fill(m.cost);
    await cost.press('Enter');
    await expect(cost).toHaveValue(m.cost.replace(/ /g, '\u00a0'));
  }
  await expectAllSaved(page);

  // Nothing left to fix.
  await goTo(page, 'Kvalitetssjekk');
  await expect(page.getByRole('heading', { level: 2, name: 'Ingenting å se på' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Deler av planen' }).getByRole('link', {
      name: 'Kvalitetssjekk',
      exact: true,
    }),
  ).toBeVisible();
  await expectAllSaved(page);

  // Reload, and reopen the plan from the start screen.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Planverksted' })).toBeVisible();
  await page
    .getByRole('region', { name: 'Nylige planer' })
    .getByRole('button', { name: planTitle, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Om planen' })).toBeVisible();

  await goTo(page, 'Visjon og mål');
  for (const [index, goal] of goals.entries()) {
    const main = page.getByRole('article', { name: `Hovedmål ${index + 1}` });
    await expect(main.getByLabel('Tittel på hovedmålet')).toHaveValue(goal.title);
    await expect(main.getByLabel('Tittel på delmålet')).toHaveValue(goal.subGoal);
    const result = main.getByRole('group', { name: `Resultatmål ${index + 1}.1.1` });
    await expect(result.getByLabel('Indikator', { exact: true })).toHaveValue(goal.indicator.name);
    await expect(result.getByRole('group', { name: 'Målverdi' }).getByLabel('Verdi')).toHaveValue(
      goal.indicator.target,
    );
  }

  await goTo(page, 'Strategier');
  await expect(page.getByRole('list', { name: 'Strategier' }).locator(':scope > li h3')).toHaveText(
    strategies.map((s) => `Strategi ${s.code}: ${s.title}`),
  );

  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: 'Alle tiltak i tabell' }).click();
  const table = page.getByRole('table', { name: 'Alle tiltak' });
  await expect(table.locator('.measure-row__code')).toHaveText(measures.map((m) => m.code));
  for (const m of measures) {
    const row = table.getByRole('row').filter({ hasText: m.title });
    await expect(row).toContainText(m.code);
    await expect(row).toContainText(m.owner.split(',')[0]!);
  }
});
