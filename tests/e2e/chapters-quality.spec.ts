import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newMeasure } from '#shared/plan/measure-operations';
import { expect, test, type APIRequestContext, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import {
  createPlan,
  currentFileName,
  expectAllSaved,
  goTo,
  OSLO_TEMPLATE,
  uniqueTitle,
} from './support/plan-steps';
import { answerDialogs } from './support/test-server';

/** The plan as saved on disk (autosave must have finished). */
async function savedPlan(page: Page, request: APIRequestContext) {
  await expectAllSaved(page);
  const plansDir = await answerDialogs(request, {});
  return JSON.parse(await readFile(join(plansDir, await currentFileName(page)), 'utf8'));
}

const chapterText = (page: Page) => page.getByRole('textbox', { name: 'Tekst' });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Formatering' });
const tool = (page: Page, name: string) => toolbar(page).getByRole('button', { name });

async function addChapter(page: Page, kind: string) {
  await page.getByLabel('Nytt kapittel').selectOption({ label: kind });
  await page.getByRole('button', { name: 'Legg til kapittel' }).click();
  await expect(chapterText(page)).toBeFocused();
}

const link = 'https://www.husbanken.no';
const written = [
  { type: 'heading', level: 2, content: [{ text: 'Befolkning' }] },
  {
    type: 'paragraph',
    content: [
      { text: 'Bydelen har ' },
      { text: '52 000', bold: true },
      { text: ' innbyggere, og ' },
      { text: 'mange', italic: true },
      { text: ' er unge.' },
    ],
  },
  { type: 'list', ordered: false, items: [[{ text: 'NAV' }], [{ text: 'Husbanken' }]] },
  { type: 'list', ordered: true, items: [[{ text: 'Kartlegge' }], [{ text: 'Prioritere' }]] },
  {
    type: 'paragraph',
    content: [{ text: 'Les mer hos ' }, { text: 'Husbanken', link }, { text: '.' }],
  },
];

test('a chapter written with keyboard and toolbar is stored as structure, survives a reload, and undoes step by step', async ({
  page,
  request,
}) => {
  const title = uniqueTitle('Plan med tekstkapittel');
  await createPlan(page, 'Tom plan', title);
  await goTo(page, 'Tekstkapitler');
  await expect(page.getByRole('heading', { name: 'Ingen tekstkapitler' })).toBeVisible();
  await expectNoAxeViolations(page, 'Tekstkapitler uten kapitler');
  await addChapter(page, 'Bakgrunn');
  const text = chapterText(page);

  // Heading from the toolbar (mouse), the rest from the keyboard.
  await tool(page, 'Overskrift 2').click();
  await expect(tool(page, 'Overskrift 2')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Befolkning');
  await page.keyboard.press('Enter');
  await expect(tool(page, 'Overskrift 2')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.type('Bydelen har ');
  await page.keyboard.press('Control+b');
  await expect(tool(page, 'Fet')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('52 000');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' innbyggere, og ');
  await tool(page, 'Kursiv').click();
  await expect(tool(page, 'Kursiv')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('mange');
  await page.keyboard.press('Control+i');
  await page.keyboard.type(' er unge.');
  await page.keyboard.press('Enter');
  // «- » starts a bullet list; Enter on an empty item ends it.
  await page.keyboard.type('- NAV');
  await expect(tool(page, 'Punktliste')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Husbanken');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  // The toolbar by keyboard: one tab stop, arrow keys between the buttons.
  await page.keyboard.press('Shift+Tab');
  await expect(tool(page, 'Overskrift 2')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(tool(page, 'Nummerert liste')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(text).toBeFocused();
  await expect(tool(page, 'Nummerert liste')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Kartlegge');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Prioritere');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Les mer hos ');

  // A link with Ctrl+K: other addresses than web and e-mail are refused with a message.
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Legg til lenke' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Adresse').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Legg til lenken' }).click();
  await expect(dialog.getByText('Lenken må være en nettadresse')).toBeVisible();
  await expect(dialog.getByLabel('Adresse')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'Lenkedialog med feil');
  await dialog.getByLabel('Adresse').fill('www.husbanken.no');
  await dialog.getByLabel('Tekst som vises').fill('Husbanken');
  await dialog.getByLabel('Tekst som vises').press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(text).toBeFocused();
  await expect(tool(page, 'Lenke')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('.');

  await expect(text.getByRole('heading', { level: 2 })).toHaveText('Befolkning');
  await expect(text.getByRole('link', { name: 'Husbanken' })).toHaveAttribute('href', link);
  await expectNoAxeViolations(page, 'Tekstkapitler med tekst');
  let saved = await savedPlan(page, request);
  expect(saved.chapters).toHaveLength(1);
  expect(saved.chapters[0]).toMatchObject({ kind: 'bakgrunn', title: 'Bakgrunn' });
  expect(saved.chapters[0].content).toEqual(written);

  // Undo: first the full stop (typing), then the link (a step of its own); redo brings both back.
  const lastParagraph = text.locator('p').last();
  await page.keyboard.press('Control+z');
  await expect(lastParagraph).toHaveText('Les mer hos Husbanken');
  await expect(text).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(lastParagraph).toHaveText(/^Les mer hos\s*$/);
  await expect(text.getByRole('link')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+y');
  await expect(lastParagraph).toHaveText('Les mer hos Husbanken.');
  saved = await savedPlan(page, request);
  expect(saved.chapters[0].content).toEqual(written);

  // After a reload the structure is all there in the editor.
  await page.reload();
  await page
    .getByRole('region', { name: 'Nylige planer' })
    .getByRole('button', { name: title, exact: true })
    .click();
  await goTo(page, 'Tekstkapitler');
  await expect(text.getByRole('heading', { level: 2 })).toHaveText('Befolkning');
  await expect(text.locator('strong')).toHaveText('52 000');
  await expect(text.locator('em')).toHaveText('mange');
  await expect(text.locator('ul > li')).toHaveText(['NAV', 'Husbanken']);
  await expect(text.locator('ol > li')).toHaveText(['Kartlegge', 'Prioritere']);
  await expect(text.getByRole('link', { name: 'Husbanken' })).toHaveAttribute('href', link);
  await expect(page.getByText('18 ord')).toBeVisible();

  // A link is changed or removed from the same dialog.
  await text.getByRole('link', { name: 'Husbanken' }).click();
  await expect(page.getByText('Lenke til https://www.husbanken.no')).toBeVisible();
  await tool(page, 'Lenke').click();
  const change = page.getByRole('dialog', { name: 'Endre lenke' });
  await expect(change.getByLabel('Adresse')).toHaveValue(link);
  await change.getByRole('button', { name: 'Fjern lenken' }).click();
  await expect(change).toHaveCount(0);
  await expect(text.getByRole('link')).toHaveCount(0);
  await expect(text.locator('p').last()).toHaveText('Les mer hos Husbanken.');
  saved = await savedPlan(page, request);
  expect(saved.chapters[0].content.at(-1)).toEqual({
    type: 'paragraph',
    content: [{ text: 'Les mer hos Husbanken.' }],
  });
});

test('typing is undone one paragraph or list item at a time, also from the header button', async ({
  page,
}) => {
  await createPlan(page, 'Tom plan', uniqueTitle('Plan for angring i tekst'));
  await goTo(page, 'Tekstkapitler');
  await addChapter(page, 'Innledning');
  const text = chapterText(page);
  await page.keyboard.type('Første avsnitt.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Første punkt');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Andre punkt');
  await expect(text.locator('li')).toHaveText(['Første punkt', 'Andre punkt']);

  await page.keyboard.press('Control+z');
  await expect(text.locator('li')).toHaveText(['Første punkt']);
  await page.keyboard.press('Control+z');
  await expect(text.locator('li')).toHaveCount(0);
  await expect(text).toHaveText('Første avsnitt.');
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(text).toHaveText('');
  await page.keyboard.press('Control+y');
  await expect(text).toHaveText('Første avsnitt.');
  await page.getByRole('button', { name: 'Gjør om' }).click();
  await page.getByRole('button', { name: 'Gjør om' }).click();
  await expect(text.locator('li')).toHaveText(['Første punkt', 'Andre punkt']);
  await expectAllSaved(page);
});

test('text pasted from Word keeps paragraphs, lists, tables, bold and italic, and nothing else', async ({
  page,
  request,
}) => {
  await createPlan(page, 'Tom plan', uniqueTitle('Plan med innlimt tekst'));
  await goTo(page, 'Tekstkapitler');
  await addChapter(page, 'Status og utfordringer');
  const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><style>p.MsoNormal { font-family: Calibri; }</style></head>
<body lang=NO-BOK><!--StartFragment-->
<h1><span style='font-size:16pt;color:#2F5496'>Boligsituasjonen</span></h1>
<p class=MsoNormal><span style='color:red'>Bydelen har </span><b><span style='font-family:Calibri'>mange</span></b><span> kommunale boliger, og <i>noen</i> er <a href="https://www.oslo.kommune.no">nye</a>.</span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Startlån</p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span></span><![endif]><b>Bostøtte</b></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp; </span></span><![endif]>Kartlegge</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp; </span></span><![endif]>Følge opp</p>
<table class=MsoTableGrid><tr><td><p class=MsoNormal>Tabelltekst</p></td></tr></table>
<p class=MsoNormal><img src="file:///C:/bilde.png">Etter bildet</p>
<!--EndFragment--></body></html>`;
  await chapterText(page).evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Boligsituasjonen');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, word);
  await expect(chapterText(page).locator('ol > li')).toHaveText(['Kartlegge', 'Følge opp']);

  const saved = await savedPlan(page, request);
  expect(saved.chapters[0].content).toEqual([
    { type: 'paragraph', content: [{ text: 'Boligsituasjonen' }] },
    {
      type: 'paragraph',
      content: [
        { text: 'Bydelen har ' },
        { text: 'mange', bold: true },
        { text: ' kommunale boliger, og ' },
        { text: 'noen', italic: true },
        { text: ' er nye.' },
      ],
    },
    {
      type: 'list',
      ordered: false,
      items: [[{ text: 'Startlån' }], [{ text: 'Bostøtte', bold: true }]],
    },
    { type: 'list', ordered: true, items: [[{ text: 'Kartlegge' }], [{ text: 'Følge opp' }]] },
    // A table stays a table (its first row the header row); the picture is dropped.
    { type: 'table', rows: [[[{ text: 'Tabelltekst' }]]] },
    { type: 'paragraph', content: [{ text: 'Etter bildet' }] },
  ]);

  // Pasting is one undo step.
  await page.keyboard.press('Control+z');
  await expect(chapterText(page)).toHaveText('');
});

test('chapters are added, renamed, moved by button, keyboard and drag, and deleted with undo', async ({
  page,
  request,
}) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan med kapitler'));
  await goTo(page, 'Tekstkapitler');
  const list = page.getByRole('region', { name: /Kapitler/ }).getByRole('list');
  const rows = list.getByRole('listitem');
  const titles = () => rows.locator('.chapter-row__title');
  await expect(titles()).toHaveText([
    '1. Innledning',
    '2. Bakgrunn',
    '3. Status og utfordringer',
    '4. Organisering og forankring',
    '5. Oppfølging og rapportering',
  ]);

  await list.getByRole('button', { name: /^2\. Bakgrunn/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: '2. Bakgrunn' })).toBeVisible();
  await page.getByLabel('Tittel', { exact: true }).fill('Bakgrunn og tall');
  await expect(titles().nth(1)).toHaveText('2. Bakgrunn og tall');

  const down = page.getByRole('button', { name: 'Flytt ned: kapittel 2 «Bakgrunn og tall»' });
  await down.click();
  await expect(titles().nth(2)).toHaveText('3. Bakgrunn og tall');
  const movedDown = page.getByRole('button', { name: 'Flytt ned: kapittel 3 «Bakgrunn og tall»' });
  await expect(movedDown).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(titles().nth(1)).toHaveText('2. Bakgrunn og tall');

  await rows.nth(4).dragTo(rows.nth(0), { targetPosition: { x: 40, y: 4 } });
  await expect(titles()).toHaveText([
    '1. Oppfølging og rapportering',
    '2. Innledning',
    '3. Bakgrunn og tall',
    '4. Status og utfordringer',
    '5. Organisering og forankring',
  ]);

  await list.getByRole('button', { name: /^2\. Innledning/ }).click();
  await page.getByRole('button', { name: 'Slett kapittelet' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'er slettet' });
  await expect(notice).toContainText('Kapittel 2 «Innledning» er slettet.');
  await expect(rows).toHaveCount(4);
  await expect(page.getByRole('heading', { level: 2, name: '2. Bakgrunn og tall' })).toBeVisible();
  await expectNoAxeViolations(page, 'Tekstkapitler etter sletting');
  await notice.getByRole('button', { name: 'Angre' }).click();
  await expect(rows).toHaveCount(5);
  await expect(list.getByRole('button', { name: /^2\. Innledning/ })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: '2. Innledning' })).toBeVisible();

  await addChapter(page, 'Risikoanalyse');
  await expect(titles().nth(5)).toHaveText('6. Risikoanalyse');
  await expect(page.getByRole('heading', { level: 2, name: '6. Risikoanalyse' })).toBeVisible();

  const saved = await savedPlan(page, request);
  expect(saved.chapters.map((c: { kind: string; title: string }) => [c.kind, c.title])).toEqual([
    ['oppfolging-og-rapportering', 'Oppfølging og rapportering'],
    ['innledning', 'Innledning'],
    ['bakgrunn', 'Bakgrunn og tall'],
    ['status-og-utfordringer', 'Status og utfordringer'],
    ['organisering-og-forankring', 'Organisering og forankring'],
    ['risikoanalyse', 'Risikoanalyse'],
  ]);
});

test('Kvalitetssjekk lists the Oslo template’s gaps, links to them, and follows the plan live', async ({
  page,
}) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for kvalitetssjekk'));
  const nav = page.getByRole('navigation', { name: 'Deler av planen' });
  await expect(nav.getByRole('link', { name: 'Kvalitetssjekk 40 ting å se på' })).toBeVisible();
  await goTo(page, 'Kvalitetssjekk');
  await expect(page.getByRole('status').filter({ hasText: 'å se på' })).toHaveText(
    '40 ting å se på',
  );
  const group = (name: string) => page.getByRole('region', { name });
  await expect(group('Visjon og mål (10)').getByRole('link')).toHaveCount(10);
  await expect(group('Strategier (5)')).toContainText(
    'Strategien «KUNNSKAP» brukes ikke av noe tiltak.',
  );
  await expect(group('Satsningsområder og tiltak (5)')).toContainText(
    'Satsningsområdet «Egnede boliger for vanskeligstilte» har ingen tiltak.',
  );
  await expect(group('Målgrupper (7)')).toContainText(
    'Ingen tiltak retter seg mot målgruppen «Eldre».',
  );
  await expectNoAxeViolations(page, 'Kvalitetssjekk etter del av planen');
  await page.getByRole('radio', { name: 'Hva det gjelder' }).check();
  await expect(group('Mål uten målbar indikator (7)')).toBeVisible();
  await expect(group('Satsningsområder uten tiltak (5)')).toBeVisible();
  await expect(group('Strategier som ingen tiltak bruker (5)')).toBeVisible();
  await expect(group('Målgrupper uten tiltak (7)')).toBeVisible();
  await expectNoAxeViolations(page, 'Kvalitetssjekk etter type');

  // A result goal without an indicator: the link lands on its "Legg til indikator".
  const focusedEntity = () =>
    page.evaluate(() =>
      document.activeElement?.closest('[data-entity-id]')?.getAttribute('data-entity-id'),
    );
  await page
    .getByRole('link', {
      name: 'Resultatmålet «Flere borettslag har en samarbeidsavtale med bydelen» mangler målbar indikator.',
    })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Visjon og mål' })).toBeVisible();
  await expect(page.locator(':focus')).toHaveAccessibleName(
    /^Legg til indikator for resultatmål [\d.]+$/,
  );
  expect(await focusedEntity()).toBe('rm-fa4');

  // Fixing it there takes it off the list; undo on the check page brings it back at once.
  await page.keyboard.press('Enter');
  const resultGoal = page.locator('[data-entity-id="rm-fa4"]');
  await resultGoal
    .getByLabel('Indikator', { exact: true })
    .fill('Antall borettslag med samarbeidsavtale');
  const target = resultGoal.getByRole('group', { name: 'Målverdi' });
  await target.getByLabel('Verdi').fill('5');
  await target.getByLabel('År').fill('2030');
  await expect(nav.getByRole('link', { name: 'Kvalitetssjekk 39 ting å se på' })).toBeVisible();
  await goTo(page, 'Kvalitetssjekk');
  await expect(page.getByText('39 ting å se på', { exact: true })).toBeVisible();
  await expect(page.getByText('Resultatmålet «Flere borettslag')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByText('40 ting å se på', { exact: true })).toBeVisible();
  await expect(page.getByText('Resultatmålet «Flere borettslag')).toBeVisible();

  // A sub-goal without result goals: the link lands on "Legg til resultatmål".
  await page
    .getByRole('link', {
      name: 'Delmålet «Bedre oversikt over vanskeligstilte og deres boligbehov» mangler målbar indikator.',
    })
    .click();
  await expect(page.locator(':focus')).toHaveAccessibleName(
    /^Legg til resultatmål under delmål \d\.\d$/,
  );
  expect(await focusedEntity()).toBe('dm-3-1');

  // Links to the other parts go to their pages, to the thing that needs fixing.
  await goTo(page, 'Kvalitetssjekk');
  await page
    .getByRole('link', { name: 'Strategien «EIERSKAP» brukes ikke av noe tiltak.' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategier' })).toBeVisible();
  await expect.poll(focusedEntity).toBe('str-eierskap');
  await goTo(page, 'Kvalitetssjekk');
  await page
    .getByRole('link', {
      name: 'Satsningsområdet «Bomiljøarbeid i utsatte områder» har ingen tiltak.',
    })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Satsningsområder og tiltak' }),
  ).toBeVisible();
  await expect.poll(focusedEntity).toBe('fa-4');
  await goTo(page, 'Kvalitetssjekk');
  await page.getByRole('link', { name: 'Ingen tiltak retter seg mot målgruppen «Eldre».' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Målgrupper' })).toBeVisible();
  await expect.poll(focusedEntity).toBe('tg-eldre');
});

test('a measure without a cost leads to its cost line on Budsjett', async ({ page, request }) => {
  const title = uniqueTitle('Plan med tiltak uten kostnad');
  await createPlan(page, OSLO_TEMPLATE, title);
  await expectAllSaved(page);
  const plansDir = await answerDialogs(request, {});
  const path = join(plansDir, await currentFileName(page));
  await page.getByRole('button', { name: 'Lukk plan' }).click();
  // A measure written into the file, as another user of the plan could have made it.
  const plan = JSON.parse(await readFile(path, 'utf8'));
  plan.measures.push({
    ...newMeasure('m-boligtorg', 'fa-1', '1A'),
    title: 'Boligtorg',
    expectedResult: 'Ett sted å henvende seg',
    startDate: '2027-01-01',
    endDate: '2027-12-31',
  });
  await writeFile(path, JSON.stringify(plan, null, 2));
  await page
    .getByRole('region', { name: 'Nylige planer' })
    .getByRole('button', { name: title, exact: true })
    .click();

  await goTo(page, 'Kvalitetssjekk');
  await page.getByRole('link', { name: 'Tiltak 1A «Boligtorg» mangler kostnad.' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budsjett' })).toBeVisible();
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-field', 'costs');
  expect(
    await focused.evaluate((el) => el.closest('[data-entity-id]')?.getAttribute('data-entity-id')),
  ).toBe('m-boligtorg');
  await goTo(page, 'Kvalitetssjekk');
  await page.getByRole('link', { name: 'Tiltak 1A «Boligtorg» mangler ansvarlig.' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Satsningsområder og tiltak' }),
  ).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() =>
        document.activeElement?.closest('[data-entity-id]')?.getAttribute('data-entity-id'),
      ),
    )
    .toBe('m-boligtorg');
});

test('a plan without problems gets a calm all-clear and no count in the navigation', async ({
  page,
}) => {
  await createPlan(page, 'Tom plan', uniqueTitle('Plan uten problemer'));
  const nav = page.getByRole('navigation', { name: 'Deler av planen' });
  await expect(nav.getByRole('link', { name: 'Kvalitetssjekk', exact: true })).toBeVisible();
  await goTo(page, 'Kvalitetssjekk');
  await expect(page.getByRole('heading', { level: 2, name: 'Ingenting å se på' })).toBeVisible();
  await expect(page.getByText('Planen har ingen tiltak ennå.')).toBeVisible();
  await expectNoAxeViolations(page, 'Kvalitetssjekk uten problemer');
});
