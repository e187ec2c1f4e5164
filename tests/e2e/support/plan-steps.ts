import { expect, type Page } from '@playwright/test';

export const OSLO_TEMPLATE = 'Boligsosialt utviklingsprogram – Oslo-bydel';

/** From the start screen: choose a template, give a title, create, and land on "Om planen". */
export async function createPlan(page: Page, template: string, title: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('radio', { name: template, exact: true }).check();
  await page.getByLabel('Tittel på planen').fill(title);
  await page.getByRole('button', { name: 'Opprett' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Om planen' })).toBeVisible();
}

/** Reloads the window (back to the start screen) and opens the plan again from the recent list. */
export async function reopen(page: Page, title: string): Promise<void> {
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Planverksted' })).toBeVisible();
  await page
    .getByRole('region', { name: 'Nylige planer' })
    .getByRole('button', { name: title, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Om planen' })).toBeVisible();
}

export async function goTo(page: Page, part: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Deler av planen' })
    .getByRole('link', { name: part })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: part })).toBeVisible();
}

export async function expectAllSaved(page: Page): Promise<void> {
  await expect(
    page.getByRole('status').filter({ hasText: 'Alle endringer er lagret' }),
  ).toBeVisible();
}

/** Each test makes its own plan; the server's data folder lives for the whole run. */
export function uniqueTitle(base: string): string {
  return `${base} ${Math.random().toString(36).slice(2, 7)}`;
}

/** The open plan's file name, as the header shows it. */
export async function currentFileName(page: Page): Promise<string> {
  const text = await page
    .getByRole('banner')
    .getByText(/\.bsplan$/)
    .textContent();
  return (text ?? '').replace(/^Fil:\s*/, '').trim();
}
