import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Plan } from '#shared/model/plan';
import { startStatusReport } from '#shared/plan/report-operations';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { openOsloPlanWithMeasures } from '../e2e/support/plan-with-measures';
import { goTo } from '../e2e/support/plan-steps';
import { answerDialogs } from '../e2e/support/test-server';

// Screenshots of the owner forms (issue 13): .tmp/screens/issue13-owner-forms-*.png.
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue13-owner-forms-${name}.png`) });

async function fill(path: string, out: string, values: Record<string, string | number>) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('Status')!;
  let headerRow = 0;
  const columns = new Map<string, number>();
  sheet.eachRow((row, n) => {
    if (row.getCell(2).value === 'Kode') {
      headerRow = n;
      row.eachCell((cell, c) => columns.set(String(cell.value), c));
    }
  });
  for (const [header, value] of Object.entries(values))
    sheet.getCell(headerRow + 1, columns.get(header)!).value = value;
  await workbook.xlsx.writeFile(out);
}

test('owner forms screenshots', async ({ page, request }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openOsloPlanWithMeasures(page, request, 'Skjema for Bydel Fjellstad', undefined, (plan) => {
    plan.statusReports = startStatusReport(
      plan as unknown as Plan,
      { period: { year: 2027, part: 'h1' }, deadline: '2027-08-15' },
      'r-h1',
      '2027-06-20',
    ).statusReports;
  });
  await goTo(page, 'Statusrapporter');
  await page.getByRole('button', { name: '1. halvår 2027', exact: true }).click();
  const plansDir = await answerDialogs(request, {});
  const folder = join(plansDir, `skjema-${Date.now()}`);
  await mkdir(folder, { recursive: true });
  await answerDialogs(request, { folder: [folder] });
  await page.getByRole('button', { name: 'Lag skjema til hver eier' }).click();
  await expect(page.getByText('skjema er lagret')).toBeVisible();
  await shot(page, 'exported');

  const form = join(folder, 'Øystein Bakken – status 1. halvår 2027.xlsx');
  const a = join(folder, 'Øystein Bakken – utfylt.xlsx');
  const b = join(folder, 'Øystein Bakken – kopi fra leder.xlsx');
  const broken = join(folder, 'Boligkontoret.xlsx');
  await fill(form, a, {
    'Status (n/v/g/a)': 'v',
    'Framdrift (%)': 70,
    'Kommentar / gjennomført i perioden': '14 husstander fikk startlån.',
    'Regnskap 2027 – Tilskudd fra Husbanken (kr)': 120000,
  });
  await fill(form, b, { 'Framdrift (%)': 60 });
  await fill(form, broken, { 'Framdrift (%)': 'ferdig' });
  await copyFile(
    join(folder, 'Marte Fjellheim – status 1. halvår 2027.xlsx'),
    join(folder, 'm.xlsx'),
  );
  await answerDialogs(request, { openMany: [[a, b, broken, join(folder, 'm.xlsx')]] });
  await page.getByRole('button', { name: 'Les inn utfylte skjema' }).click();
  const dialog = page.getByRole('dialog', { name: 'Les inn utfylte skjema' });
  await expect(dialog).toBeVisible();
  await shot(page, 'preview');
  await dialog.getByRole('radio', { name: /kopi fra leder/ }).check();
  await dialog.getByRole('button', { name: 'Bruk endringene' }).click();
  await expect(page.getByText('Skjemaene er lest inn')).toBeVisible();
  await shot(page, 'applied');
});
