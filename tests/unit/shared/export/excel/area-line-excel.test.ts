import { describe, expect, it } from 'vitest';
import { buildPlanXlsx } from '#shared/export/excel/build-plan-xlsx';
import { areaBudgetPlan } from '../../../../support/area-budget-plan';
import { lastRow, readXlsx, rowValues, type XlsxSheet } from '../../../../support/xlsx-reader';

async function workbook(): Promise<Record<string, XlsxSheet>> {
  const sheets = readXlsx(await buildPlanXlsx(areaBudgetPlan()));
  return Object.fromEntries(sheets.map((s) => [s.name, s]));
}

describe('the Excel workbook of a plan budgeted per focus area', () => {
  it('lists each area line first in its area on the activity sheet, and sums it', async () => {
    const sheet = (await workbook())['Aktivitetsplan']!;
    const costs = (row: number) => rowValues(sheet, row).slice(14, 19);
    expect(rowValues(sheet, 2).slice(0, 5)).toEqual([
      '1 Egnede boliger for vanskeligstilte',
      undefined,
      'Felles for satsningsområdet',
      'Kostnad for satsningsområdet som helhet, ikke fordelt på tiltakene.',
      undefined,
    ]);
    expect(costs(2)).toEqual([300_000, 200_000, 0, 0, 500_000]);
    expect(rowValues(sheet, 3).slice(1, 3)).toEqual(['1A', 'Boligtorg']);
    expect(costs(3)).toEqual([0, 0, 0, 0, 0]);
    expect(rowValues(sheet, 4).slice(0, 3)).toEqual([
      '2 Individuell oppfølging i bomiljø',
      undefined,
      'Felles for satsningsområdet',
    ]);
    expect(costs(4)).toEqual([100_000, 0, 0, 0, 100_000]);
    expect(lastRow(sheet)).toBe(5);
    expect(rowValues(sheet, 5)[0]).toBe('Sum');
    expect(costs(5)).toEqual([400_000, 200_000, 0, 0, 600_000]);
  });

  it('counts the area lines on the yearly and the multi-year sheets', async () => {
    const book = await workbook();
    const yearly = book['Budsjett per år']!;
    expect(rowValues(yearly, 3).slice(1, 5)).toEqual([
      '1 Egnede boliger for vanskeligstilte',
      300_000,
      150_000,
      150_000,
    ]);
    expect(rowValues(yearly, 5).slice(1, 5)).toEqual(['Sum 2027', 400_000, 210_000, 190_000]);
    const overview = book['Flerårig oversikt']!;
    const rows = Array.from({ length: lastRow(overview) }, (_, i) => rowValues(overview, i + 1));
    expect(rows.find((r) => r[0] === 'Sum kostnad')).toEqual([
      'Sum kostnad',
      400_000,
      200_000,
      0,
      0,
      600_000,
    ]);
    expect(rows.find((r) => r[0] === 'Sum finansiering')?.at(-1)).toBe(600_000);
  });
});
