import type { Page } from '@playwright/test';
import { expect, test } from './support/cpu-throttle';
import {
  createPlan,
  expectAllSaved,
  goTo,
  OSLO_TEMPLATE,
  reopen,
  uniqueTitle,
} from './support/plan-steps';

// Text fields put what is typed into the plan when typing pauses. A user who types and at once
// undoes, saves or goes to another page must see exactly what they would if every keystroke had
// been stored: the typing undone as one step, saved, and shown on the next page.

const titleField = (page: Page) => page.getByRole('textbox', { name: 'Tittel', exact: true });

test('typing and at once pressing Ctrl+Z, Ctrl+S or going to another page', async ({ page }) => {
  const planTitle = uniqueTitle('Plan for skriving');
  await createPlan(page, OSLO_TEMPLATE, planTitle);
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: 'Legg til tiltak i satsningsområde 1' }).click();
  const title = titleField(page);
  await expect(title).toBeFocused();

  // Ctrl+Z right after typing undoes the whole run of typing, and Ctrl+Shift+Z brings it back.
  await page.keyboard.type('Kartlegge boligbehov');
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue('');
  await expect(page.getByRole('button', { name: '1A Tiltak uten tittel' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(title).toHaveValue('Kartlegge boligbehov');
  await expect(page.getByRole('button', { name: '1A Kartlegge boligbehov' })).toBeVisible();

  // Typing after the redo starts a new step: one undo takes away only the new words.
  await page.keyboard.type(' for unge');
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue('Kartlegge boligbehov');

  // Ctrl+S right after typing saves what was typed: it is there after a reload.
  await page.keyboard.type(' i bydelen');
  await page.keyboard.press('Control+s');
  await expectAllSaved(page);
  await reopen(page, planTitle);
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: '1A Kartlegge boligbehov i bydelen' }).click();
  await expect(title).toHaveValue('Kartlegge boligbehov i bydelen');

  // Going to another page right after typing: the page shows the new title, and so does the
  // field when coming back; the typing is still one step to undo.
  await title.press('End');
  await page.keyboard.type(' og Alna');
  await goTo(page, 'Budsjett');
  await expect(page.getByText('Kartlegge boligbehov i bydelen og Alna').first()).toBeVisible();
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: '1A Kartlegge boligbehov i bydelen og Alna' }).click();
  await expect(title).toHaveValue('Kartlegge boligbehov i bydelen og Alna');
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue('Kartlegge boligbehov i bydelen');
  await expectAllSaved(page);
});
