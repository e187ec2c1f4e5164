import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { expectAllSaved, goTo, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures } from './support/plan-with-measures';

// Partners on a measure (issue 15, part 1): picked by typing, created by typing a new name, and
// pasted as a list with the missing ones created after a question; each is one undo step.
// The Oslo template's partners: NAV (picked on 1A), Boligbygg Oslo KF, Husbanken, DPS,
// Kriminalomsorgen, Borettslag i bydelen, Frivillige organisasjoner.

const editorOf = (page: Page, title: string): Locator =>
  page
    .locator('.measure-item', { has: page.getByRole('textbox', { name: 'Tittel', exact: true }) })
    .filter({ has: page.locator(`input[value="${title}"]`) });

async function openBoligtorg(page: Page, request: Parameters<typeof openOsloPlanWithMeasures>[1]) {
  const path = await openOsloPlanWithMeasures(page, request, uniqueTitle('Partnere Fjellstad'));
  await goTo(page, 'Satsningsområder og tiltak');
  await page.getByRole('button', { name: '1A Boligtorg' }).click();
  const editor = editorOf(page, 'Boligtorg');
  return {
    path,
    editor,
    field: editor.getByRole('combobox', { name: 'Samarbeidspartnere' }),
    listbox: editor.getByRole('listbox', { name: 'Samarbeidspartnere' }),
    chips: editor.getByRole('list', { name: 'Valgte partnere' }).getByRole('listitem'),
    said: editor.locator('.multi-select').getByRole('status').first(),
  };
}

/** Pastes text into a field as Word, Excel or a mail would put it on the clipboard. */
async function paste(field: Locator, text: string) {
  await field.evaluate((element, plain) => {
    const data = new DataTransfer();
    data.setData('text/plain', plain);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** The option rows' names, without the tick or plus in front. */
const optionNames = (listbox: Locator) =>
  listbox
    .getByRole('option')
    .evaluateAll((rows) => rows.map((r) => r.textContent!.replace(/^[✓+]/, '')));

async function savedPartnersOf1A(path: string) {
  const plan = JSON.parse(await readFile(path, 'utf8'));
  const names = new Map<string, string>(
    plan.partners.map((p: { id: string; name: string }) => [p.id, p.name]),
  );
  const measure = plan.measures.find((m: { id: string }) => m.id === 'm-1a');
  return {
    picked: (measure.partnerIds as string[]).map((id) => names.get(id)),
    all: [...names.values()],
  };
}

test('pick by typing, create a new one, paste a list of five with two new, undo each in one step', async ({
  page,
  request,
}) => {
  const { path, editor, field, listbox, chips, said } = await openBoligtorg(page, request);
  await expect(chips).toHaveText(['NAV']);
  await expectNoAxeViolations(page, 'tiltak med partnervelger');

  // The whole list, sorted the Norwegian way, with NAV marked as chosen.
  await field.click();
  await expect(listbox).toBeVisible();
  expect(await optionNames(listbox)).toEqual([
    'Boligbygg Oslo KF',
    'Borettslag i bydelen',
    'DPS',
    'Frivillige organisasjoner',
    'Husbanken',
    'Kriminalomsorgen',
    'NAV',
  ]);
  await expect(listbox.getByRole('option', { name: 'NAV' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expectNoAxeViolations(page, 'partnervelger med åpen liste');

  // Typing filters anywhere in the name and in any case; Enter picks the first match.
  await field.fill('OSLO');
  expect(await optionNames(listbox)).toEqual([
    'Boligbygg Oslo KF',
    'Legg til «OSLO» som ny partner',
  ]);
  await expect(said).toContainText('1 treff.');
  await field.press('Enter');
  await expect(chips).toHaveText(['Boligbygg Oslo KF', 'NAV']);
  await expect(field).toHaveValue('');
  await expect(said).toContainText('Boligbygg Oslo KF valgt. 2 valgt.');

  // A name the plan does not have: Enter creates it and picks it.
  await field.fill('Bydel Østensjø');
  expect(await optionNames(listbox)).toEqual(['Legg til «Bydel Østensjø» som ny partner']);
  await field.press('Enter');
  await expect(chips).toHaveText(['Boligbygg Oslo KF', 'Bydel Østensjø', 'NAV']);
  await expect(said).toContainText('«Bydel Østensjø» er lagt til som ny partner og valgt.');
  // Found again without the Norwegian letters; Escape closes the list.
  await field.fill('ostensjo');
  expect(await optionNames(listbox)).toEqual([
    'Bydel Østensjø',
    'Legg til «ostensjo» som ny partner',
  ]);
  await field.press('Escape');
  await expect(listbox).toBeHidden();
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await field.press('Escape');
  await expect(field).toHaveValue('');

  // One undo takes the new partner away from the measure and from the plan.
  await page.keyboard.press('Control+z');
  await expect(chips).toHaveText(['Boligbygg Oslo KF', 'NAV']);
  await field.fill('Østensjø');
  expect(await optionNames(listbox)).toEqual(['Legg til «Østensjø» som ny partner']);
  await field.press('Escape');
  await field.press('Escape');

  // Paste five names, one per line and tab-separated as from Excel: three exist (one in another
  // case, one picked already), two are new and need a yes first.
  await paste(field, 'DPS\nhusbanken\tBydel Fjellstad\n  Frivillig sentral \nNAV\n');
  const question = editor.getByRole('group', { name: /finnes ikke ennå/ });
  await expect(question).toHaveAccessibleName(
    'Disse 2 finnes ikke ennå og blir lagt til som partnere: Bydel Fjellstad, Frivillig sentral. ' +
      'Disse 3 finnes og blir valgt: DPS, Husbanken, NAV.',
  );
  await expect(question.getByRole('button', { name: 'Legg til' })).toBeFocused();
  await expect(chips).toHaveText(['Boligbygg Oslo KF', 'NAV']);
  await expectNoAxeViolations(page, 'spørsmål om innlimte partnere');
  await question.getByRole('button', { name: 'Legg til' }).click();
  await expect(question).toBeHidden();
  await expect(field).toBeFocused();
  await expect(chips).toHaveText([
    'Boligbygg Oslo KF',
    'Bydel Fjellstad',
    'DPS',
    'Frivillig sentral',
    'Husbanken',
    'NAV',
  ]);
  await expect(editor.getByRole('status').last()).toHaveText(
    '5 partnere valgt, 2 av dem nye: DPS, Husbanken, NAV, Bydel Fjellstad, Frivillig sentral.',
  );
  await expectAllSaved(page);
  expect(await savedPartnersOf1A(path)).toEqual({
    picked: [
      'NAV',
      'Boligbygg Oslo KF',
      'DPS',
      'Husbanken',
      'Bydel Fjellstad',
      'Frivillig sentral',
    ],
    all: [
      'NAV',
      'Boligbygg Oslo KF',
      'Husbanken',
      'DPS',
      'Kriminalomsorgen',
      'Borettslag i bydelen',
      'Frivillige organisasjoner',
      'Bydel Fjellstad',
      'Frivillig sentral',
    ],
  });

  // Undo once: the picks and both new partners go, all of it.
  await page.getByRole('button', { name: 'Angre' }).first().click();
  await expect(chips).toHaveText(['Boligbygg Oslo KF', 'NAV']);
  await expectAllSaved(page);
  const undone = await savedPartnersOf1A(path);
  expect(undone.picked).toEqual(['NAV', 'Boligbygg Oslo KF']);
  expect(undone.all).not.toContain('Bydel Fjellstad');
  expect(undone.all).not.toContain('Frivillig sentral');

  // A list where every name exists is picked at once; Avbryt on a question changes nothing.
  await paste(field, 'Kriminalomsorgen, dps');
  await expect(chips).toHaveText(['Boligbygg Oslo KF', 'DPS', 'Kriminalomsorgen', 'NAV']);
  await paste(field, 'Bydel Fjellstad; Husbanken');
  await expect(
    editor.getByRole('group', {
      name: 'Denne finnes ikke ennå og blir lagt til som partner: Bydel Fjellstad. Denne finnes og blir valgt: Husbanken.',
    }),
  ).toBeVisible();
  await editor.getByRole('button', { name: 'Avbryt' }).click();
  await expect(editor.getByRole('group', { name: /finnes ikke ennå/ })).toBeHidden();
  await expect(field).toBeFocused();
  await expect(chips).toHaveText(['Boligbygg Oslo KF', 'DPS', 'Kriminalomsorgen', 'NAV']);
});

test('keyboard only: type, arrow, Enter, Escape, remove chips, answer a paste', async ({
  page,
  request,
}) => {
  const { editor, field, listbox, chips } = await openBoligtorg(page, request);
  // Tab from the measure's title to the field.
  await editor.getByRole('textbox', { name: 'Tittel', exact: true }).focus();
  for (let i = 0; i < 40 && !(await field.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(field).toBeFocused();

  // Typing highlights the first match; arrows move to the offer to create and back.
  await page.keyboard.type('hus');
  const activeName = () =>
    field.evaluate((el) => {
      const id = el.getAttribute('aria-activedescendant');
      return id ? document.getElementById(id)!.textContent!.replace(/^[✓+]/, '') : null;
    });
  expect(await activeName()).toBe('Husbanken');
  await page.keyboard.press('ArrowDown');
  expect(await activeName()).toBe('Legg til «hus» som ny partner');
  await page.keyboard.press('ArrowUp');
  expect(await activeName()).toBe('Husbanken');
  await page.keyboard.press('Enter');
  await expect(chips).toHaveText(['Husbanken', 'NAV']);

  // Arrow down opens the whole list; Enter picks and the list stays open for the next one.
  await page.keyboard.press('ArrowDown');
  await expect(listbox).toBeVisible();
  expect(await activeName()).toBe('Boligbygg Oslo KF');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(chips).toHaveText(['Borettslag i bydelen', 'Husbanken', 'NAV']);
  await expect(listbox).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(listbox).toBeHidden();
  // Escape was the list's: the measure stays open.
  await expect(field).toBeFocused();

  // Typed a new name fast, Enter creates it in the same keystroke's event.
  await page.keyboard.type('Kirkens Bymisjon');
  await page.keyboard.press('Enter');
  await expect(chips).toHaveText(['Borettslag i bydelen', 'Husbanken', 'Kirkens Bymisjon', 'NAV']);

  // Back to the chips: Delete removes one and focus goes to its neighbour.
  await page.keyboard.press('Shift+Tab');
  await expect(editor.getByRole('button', { name: 'Fjern NAV' })).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(editor.getByRole('button', { name: 'Fjern Kirkens Bymisjon' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('button', { name: 'Fjern Kirkens Bymisjon' })).toBeFocused();
  await expect(chips).toHaveText(['Borettslag i bydelen', 'Kirkens Bymisjon']);

  // A pasted list: the question takes focus, Enter answers it, focus comes back to the field.
  await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await paste(field, 'Bydel Fjellstad, NAV');
  await expect(editor.getByRole('button', { name: 'Legg til', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await expect(chips).toHaveText([
    'Borettslag i bydelen',
    'Bydel Fjellstad',
    'Kirkens Bymisjon',
    'NAV',
  ]);
  // Escape on a question is Avbryt.
  await paste(field, 'Frivillig sentral, DPS');
  await expect(editor.getByRole('button', { name: 'Legg til', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(field).toBeFocused();
  await expect(chips).toHaveCount(4);
  await expectNoAxeViolations(page, 'partnervelger etter tastaturbruk');
});
