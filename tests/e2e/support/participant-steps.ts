import { expect, type Locator, type Page } from '@playwright/test';

// What a participant does on the participant page, as a person would: the same steps for the
// page against a bare workshop server and for the whole workshop with the app.

/** The optional first name, then «Bli med»; the idea form is then there. */
export async function joinAs(page: Page, name: string): Promise<void> {
  await page.getByLabel('Fornavn (valgfritt)').fill(name);
  await page.getByRole('button', { name: 'Bli med' }).click();
  await expect(page.getByRole('heading', { name: 'Ny idé' })).toBeVisible();
}

/** Writes an idea (under a focus area, or the first offered) and presses «Legg til». */
export async function addIdeaOnPhone(page: Page, text: string, area?: string): Promise<void> {
  await page.getByLabel('Din idé').fill(text);
  if (area) await page.getByLabel('Gjelder').selectOption({ label: area });
  await page.getByRole('button', { name: 'Legg til' }).click();
}

/** The participant's own ideas. */
export const ownIdeas = (page: Page): Locator =>
  page.getByRole('region', { name: /Dine ideer/ }).getByRole('listitem');

/** One card in «Stem på ideene». */
export const voteItem = (page: Page, text: string): Locator =>
  page
    .getByRole('region', { name: 'Stem på ideene' })
    .getByRole('listitem')
    .filter({ hasText: text });

/** The connection line («Tilkoblet», «Frakoblet …»). */
export const linkStatus = (page: Page): Locator => page.getByRole('status').first();
