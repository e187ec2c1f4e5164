import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { APIRequestContext, Page } from '@playwright/test';
import type { Plan } from '#shared/model/plan';
import { startStatusReport } from '#shared/plan/report-operations';
import { expect, test } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { currentFileName, expectAllSaved, goTo, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures } from './support/plan-with-measures';
import { fillOwnerForm } from './support/owner-form-sheet';
import { answerDialogs } from './support/test-server';

// The Oslo template's measures (owners Marte Fjellheim: 1A and 4A, Øystein Bakken: 2A, …) with
// an open report for 1. halvår 2027 written into the file.

async function savedPlan(page: Page, request: APIRequestContext): Promise<Plan> {
  await expectAllSaved(page);
  const plansDir = await answerDialogs(request, {});
  return JSON.parse(await readFile(join(plansDir, await currentFileName(page)), 'utf8')) as Plan;
}

const entryOf = (plan: Plan, measureId: string) =>
  plan.statusReports[0]!.entries.find((e) => e.measureId === measureId)!;

test('owner forms go out, one comes back filled, the preview shows it, and one undo takes it back', async ({
  page,
  request,
}) => {
  await openOsloPlanWithMeasures(
    page,
    request,
    uniqueTitle('Skjema for Bydel Fjellstad'),
    undefined,
    (plan) => {
      const withReport = startStatusReport(
        plan as unknown as Plan,
        { period: { year: 2027, part: 'h1' }, deadline: '2027-08-15' },
        'r-h1',
        '2027-06-20',
      );
      plan.statusReports = withReport.statusReports;
    },
  );
  await goTo(page, 'Statusrapporter');
  await page.getByRole('button', { name: '1. halvår 2027', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Skjema til tiltakseierne' });
  await expectNoAxeViolations(page, 'Statusrapporter – skjema til tiltakseierne');

  // Out: one form per owner into a folder.
  const plansDir = await answerDialogs(request, {});
  const folder = join(plansDir, `skjema-${Date.now()}`);
  await mkdir(folder, { recursive: true });
  await answerDialogs(request, { folder: [folder] });
  await panel.getByRole('button', { name: 'Lag skjema til hver eier' }).click();
  const result = panel.getByRole('status').filter({ hasText: 'skjema er lagret' });
  await expect(result).toContainText(folder);
  await expect(result.getByRole('listitem')).toContainText([
    'Marte Fjellheim – status 1. halvår 2027.xlsx',
    'Øystein Bakken – status 1. halvår 2027.xlsx',
  ]);

  // Back: Øystein fills in his form outside the app.
  const filled = join(folder, 'Øystein Bakken – utfylt.xlsx');
  await fillOwnerForm(
    join(folder, 'Øystein Bakken – status 1. halvår 2027.xlsx'),
    [
      { code: '2A', header: 'Status (n/v/g/a)', value: 'v' },
      { code: '2A', header: 'Framdrift (%)', value: 70 },
      {
        code: '2A',
        header: 'Kommentar / gjennomført i perioden',
        value: '14 husstander fikk startlån.',
      },
      { code: '2A', header: 'Regnskap 2027 – Tilskudd fra Husbanken (kr)', value: 120000 },
    ],
    filled,
  );
  const before = await savedPlan(page, request);

  // A cancelled choice changes nothing; then the filled file and an untouched one.
  await answerDialogs(request, {
    openMany: [null, [filled, join(folder, 'Marte Fjellheim – status 1. halvår 2027.xlsx')]],
  });
  const importButton = panel.getByRole('button', { name: 'Les inn utfylte skjema' });
  await importButton.click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await importButton.click();
  const dialog = page.getByRole('dialog', { name: 'Les inn utfylte skjema' });
  await expect(dialog).toContainText('4 endringer fra 2 skjema.');
  const table = dialog.getByRole('table');
  await expect(dialog.getByRole('heading', { name: '2A Startlån til leietakere' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveText([
    /Felt\s*Nå\s*Fra skjemaet/,
    /Status \(n\/v\/g\/a\)\s*n – Ny\s*v – Videreført\s*Øystein Bakken/,
    /Framdrift \(%\)\s*0 %\s*70 %/,
    /Kommentar \/ gjennomført i perioden\s*\(tom\)\s*14 husstander fikk startlån\./,
    /Regnskap 2027 – Tilskudd fra Husbanken \(kr\)\s*\(tom\)\s*120\s000\skr/,
  ]);
  await expectNoAxeViolations(page, 'Les inn utfylte skjema – forhåndsvisning');
  // Nothing changes before the user confirms.
  expect(entryOf(await savedPlan(page, request), 'm-2a')).toEqual(entryOf(before, 'm-2a'));
  await dialog.getByRole('button', { name: 'Bruk endringene' }).click();
  await expect(page.getByText('Skjemaene er lest inn: 4 endringer.')).toBeVisible();

  await expect.poll(async () => entryOf(await savedPlan(page, request), 'm-2a').progress).toBe(70);
  const after = await savedPlan(page, request);
  expect(entryOf(after, 'm-2a')).toMatchObject({
    status: 'v',
    progress: 70,
    done: '14 husstander fikk startlån.',
  });
  const startlan = after.measures.find((m) => m.id === 'm-2a')!;
  expect(startlan.spent).toEqual([{ year: 2027, sourceId: 'src-husbanken', amount: 120000 }]);
  expect(startlan.progress).toBe(70);

  // One undo takes the whole import back; redo brings it again.
  const notice = page.getByRole('status').filter({ hasText: 'Skjemaene er lest inn' });
  await expect(notice.getByRole('button', { name: 'Angre' })).toBeFocused();
  await notice.getByRole('button', { name: 'Angre' }).click();
  await expect
    .poll(async () => entryOf(await savedPlan(page, request), 'm-2a'))
    .toEqual(entryOf(before, 'm-2a'));
  expect((await savedPlan(page, request)).measures).toEqual(before.measures);
  await expect(importButton).toBeFocused();
  await page.keyboard.press('Control+y');
  await expect.poll(async () => entryOf(await savedPlan(page, request), 'm-2a').progress).toBe(70);
});

test('a form with a column removed is refused with the reason, and nothing changes', async ({
  page,
  request,
}) => {
  await openOsloPlanWithMeasures(page, request, uniqueTitle('Endret skjema'), undefined, (plan) => {
    plan.statusReports = startStatusReport(
      plan as unknown as Plan,
      { period: { year: 2027, part: 'h1' } },
      'r-h1',
      '2027-06-20',
    ).statusReports;
  });
  await goTo(page, 'Statusrapporter');
  await page.getByRole('button', { name: '1. halvår 2027', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Skjema til tiltakseierne' });
  const plansDir = await answerDialogs(request, {});
  const folder = join(plansDir, `endret-${Date.now()}`);
  await mkdir(folder, { recursive: true });
  await answerDialogs(request, { folder: [folder] });
  await panel.getByRole('button', { name: 'Lag skjema til hver eier' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'skjema er lagret' })).toBeVisible();
  const path = join(folder, 'Øystein Bakken – status 1. halvår 2027.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  workbook.getWorksheet('Status')!.spliceColumns(9, 1);
  const altered = join(folder, 'Boligkontoret.xlsx');
  await workbook.xlsx.writeFile(altered);
  await writeFile(join(folder, 'notat.xlsx'), 'ikke et regneark');

  await answerDialogs(request, { openMany: [[altered, join(folder, 'notat.xlsx')]] });
  await panel.getByRole('button', { name: 'Les inn utfylte skjema' }).click();
  const dialog = page.getByRole('dialog', { name: 'Les inn utfylte skjema' });
  await expect(dialog).toContainText('Ingen av skjemaene kunne leses inn.');
  await expect(dialog).toContainText(
    'Skjemaet «Boligkontoret.xlsx» er endret: kolonnen «Framdrift (%)» mangler.',
  );
  await expect(dialog).toContainText('«notat.xlsx» kunne ikke leses som en Excel-arbeidsbok');
  await expect(dialog.getByRole('button', { name: 'Bruk endringene' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toHaveCount(0);
});
