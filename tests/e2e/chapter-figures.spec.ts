import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from './support/worker-server';
import { bodyBlocks, cellsOf, decodeXml, rowsOf, textOf } from '../support/docx-reader';
import { readExportedDocx } from '../support/exported-docx';
import { solidPng } from '../support/word-export-fixtures';
import { expectNoAxeViolations } from './support/accessibility';
import {
  createPlan,
  currentFileName,
  expectAllSaved,
  goTo,
  reopen,
  uniqueTitle,
} from './support/plan-steps';
import { answerDialogs } from './support/test-server';

const untilBuilt = { timeout: 90_000 };
const chapterText = (page: Page) => page.getByRole('textbox', { name: 'Tekst' });
const tool = (page: Page, name: string) =>
  page.getByRole('toolbar', { name: 'Formatering' }).getByRole('button', { name });

async function savedPlan(page: Page, request: APIRequestContext) {
  await expectAllSaved(page);
  const plansDir = await answerDialogs(request, {});
  return JSON.parse(await readFile(join(plansDir, await currentFileName(page)), 'utf8'));
}

const EXCEL_HTML =
  '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<body><table><col width=64><col width=80>' +
  '<tr><td class=xl65>Kommune</td><td class=xl65>Andel</td></tr>' +
  '<tr><td>Oslo</td><td align=right>0,4 %</td></tr>' +
  '<tr><td><p class=MsoNormal>Bydel Nord</p><p class=MsoNormal>og Sør</p></td><td>1,2 %</td></tr>' +
  '</table></body></html>';

const picture = solidPng(400, 200, [31, 78, 121]);
const ALT = 'Søylediagram: antallet bostedsløse husstander går ned fra 142 i 2020 til 117 i 2024.';

test('a table and a picture in a chapter survive a reload and reach the Word document with alt text', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const title = uniqueTitle('Plan med tabell og bilde');
  await createPlan(page, 'Tom plan', title);
  await goTo(page, 'Tekstkapitler');
  await page.getByLabel('Nytt kapittel').selectOption({ label: 'Bakgrunn' });
  await page.getByRole('button', { name: 'Legg til kapittel' }).click();
  const text = chapterText(page);
  await expect(text).toBeFocused();
  await page.keyboard.type('Tall fra bydelen:');

  // «Sett inn tabell»: a wrong count is refused in words, then a 2 × 2 table with a caption.
  await tool(page, 'Sett inn tabell').click();
  const tableDialog = page.getByRole('dialog', { name: 'Sett inn tabell' });
  await tableDialog.getByLabel('Kolonner').fill('0');
  await tableDialog.getByLabel('Rader under overskriftsraden').fill('2');
  await tableDialog.getByRole('button', { name: 'Sett inn tabellen' }).click();
  await expect(tableDialog.getByText('Skriv et tall fra 1 til 30.')).toBeVisible();
  await tableDialog.getByLabel('Kolonner').fill('2');
  await tableDialog.getByLabel('Tabelltekst (valgfri)').fill('Bostedsløse husstander');
  await tableDialog.getByRole('button', { name: 'Sett inn tabellen' }).click();
  await expect(tableDialog).toHaveCount(0);
  await expect(text).toBeFocused();

  // Tab moves from cell to cell.
  for (const [i, cell] of ['År', 'Husstander', '2020', '142', '2022', '128'].entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(cell);
  }
  // A row added under the cursor, and a column added and taken away again.
  await tool(page, 'Rad under').click();
  await page.keyboard.press('Tab');
  await page.keyboard.type('2024');
  await page.keyboard.press('Tab');
  await page.keyboard.type('117');
  await tool(page, 'Kolonne høyre').click();
  await expect(text.getByRole('row').first().getByRole('columnheader')).toHaveCount(3);
  await page.keyboard.press('Tab');
  await tool(page, 'Slett kolonne').click();
  const table = text.getByRole('table', { name: 'Bostedsløse husstander' });
  await expect(table.getByRole('columnheader')).toHaveText(['År', 'Husstander']);
  await expect(table.getByRole('row')).toHaveCount(4);
  await expectNoAxeViolations(page, 'Tekstkapittel med tabell');

  // «Sett inn bilde» after the table: too large a file and a missing alt text are refused.
  await page.keyboard.press('Control+End');
  await tool(page, 'Sett inn bilde').click();
  const imageDialog = page.getByRole('dialog', { name: 'Sett inn bilde' });
  await imageDialog.getByLabel('Bildefil').setInputFiles({
    name: 'stor.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(1024 * 1024 + 1, 1),
  });
  await expect(imageDialog.getByText('Bildet er større enn 1 MB.')).toBeVisible();
  await imageDialog.getByLabel('Bildefil').setInputFiles({
    name: 'figur.png',
    mimeType: 'image/png',
    buffer: Buffer.from(picture),
  });
  await expect(imageDialog.locator('img.image-dialog__preview')).toBeVisible();
  await imageDialog.getByRole('button', { name: 'Sett inn bildet' }).click();
  await expect(imageDialog.getByText('Skriv hva bildet viser')).toBeVisible();
  await expect(imageDialog.getByLabel('Alternativ tekst (må fylles ut)')).toBeFocused();
  await expectNoAxeViolations(page, 'Bildedialog med feil');
  await page.keyboard.type('Søylediagram');
  await imageDialog.getByLabel('Bildetekst (valgfri)').fill('Figur 1: Bostedsløse husstander');
  await imageDialog.getByRole('button', { name: 'Sett inn bildet' }).click();
  await expect(imageDialog).toHaveCount(0);
  await expect(text.getByRole('img', { name: 'Søylediagram' })).toBeVisible();

  // The picture's texts are changed later: a double click (or the toolbar's «Endre bildet» while
  // it is selected) opens them; the change is one undo step.
  await text.getByRole('img', { name: 'Søylediagram' }).dblclick();
  const editDialog = page.getByRole('dialog', { name: 'Endre bildet' });
  await expect(editDialog.getByLabel('Alternativ tekst (må fylles ut)')).toHaveValue(
    'Søylediagram',
  );
  await expect(editDialog.getByLabel('Bildetekst (valgfri)')).toHaveValue(
    'Figur 1: Bostedsløse husstander',
  );
  await expectNoAxeViolations(page, 'Endre bildet');
  await editDialog.getByLabel('Alternativ tekst (må fylles ut)').fill(ALT);
  await editDialog.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(editDialog).toHaveCount(0);
  await expect(text.getByRole('img', { name: ALT })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Endre bildet …' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(text.getByRole('img', { name: 'Søylediagram' })).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(text.getByRole('img', { name: ALT })).toBeVisible();

  // A table copied from Excel or Word is pasted as a table (a Word cell's paragraphs as one line).
  await page.keyboard.press('Control+End');
  await text.evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Kommune\tAndel');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, EXCEL_HTML);
  const pasted = text.getByRole('table').nth(1);
  await expect(pasted.getByRole('columnheader')).toHaveText(['Kommune', 'Andel']);
  await expect(pasted.getByRole('row').nth(1)).toHaveText('Oslo0,4 %');
  await expect(pasted.getByRole('row').nth(2)).toHaveText('Bydel Nord og Sør1,2 %');

  const rows = [
    [[{ text: 'År' }], [{ text: 'Husstander' }]],
    [[{ text: '2020' }], [{ text: '142' }]],
    [[{ text: '2022' }], [{ text: '128' }]],
    [[{ text: '2024' }], [{ text: '117' }]],
  ];
  const expected = [
    { type: 'paragraph', content: [{ text: 'Tall fra bydelen:' }] },
    { type: 'table', rows, caption: 'Bostedsløse husstander' },
    {
      type: 'image',
      mimeType: 'image/png',
      data: Buffer.from(picture).toString('base64'),
      alt: ALT,
      caption: 'Figur 1: Bostedsløse husstander',
      width: 400,
      height: 200,
    },
  ];
  expect((await savedPlan(page, request)).chapters[0].content).toMatchObject(
    expect.arrayContaining(expected.map((b) => expect.objectContaining(b))),
  );

  // After a reload the table and the picture are there as they were.
  await reopen(page, title);
  await goTo(page, 'Tekstkapitler');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').last()).toHaveText('2024117');
  await expect(text.getByRole('img', { name: ALT })).toBeVisible();

  // The Word document: the table after its caption, the picture in word/media with its alt text.
  await goTo(page, 'Eksport');
  const plansDir = await answerDialogs(request, {});
  const docxPath = join(plansDir, 'Med tabell.docx');
  await answerDialogs(request, { save: [docxPath] });
  await page.getByRole('button', { name: 'Eksporter til Word' }).click();
  await expect(
    page.getByRole('region', { name: 'Word-dokument' }).getByRole('status'),
  ).toContainText('lagret som Med tabell.docx', untilBuilt);
  const docx = readExportedDocx(await readFile(docxPath));
  const blocks = bodyBlocks(docx.documentXml);
  const caption = blocks.findIndex((b) => textOf(b.xml) === 'Bostedsløse husstander');
  expect(blocks[caption + 1]!.kind).toBe('tbl');
  expect(rowsOf(blocks[caption + 1]!.xml).map(cellsOf)).toEqual([
    ['År', 'Husstander'],
    ['2020', '142'],
    ['2022', '128'],
    ['2024', '117'],
  ]);
  expect([...docx.media.values()]).toContainEqual(picture);
  const descriptions = [...docx.documentXml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) =>
    decodeXml(m[1]!),
  );
  expect(descriptions).toContain(ALT);
  expect(docx.paragraphs).toContain('Figur 1: Bostedsløse husstander');
});
