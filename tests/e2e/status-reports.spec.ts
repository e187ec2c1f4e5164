import { expect, test, type Locator, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { expectAllSaved, goTo, reopen, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures } from './support/plan-with-measures';

// The Oslo template with measures 1A Boligtorg, 1B Kartlegging av boligbehov (focus area 1),
// 2A Startlån til leietakere, 3A and 4A, and a programme period 2027–2030.

const entry = (page: Page, title: string): Locator =>
  page.getByRole('article', { name: title, exact: true });

async function startReport(page: Page, year: string, part: string, label: string) {
  await page.getByLabel('År', { exact: true }).selectOption(year);
  await page.getByLabel('Periode', { exact: true }).selectOption({ label: part });
  await page.getByRole('button', { name: `Start rapport for ${label}` }).click();
}

test('half-year reports: start, report, submit, stay unchanged, unlock, prefill the next, and the final report', async ({
  page,
  request,
}) => {
  const title = uniqueTitle('Oppfølging i Bydel Fjellstad');
  await openOsloPlanWithMeasures(page, request, title, undefined, (plan) => {
    const info = plan.info as { periodStart: number; periodEnd: number };
    info.periodStart = 2027;
    info.periodEnd = 2030;
    // 1A costs 100 000 kr in 2027 (the template's 70/30 split) and spent 120 000 kr of Husbanken's.
    const boligtorg = (plan.measures as Record<string, unknown>[]).find((m) => m.id === 'm-1a')!;
    boligtorg.budget = { costs: [{ year: 2027, amount: 100_000 }], financing: { mode: 'default' } };
    boligtorg.spent = [{ year: 2027, sourceId: 'src-husbanken', amount: 120_000 }];
  });
  await goTo(page, 'Statusrapporter');
  await expect(page.getByText('Ingen rapporter ennå.')).toBeVisible();
  await expectNoAxeViolations(page, 'Statusrapporter uten rapporter');

  // The deadline follows the chosen period: 31.08 for 1. halvår, 28.02 the year after otherwise.
  await page.getByLabel('År', { exact: true }).selectOption('2027');
  await page.getByLabel('Periode', { exact: true }).selectOption({ label: '2. halvår' });
  await expect(page.getByLabel('Frist')).toHaveValue('28.02.2028');
  await startReport(page, '2027', '1. halvår', '1. halvår 2027');
  await expect(page.getByLabel('Frist')).toHaveValue('31.08.2027');
  const heading = page.getByRole('heading', { level: 2, name: 'Halvårsrapport 1. halvår 2027' });
  await expect(heading).toBeFocused();
  // The first report starts from the measures' own status (new measures are «n»).
  await expect(page.locator('.report-state')).toHaveText('Åpen');
  await expect(entry(page, '2A Startlån til leietakere').getByLabel('Status')).toHaveValue('n');
  await entry(page, '2A Startlån til leietakere')
    .getByLabel('Status')
    .selectOption({ label: 'Ikke angitt' });
  await expect(page.locator('.report-state')).toHaveText('Åpen · 1 av 5 tiltak mangler status');

  // Status, progress as a whole percent (70 % shows the form's 75 % box) and texts.
  const boligtorg = entry(page, '1A Boligtorg');
  await boligtorg.getByLabel('Status').selectOption({ label: 'v – Videreført' });
  await boligtorg.getByLabel('Framdrift').fill('70');
  await expect(boligtorg.getByText('i skjemaet 75 %')).toBeVisible();
  await boligtorg.getByLabel('Gjennomført i perioden').fill('Åpnet boligtorget i mars.');
  await boligtorg.getByLabel('Særlige utfordringer').fill('Få ledige lokaler');
  await boligtorg.getByLabel('Korrigerende tiltak').fill('Låne bibliotekets lokaler');
  const kartlegging = entry(page, '1B Kartlegging av boligbehov');
  await kartlegging.getByLabel('Status').selectOption({ label: 'g – Gjennomført' });
  await kartlegging.getByLabel('Framdrift').fill('101');
  await kartlegging.getByLabel('Framdrift').blur();
  await expect(kartlegging.getByText('Framdriften kan ikke være mer enn 100 %.')).toBeVisible();
  await kartlegging.getByLabel('Framdrift').fill('100');
  await expect(kartlegging.getByText('Framdriften kan ikke være mer enn 100 %.')).toHaveCount(0);
  await page.getByLabel('Sammendrag').fill('Et halvår med god framdrift.');
  await page
    .getByLabel(/^Samlet resultat innenfor delmål/)
    .first()
    .fill('Flere har fått bolig.');
  await expectNoAxeViolations(page, 'Åpen statusrapport');

  // Kvalitetssjekk: 2A has no status; its link lands on 2A's status in this report.
  await expectAllSaved(page);
  await goTo(page, 'Kvalitetssjekk');
  await page
    .getByRole('link', {
      name: 'Tiltak 2A «Startlån til leietakere» mangler status i rapporten for 1. halvår 2027.',
    })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statusrapporter' })).toBeVisible();
  const startlan = entry(page, '2A Startlån til leietakere');
  await expect(startlan.getByLabel('Status')).toBeFocused();
  await startlan.getByLabel('Status').selectOption({ label: 'v – Videreført' });
  await startlan.getByLabel('Framdrift').fill('40');

  // Submit: confirmed, then everything is text.
  await page.getByRole('button', { name: 'Lever rapporten' }).click();
  const submit = page.getByRole('alertdialog', { name: 'Levere rapporten for 1. halvår 2027?' });
  await expect(submit).toContainText('Rapporten låses når den er levert');
  await submit.getByRole('button', { name: 'Lever og lås rapporten' }).click();
  await expect(page.locator('.report-state')).toHaveText(/^Levert \d\d\.\d\d\.\d{4}$/);
  await expect(page.locator('.report-view').getByRole('combobox')).toHaveCount(0);
  await expect(page.locator('.report-view').getByRole('textbox')).toHaveCount(0);
  await expect(boligtorg).toContainText('v – Videreført');
  await expect(boligtorg).toContainText('70 % – i skjemaet 75 %');
  await expect(boligtorg).toContainText('Åpnet boligtorget i mars.');
  await expect(page.getByRole('button', { name: 'Slett rapporten' })).toHaveCount(0);
  await expect(page.getByText('En levert rapport kan ikke slettes')).toBeVisible();
  await expectNoAxeViolations(page, 'Levert statusrapport');

  // The measure follows the latest report; renaming it leaves the submitted report as it was.
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: '1A Boligtorg' }).click();
  const editor = page.locator('.measure-item', {
    has: page.locator('input[value="Boligtorg"]'),
  });
  await expect(editor.getByLabel('Framdrift')).toHaveValue('70');
  await expect(editor.getByText('Sist rapportert i 1. halvår 2027.')).toBeVisible();
  await editor.getByRole('textbox', { name: 'Tittel', exact: true }).fill('Boligtorg i bydelen');
  await expectAllSaved(page);
  await goTo(page, 'Statusrapporter');
  await page.getByRole('button', { name: '1. halvår 2027' }).click();
  await expect(entry(page, '1A Boligtorg')).toBeVisible();
  await expect(entry(page, '1A Boligtorg i bydelen')).toHaveCount(0);

  // Unlock for a correction: a reason is required and kept; the report is open again.
  await page.getByRole('button', { name: 'Lås opp for retting' }).click();
  const unlock = page.getByRole('dialog', { name: 'Låse opp rapporten for 1. halvår 2027?' });
  await unlock.getByRole('button', { name: 'Lås opp for retting' }).click();
  await expect(unlock.getByText('Skriv hvorfor rapporten låses opp.')).toBeVisible();
  await unlock.getByLabel('Begrunnelse').fill('Feil framdrift på 2A');
  await unlock.getByRole('button', { name: 'Lås opp for retting' }).click();
  await expect(page.locator('.report-state')).toHaveText('Åpen');
  await expect(page.getByRole('region', { name: 'Låst opp for retting' })).toContainText(
    'Feil framdrift på 2A',
  );
  // The open report sees the rename and offers to take it in.
  await expect(
    page.getByText('1 tiltak er endret i planen siden rapporten ble startet.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Oppdater rapporten fra planen' }).click();
  await expect(entry(page, '1A Boligtorg i bydelen')).toBeVisible();
  await expect(entry(page, '1A Boligtorg i bydelen').getByLabel('Framdrift')).toHaveValue('70');
  await expect(page.getByText('kan derfor ikke slettes')).toBeVisible();
  await entry(page, '2A Startlån til leietakere').getByLabel('Framdrift').fill('45');
  await page.getByRole('button', { name: 'Lever rapporten' }).click();
  await page.getByRole('button', { name: 'Lever og lås rapporten' }).click();
  await expect(page.locator('.report-state')).toHaveText(/^Levert /);

  // 2. halvår: prefilled from the first; the same period cannot be started twice.
  await page.getByRole('button', { name: '← Alle rapporter' }).click();
  await page.getByLabel('År', { exact: true }).selectOption('2027');
  await page.getByLabel('Periode', { exact: true }).selectOption({ label: '1. halvår' });
  await expect(page.getByText('Det finnes allerede en rapport for 1. halvår 2027.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Start rapport/ })).toHaveCount(0);
  await startReport(page, '2027', '2. halvår', '2. halvår 2027');
  await expect(page.getByLabel('Frist')).toHaveValue('28.02.2028');
  const next = entry(page, '1A Boligtorg i bydelen');
  await expect(next.getByLabel('Status')).toHaveValue('v');
  await expect(next.getByLabel('Framdrift')).toHaveValue('70');
  await expect(next.getByLabel('Særlige utfordringer')).toHaveValue('Få ledige lokaler');
  await expect(next.getByLabel('Gjennomført i perioden')).toHaveValue('');
  await expect(next).toContainText(
    'Forrige rapport (1. halvår 2027): v – Videreført, 70 % – i skjemaet 75 %',
  );
  await expect(entry(page, '2A Startlån til leietakere').getByLabel('Framdrift')).toHaveValue('45');
  await next.getByLabel('Framdrift').fill('90');
  await expectAllSaved(page);

  // Reload keeps everything.
  await reopen(page, title);
  await goTo(page, 'Statusrapporter');
  const rows = page.locator('.report-table tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(/1\. halvår 2027Halvårsrapport31\.08\.2027Levert /);
  await expect(rows.nth(1)).toContainText('2. halvår 2027Halvårsrapport28.02.2028Åpen5 av 5');
  await page.getByRole('button', { name: '1. halvår 2027' }).click();
  await expect(entry(page, '1A Boligtorg i bydelen')).toContainText('70 % – i skjemaet 75 %');
  await expect(page.getByText('Et halvår med god framdrift.')).toBeVisible();
  await expect(page.getByText('Flere har fått bolig.')).toBeVisible();

  // Sluttrapport: texts per focus area beside the figures, with each measure's history.
  await goTo(page, 'Sluttrapport');
  const area = page.getByRole('region', { name: /^1 / });
  await area.getByLabel('Tall og fakta').fill('To tiltak, ett gjennomført.');
  await area.getByLabel('Anbefalinger videre').fill('Videreføre boligtorget.');
  const history = area.locator('.history-table');
  await expect(history.getByRole('row', { name: /1A Boligtorg i bydelen/ })).toContainText(
    'v, 70 %v, 90 %',
  );
  await expect(history.getByRole('row', { name: /1B Kartlegging/ })).toContainText(
    'g, 100 %g, 100 %',
  );
  const money = area.locator('.figure-table').nth(1);
  await expect(money.getByRole('row', { name: /^Tilskudd fra Husbanken/ })).toHaveText(
    /70\s000\skr\s*120\s000\skr\s*\+50\s000\skr\s\(\+71,4\s%\)/,
  );
  await expect(area.getByRole('row', { name: /^Gjennomsnittlig framdrift/ })).toHaveText(/95\s%/);
  await page.getByRole('button', { name: 'Marker som ferdig' }).click();
  await expect(page.getByText(/^Markert som ferdig \d\d\.\d\d\.\d{4}$/)).toBeVisible();
  await expectNoAxeViolations(page, 'Sluttrapport');
  await expectAllSaved(page);
  await reopen(page, title);
  await goTo(page, 'Sluttrapport');
  await expect(page.getByRole('region', { name: /^1 / }).getByLabel('Tall og fakta')).toHaveValue(
    'To tiltak, ett gjennomført.',
  );
  await expect(page.getByText(/^Markert som ferdig/)).toBeVisible();
});

test('an open report can be deleted, and undo brings it back', async ({ page, request }) => {
  await openOsloPlanWithMeasures(
    page,
    request,
    uniqueTitle('Rapport som slettes'),
    undefined,
    (plan) => {
      const info = plan.info as { periodStart: number; periodEnd: number };
      info.periodStart = 2027;
      info.periodEnd = 2030;
    },
  );
  await goTo(page, 'Statusrapporter');
  await startReport(page, '2028', 'Hele året', 'Hele året 2028');
  await expect(page.getByRole('heading', { level: 2, name: 'Årsrapport 2028' })).toBeFocused();
  await page.getByRole('button', { name: 'Slett rapporten' }).click();
  await expect(page.getByText('Årsrapport 2028 er slettet.')).toBeVisible();
  await expect(page.getByText('Ingen rapporter ennå.')).toBeVisible();
  await page.locator('.snackbar').getByRole('button', { name: 'Angre' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Årsrapport 2028' })).toBeFocused();
});
