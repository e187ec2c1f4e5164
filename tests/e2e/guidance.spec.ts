import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { V2_GUIDANCE_SENTENCES } from '#shared/plan/v2-template-content';
import { expect, test, type Page } from './support/worker-server';
import { readExportedDocx } from '../support/exported-docx';
import { expectNoAxeViolations } from './support/accessibility';
import { createPlan, expectAllSaved, goTo, OSLO_TEMPLATE, uniqueTitle } from './support/plan-steps';
import { answerDialogs } from './support/test-server';

// A template's writing prompts are guidance: shown as such in the editor, replaced by what the
// user writes, listed by Kvalitetssjekk, and never in the Word document.

const PROMPT = 'Skriv kort om hvorfor bydelen deltar i Boligsosialt utviklingsprogram';
const chapterText = (page: Page) => page.getByRole('textbox', { name: 'Tekst' });
const guidance = (page: Page) => chapterText(page).locator('[data-guidance]');
const untilBuilt = { timeout: 90_000 };

test('guidance shows as guidance, gives way to typing, comes back with undo, is listed and never exported', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan med veiledning'));
  await goTo(page, 'Tekstkapitler');

  // Innledning: the template's own sentence, then its prompt in a labelled guidance box.
  await expect(guidance(page)).toHaveCount(1);
  await expect(guidance(page)).toContainText('Veiledning');
  await expect(guidance(page)).toContainText(PROMPT);
  await expect(guidance(page)).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByText('Veiledningen fra malen kommer ikke med i dokumentet')).toBeVisible();
  await expect(page.getByText('31 ord', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'Tekstkapitler med veiledning');

  // Typing at the guidance replaces it with the user's paragraph.
  await guidance(page).click();
  await page.keyboard.type('Bydelen deltar for å samle arbeidet.');
  await expect(guidance(page)).toHaveCount(0);
  await expect(chapterText(page)).toContainText('Bydelen deltar for å samle arbeidet.');
  await expect(chapterText(page)).not.toContainText(PROMPT);

  // One Ctrl+Z brings the guidance back, and the typed text goes.
  await page.keyboard.press('Control+z');
  await expect(guidance(page)).toContainText(PROMPT);
  await expect(chapterText(page)).not.toContainText('Bydelen deltar for å samle');

  // Enter at the guidance gives an empty paragraph in its place, ready for typing.
  await guidance(page).click();
  await page.keyboard.press('Enter');
  await expect(guidance(page)).toHaveCount(0);
  await page.keyboard.type('Planen gjelder alle som trenger hjelp til å bo.');
  await expectAllSaved(page);

  // Kvalitetssjekk lists the three chapters still holding guidance; the link lands in the editor.
  await goTo(page, 'Kvalitetssjekk');
  const chapters = page.getByRole('region', { name: 'Tekstkapitler (3)' });
  await expect(chapters.getByRole('link')).toHaveText([
    'Kapittelet «Bakgrunn» har fortsatt 4 veiledninger fra malen. Skriv teksten, eller fjern veiledningene.',
    'Kapittelet «Status og utfordringer» har fortsatt veiledning fra malen. Skriv teksten, eller fjern veiledningen.',
    'Kapittelet «Organisering og forankring» har fortsatt veiledning fra malen. Skriv teksten, eller fjern veiledningen.',
  ]);
  await chapters.getByRole('link', { name: /«Status og utfordringer»/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tekstkapitler' })).toBeVisible();
  await expect(chapterText(page)).toBeFocused();
  await expect(
    page.getByRole('heading', { level: 2, name: /Status og utfordringer/ }),
  ).toBeVisible();
  await expect(guidance(page)).toContainText('Beskriv hvordan det boligsosiale arbeidet');
  // The link selects the prompt, so what is typed at once replaces it.
  await page.keyboard.type('Tre avdelinger deler ansvaret.');
  await expect(guidance(page)).toHaveCount(0);
  await expectAllSaved(page);

  // The Word document has the user's text and none of the prompts.
  const plansDir = await answerDialogs(request, {});
  await goTo(page, 'Eksport');
  const docxPath = join(plansDir, 'Veiledning.docx');
  await answerDialogs(request, { save: [docxPath] });
  await page.getByRole('button', { name: 'Eksporter til Word' }).click();
  await expect(
    page.getByRole('region', { name: 'Word-dokument' }).getByRole('status'),
  ).toContainText('lagret som Veiledning.docx', untilBuilt);
  const docx = readExportedDocx(await readFile(docxPath));
  expect(docx.text).toContain('Planen gjelder alle som trenger hjelp til å bo.');
  expect(docx.text).toContain('Tre avdelinger deler ansvaret.');
  for (const sentence of V2_GUIDANCE_SENTENCES) expect(docx.documentXml).not.toContain(sentence);
  expect(docx.documentXml).not.toContain('eksempel.no');
});

test('an example figure is marked until confirmed, and an edited one is the user’s', async ({
  page,
}) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan med eksempeltall'));
  await goTo(page, 'Kvalitetssjekk');
  await page
    .getByRole('link', {
      name: /^Resultatmålet «Flere egnede boliger er tatt i bruk for prioriterte grupper»: utgangsverdien og målverdien er eksempeltall/,
    })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Visjon og mål' })).toBeVisible();
  const goal = page.locator('[data-entity-id="rm-fa1"]');
  await expect(goal.getByText('Eksempel – bytt ut eller bekreft')).toHaveCount(2);
  await expect(page.locator(':focus')).toHaveAccessibleName(
    'Bekreft utgangsverdi som eget, ikke eksempel',
  );
  await expectNoAxeViolations(page, 'Visjon og mål med eksempeltall');
  await page.keyboard.press('Enter');
  await expect(goal.getByText('Eksempel – bytt ut eller bekreft')).toHaveCount(1);
  // Typing a new target replaces the example.
  await goal
    .getByRole('group', { name: 'Målverdi' })
    .getByLabel('Verdi', { exact: true })
    .fill('75');
  await expect(goal.getByText('Eksempel – bytt ut eller bekreft')).toHaveCount(0);
  await goTo(page, 'Kvalitetssjekk');
  await expect(page.getByText(/«Flere egnede boliger er tatt i bruk/)).toHaveCount(0);

  // Example people: marked on Personer og partnere, Bekreft clears it.
  await goTo(page, 'Personer og partnere');
  const marte = page.getByRole('article', { name: 'Marte Fjellheim' });
  await expect(marte).toContainText('Eksempel – bytt ut eller bekreft');
  await marte
    .getByRole('button', { name: 'Bekreft Marte Fjellheim som eget, ikke eksempel' })
    .click();
  await expect(marte).not.toContainText('Eksempel – bytt ut eller bekreft');
  await expectNoAxeViolations(page, 'Personer med eksempelpersoner');
});
