import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/worker-server';
import { createPlan, goTo, OSLO_TEMPLATE, uniqueTitle } from './support/plan-steps';
import { typeAhead } from './support/type-ahead';

// Keys typed right after an action (Enter, a new item, a move) must land in the field the action
// leads to, however slow the machine is. Each step types at once, with no wait for focus in
// between (typeAhead sends a run of keys without waiting for the page, as keys queue up on a slow
// machine). `npm run test:e2e:throttled` runs this with the CPU slowed down as well.

const type = (page: Page, text: string) => page.keyboard.type(text);
const values = (fields: Locator) =>
  expect.poll(() => fields.evaluateAll((all) => all.map((f) => (f as HTMLInputElement).value)));

test('responsibilities: Enter, typing and Alt+arrow at full typing speed', async ({ page }) => {
  await createPlan(page, 'Tom plan', uniqueTitle('Plan for rask skriving i ansvar'));
  await goTo(page, 'Organisering');
  await page.getByRole('button', { name: 'Legg til ledd øverst' }).focus();
  await typeAhead(page, 'Enter', 'Styringsgruppe');

  await page.getByRole('button', { name: 'Legg til ansvar' }).focus();
  await typeAhead(page, 'Enter', 'Følger opp økonomi');
  await page.keyboard.press('Enter');
  await type(page, 'Godkjenner arbeidsplaner');
  await typeAhead(
    page,
    'Enter',
    'Rapporterer til bydelsutvalget',
    'Alt+ArrowUp',
    'End',
    ' hvert år',
  );
  await typeAhead(page, 'Alt+ArrowDown', 'Alt+ArrowUp', 'Alt+ArrowUp', 'End', '!');

  const duties = page.getByRole('region', { name: 'Ansvar og oppgaver' }).getByRole('textbox');
  await values(duties).toEqual([
    'Rapporterer til bydelsutvalget hvert år!',
    'Følger opp økonomi',
    'Godkjenner arbeidsplaner',
  ]);
  await expect(duties.first()).toBeFocused();
  await expect(page.getByLabel('Navn', { exact: true })).toHaveValue('Styringsgruppe');
});

test('goals: a new main goal, sub-goal and result goal take the keys typed at once', async ({
  page,
}) => {
  await createPlan(page, 'Tom plan', uniqueTitle('Plan for rask skriving i mål'));
  await goTo(page, 'Visjon og mål');
  const main = (n: number) => page.getByRole('article', { name: `Hovedmål ${n}` });

  await page.getByRole('button', { name: 'Legg til hovedmål' }).focus();
  await typeAhead(page, 'Enter', 'Alle skal bo trygt');
  await main(1).getByRole('button', { name: 'Legg til delmål under hovedmål 1' }).focus();
  await typeAhead(page, 'Enter', 'Færre bostedsløse');
  await main(1).getByRole('button', { name: 'Legg til resultatmål under delmål 1.1' }).focus();
  await typeAhead(page, 'Enter', 'Ingen utskrives til hospits');
  // The second from the button at the top of the list (the first has only that one): the new
  // goal comes last, and the keys still land in its title.
  await page.getByRole('button', { name: 'Legg til hovedmål' }).first().focus();
  await typeAhead(page, 'Enter', 'Unge får egen bolig', 'Alt+ArrowUp', 'End', ' tidlig');

  await expect(main(1).getByLabel('Tittel på hovedmålet')).toHaveValue(
    'Unge får egen bolig tidlig',
  );
  await expect(main(1).getByLabel('Tittel på hovedmålet')).toBeFocused();
  await expect(main(2).getByLabel('Tittel på hovedmålet')).toHaveValue('Alle skal bo trygt');
  await expect(main(2).getByLabel('Tittel på delmålet')).toHaveValue('Færre bostedsløse');
  await expect(main(2).getByLabel('Tittel på resultatmålet')).toHaveValue(
    'Ingen utskrives til hospits',
  );
});

test('strategies and target groups: a new one takes the keys typed at once, and moves', async ({
  page,
}) => {
  await createPlan(page, 'Tom plan', uniqueTitle('Plan for rask skriving i strategier'));
  await goTo(page, 'Strategier');
  await page.getByRole('button', { name: 'Legg til strategi' }).focus();
  await typeAhead(page, 'Enter', 'KUNNSKAP');
  await page.getByRole('button', { name: 'Legg til strategi' }).focus();
  await typeAhead(page, 'Enter', 'SAMARBEID', 'Alt+ArrowUp', 'End', ' PÅ TVERS');
  const titles = page
    .getByRole('article', { name: /^Strategi / })
    .getByLabel('Tittel', { exact: true });
  await values(titles).toEqual(['SAMARBEID PÅ TVERS', 'KUNNSKAP']);
  await expect(titles.first()).toBeFocused();

  await goTo(page, 'Målgrupper');
  await page.getByRole('button', { name: 'Legg til målgruppe' }).focus();
  await typeAhead(page, 'Enter', 'Eldre');
  await page.getByRole('button', { name: 'Legg til målgruppe' }).focus();
  await typeAhead(page, 'Enter', 'Unge', 'Alt+ArrowUp', 'End', ' voksne');
  await values(page.getByRole('textbox', { name: 'Navn på målgruppen' })).toEqual([
    'Unge voksne',
    'Eldre',
  ]);
});

test('workshop quick capture: ideas typed one after another each become their own card', async ({
  page,
}) => {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan for rask skriving i verksted'));
  await goTo(page, 'Verksted');
  await page.getByLabel('Navn på verkstedet').fill('Verksted i arbeidsgruppa');
  await page.getByRole('button', { name: 'Start verkstedet' }).focus();
  await typeAhead(page, 'Enter', 'Boligtorg i bydelen');
  const stage = page.locator('.ws-stage');
  await expect(stage.getByLabel('Ny idé')).toHaveValue('Boligtorg i bydelen');
  await page.keyboard.press('Enter');
  await typeAhead(
    page,
    'Drop-in for boligspørsmål',
    'Enter',
    'Startlån til barnefamilier',
    'Enter',
  );
  await expect(stage.locator('.ws-card__text')).toHaveText([
    'Boligtorg i bydelen',
    'Drop-in for boligspørsmål',
    'Startlån til barnefamilier',
  ]);
  await expect(stage.getByLabel('Ny idé')).toHaveValue('');
  await expect(stage.getByLabel('Ny idé')).toBeFocused();
});

test('chapters: a new chapter and Enter in the text take the keys typed at once', async ({
  page,
}) => {
  await createPlan(page, 'Tom plan', uniqueTitle('Plan for rask skriving i kapitler'));
  await goTo(page, 'Tekstkapitler');
  await page.getByLabel('Nytt kapittel').selectOption({ label: 'Bakgrunn' });
  await page.getByRole('button', { name: 'Legg til kapittel' }).focus();
  await typeAhead(page, 'Enter', 'Bydelen har mange unge.');
  await typeAhead(page, 'Enter', 'Mange leier.', 'Enter', 'Få eier.');
  const text = page.getByRole('textbox', { name: 'Tekst' });
  await expect(text.locator('p')).toHaveText([
    'Bydelen har mange unge.',
    'Mange leier.',
    'Få eier.',
  ]);
});
