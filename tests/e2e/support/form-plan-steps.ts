import { expect, type Locator, type Page } from '@playwright/test';
import { goTo } from './plan-steps';
import { FORM_AREAS, FORM_PLAN, formTableText } from './form-plan';

// The way a programme leader enters the form's activity plan from «Tom plan», shared by the
// end-to-end test (which counts the clicks and reads the exports) and the screenshots.

/** Counts what the user does. Waiting for and reading the screen are not counted. */
export class UserActions {
  clicks = 0;
  fills = 0;
  keys = 0;
  pastes = 0;

  constructor(private readonly page: Page) {}

  async click(target: Locator) {
    this.clicks += 1;
    await target.click();
  }

  async fill(target: Locator, text: string) {
    this.fills += 1;
    await target.fill(text);
  }

  async press(target: Locator, key: string) {
    this.keys += 1;
    await target.press(key);
  }

  async goTo(part: string) {
    this.clicks += 1;
    await goTo(this.page, part);
  }

  /** Ctrl+V on the focused element with rows as Excel puts them on the clipboard. */
  async paste(target: Locator, text: string) {
    this.pastes += 1;
    await target.evaluate((element, data) => {
      const clipboard = new DataTransfer();
      clipboard.setData('text/plain', data);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }),
      );
    }, text);
  }
}

export const statusWords: Record<string, string> = {
  n: 'Ny',
  v: 'Videreført',
  g: 'Gjennomført',
  a: 'Avviklet',
  '': 'Ikke angitt',
};

export const areaCard = (page: Page, code: number) =>
  page.locator('.area-card').filter({
    has: page.getByRole('heading', { level: 2, name: new RegExp(`^Satsningsområde ${code}:`) }),
  });

/**
 * From the start screen to the whole plan: period, vision, main goals, focus areas with their
 * sub-goals, each area's measures pasted from the form, two statuses corrected by hand. Returns
 * the corrected statuses (code → n/v/g/a or '').
 */
export async function enterFormPlan(
  page: Page,
  user: UserActions,
  title: string,
): Promise<Record<string, string>> {
  await page.goto('/');
  await user.click(page.getByRole('radio', { name: 'Tom plan', exact: true }));
  await user.fill(page.getByLabel('Tittel på planen'), title);
  await user.click(page.getByRole('button', { name: 'Opprett' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Om planen' })).toBeVisible();

  // Om planen: where and when.
  await user.fill(page.getByLabel('Kommune'), FORM_PLAN.municipality);
  await user.fill(page.getByLabel('Bydel'), FORM_PLAN.district);
  await user.fill(page.getByLabel('Fra år'), String(FORM_PLAN.periodStart));
  await user.press(page.getByLabel('Fra år'), 'Tab');
  await user.fill(page.getByLabel('Til år'), String(FORM_PLAN.periodEnd));
  await user.press(page.getByLabel('Til år'), 'Tab');
  await expect(page.getByLabel('Fra år')).toHaveValue(String(FORM_PLAN.periodStart));
  await expect(page.getByLabel('Til år')).toHaveValue(String(FORM_PLAN.periodEnd));

  // The form numbers shared projects apart (1A again under «Felles prosjekter»).
  await user.click(
    page.getByRole('checkbox', {
      name: 'Felles prosjekter nummereres for seg (som i Husbankens skjema)',
    }),
  );

  // Visjon og mål: the vision and the plan's main goals.
  await user.goTo('Visjon og mål');
  await user.fill(page.getByRole('textbox', { name: 'Visjon', exact: true }), FORM_PLAN.vision);
  for (const [index, goal] of FORM_PLAN.mainGoals.entries()) {
    // The button after the last goal (the one at the top of the list does the same).
    await user.click(page.getByRole('button', { name: 'Legg til hovedmål' }).last());
    const main = page.getByRole('article', { name: `Hovedmål ${index + 1}` });
    await expect(main.getByLabel('Tittel på hovedmålet')).toBeFocused();
    await user.fill(main.getByLabel('Tittel på hovedmålet'), goal);
  }

  // Satsningsområder.
  await user.goTo('Satsningsområder og tiltak');
  for (const area of FORM_AREAS) {
    await user.click(page.getByRole('button', { name: 'Legg til satsningsområde' }));
    const name = page.getByRole('textbox', { name: 'Navn på satsningsområdet' }).last();
    await expect(name).toBeFocused();
    await user.fill(name, area.title);
  }

  // Each area's sub-goals, under the plan's main goals, as the form numbers them: 1.1, 1.2, 2.1 …
  for (const [index, area] of FORM_AREAS.entries()) {
    const card = areaCard(page, index + 1);
    for (const sub of area.subGoals) {
      const under = card.getByRole('combobox', { name: 'Under hovedmål' });
      const wanted = `Hovedmål ${sub.mainGoal}: ${FORM_PLAN.mainGoals[sub.mainGoal - 1]}`;
      if ((await under.locator('option:checked').textContent()) !== wanted) {
        user.clicks += 1;
        await under.selectOption({ label: wanted });
      }
      const title = card.getByRole('textbox', { name: 'Delmål', exact: true });
      await user.fill(title, sub.title);
      await user.press(title, 'Enter');
      await expect(title).toHaveValue('');
    }
    await expect(
      card
        .getByRole('list', { name: 'Mål for satsningsområdet' })
        .getByRole('listitem')
        .filter({ hasText: /^Delmål / }),
    ).toHaveText(
      area.subGoals.map((s, j) => new RegExp(`^Delmål ${index + 1}\\.${j + 1}: ${s.title}`)),
    );
  }

  // Tiltak: each focus area's rows pasted from the form, partners and owners made on the way.
  const dialog = page.getByRole('dialog', { name: 'Lim inn tiltak fra Word eller Excel' });
  for (const [index, area] of FORM_AREAS.entries()) {
    const card = areaCard(page, index + 1);
    await user.click(card.getByRole('button', { name: 'Lim inn fra Word/Excel …' }));
    const field = dialog.getByRole('textbox', { name: 'Rader fra Word eller Excel' });
    await expect(field).toBeFocused();
    await user.paste(field, formTableText(area.measures));
    await expect(dialog.getByRole('status')).toContainText(
      `${area.measures.length} tiltak i Satsningsområde ${index + 1}: ${area.title}.`,
    );
    await expect(dialog.getByRole('region', { name: /Merknader/ })).toHaveCount(0);
    await user.click(
      dialog.getByRole('button', { name: `Opprett ${area.measures.length} tiltak` }),
    );
    await expect(dialog).toHaveCount(0);
    await expect(
      card.getByRole('heading', { name: `Tiltak (${area.measures.length})` }),
    ).toBeVisible();
    await expect(card.locator('.measure-code')).toHaveText(area.measures.map((m) => m.code));

    // The form's «Felles prosjekter» for the area: pasted as such, under their own heading.
    const shared = area.sharedProjects;
    if (shared.length === 0) continue;
    await user.click(card.getByRole('button', { name: 'Lim inn fra Word/Excel …' }));
    await user.paste(field, formTableText(shared));
    await user.click(dialog.getByRole('checkbox', { name: 'Radene er felles prosjekter' }));
    await expect(dialog.getByRole('status')).toContainText(
      `${shared.length} felles prosjekt${shared.length === 1 ? '' : 'er'} i Satsningsområde ${index + 1}: ${area.title}, under «Felles prosjekter».`,
    );
    await expect(dialog.getByRole('region', { name: /Merknader/ })).toHaveCount(0);
    await user.click(dialog.getByRole('button', { name: `Opprett ${shared.length} tiltak` }));
    await expect(dialog).toHaveCount(0);
    await expect(card.locator('.measure-code')).toHaveText(
      [...area.measures, ...shared].map((m) => m.code),
    );
    await expect(card.getByText(`Felles prosjekter (${shared.length})`)).toBeVisible();
  }
  // The form left 4C's status blank and gave 1A «n» by mistake: set one, clear the other. (By
  // title: 1A is also a shared project's code.)
  const corrections: Record<string, string> = {
    'Trygge nabolag': 'n',
    'Kartlegge boligbehovet': '',
  };
  for (const [title, status] of Object.entries(corrections)) {
    const m = FORM_AREAS.flatMap((a) => a.measures).find((x) => x.title === title)!;
    await user.click(page.getByRole('button', { name: `${m.code} ${title}`, expanded: false }));
    const radio = page.getByRole('radio', { name: statusWords[status], exact: true });
    await user.click(radio);
    await expect(radio).toBeChecked();
    await user.click(page.getByRole('button', { name: `${m.code} ${title}`, expanded: true }));
  }

  // Budsjett: each area's money on its own line, as the form gives it, typed year by year (Tab).
  await user.goTo('Budsjett');
  for (const [index, area] of FORM_AREAS.entries()) {
    const name = `${index + 1} ${area.title}`;
    await user.click(page.getByRole('button', { name, exact: true }));
    const line = page.getByRole('group', {
      name: `Felles for satsningsområdet ${name}`,
      exact: true,
    });
    await user.click(line.getByRole('textbox', { name: `Kostnad ${area.budget[0]!.year}` }));
    for (const { year, amount } of area.budget) {
      await expect(line.getByRole('textbox', { name: `Kostnad ${year}` })).toBeFocused();
      user.fills += 1;
      await page.keyboard.type(String(amount));
      user.keys += 1;
      await page.keyboard.press('Tab');
    }
  }
  return corrections;
}
