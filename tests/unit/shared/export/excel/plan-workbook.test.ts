import { describe, expect, it } from 'vitest';
import { buildPlanXlsx } from '#shared/export/excel/build-plan-xlsx';
import { DATE_FORMAT, KRONER_FORMAT, PERCENT_FORMAT } from '#shared/export/excel/plan-workbook';
import type { Plan } from '#shared/model/plan';
import { newMeasure } from '#shared/plan/measure-operations';
import { samplePlan } from '../../../../support/plan-fixtures';
import {
  excelSerial,
  lastRow,
  readXlsx,
  rowCells,
  rowValues,
  type XlsxSheet,
} from '../../../../support/xlsx-reader';

/** The sample plan with three measures over two years, mixed financing and awkward text. */
function budgetPlan(): Plan {
  const plan = samplePlan();
  const [husbanken, kommunal, andre] = plan.budget.sources;
  plan.partners.push({
    id: 'pa-dps',
    name: 'DPS Øst',
    description: '',
    involvement: 'aktiv',
    contactPersonId: null,
  });
  plan.targetGroups.push({ id: 'tg-2', name: 'Flyktninger', description: '' });
  // Listed before 1A in the file (moved up in the app); the sheet follows the app's order.
  const later = {
    ...newMeasure('m-1b', 'fa-1', '1B'),
    title: 'Bo & trives <ungdom>',
    description: 'Linje én\nLinje to med æøå',
    owner: { kind: 'body' as const, id: 'b-sg' },
    partnerIds: ['pa-nav', 'pa-dps'],
    targetGroupIds: ['tg-2', 'tg-1'],
    startDate: '2028-03-15',
    endDate: null,
    status: 'v' as const,
    progress: 70,
    challenges: 'Få boliger å leie.',
    correctiveAction: '',
    budget: {
      costs: [
        { year: 2028, amount: 100_000 },
        { year: 2029, amount: 40_000 },
      ],
      financing: {
        mode: 'amount' as const,
        amounts: [
          { year: 2028, sourceId: andre!.id, amount: 100_000 },
          { year: 2029, sourceId: kommunal!.id, amount: 30_000 },
        ],
      },
    },
  };
  const area2 = {
    ...newMeasure('m-2a', 'fa-2', '2A'),
    title: 'Booppfølging',
    owner: { kind: 'partner' as const, id: 'pa-dps' },
    budget: { costs: [{ year: 2027, amount: 33_333 }], financing: { mode: 'default' as const } },
  };
  plan.measures = [later, ...plan.measures, area2];
  plan.budget.defaultSplit = [
    { sourceId: husbanken!.id, percent: 70 },
    { sourceId: kommunal!.id, percent: 30 },
  ];
  plan.budget.programmeManagement = {
    costs: [{ year: 2027, amount: 500_000 }],
    financing: { mode: 'default' },
  };
  return plan;
}

async function workbook(plan: Plan): Promise<Record<string, XlsxSheet>> {
  const sheets = readXlsx(await buildPlanXlsx(plan));
  return Object.fromEntries(sheets.map((s) => [s.name, s]));
}

const numbers = (cells: ReturnType<typeof rowCells>, from: number) =>
  cells.slice(from).map((c) => c?.value);

describe('the plan as an Excel workbook', () => {
  it('has the three sheets, each with a bold, frozen header row', async () => {
    const book = await workbook(budgetPlan());
    expect(Object.keys(book)).toEqual(['Aktivitetsplan', 'Budsjett per år', 'Flerårig oversikt']);
    for (const sheet of Object.values(book)) {
      expect(sheet.frozenRows).toBe(1);
      const header = rowCells(sheet, 1);
      expect(header.length).toBeGreaterThan(2);
      expect(header.every((cell) => cell?.bold)).toBe(true);
      expect(sheet.widths.every((w) => w >= 7)).toBe(true);
    }
  });

  it('marks the measures the group gave priority, in their own column', async () => {
    const plan = budgetPlan();
    const chosen = plan.measures.find((m) => m.code === '1A')!;
    chosen.priority = true;
    const sheet = (await workbook(plan))['Aktivitetsplan']!;
    const column = (rowValues(sheet, 1) as string[]).indexOf('Prioritert');
    const rows = plan.measures.map((_, i) => rowValues(sheet, i + 2));
    expect(rows.filter((r) => r[column] === 'Prioritert').map((r) => r[1])).toEqual(['1A']);
  });

  it('writes Husbanken’s activity plan: one row per measure in the app’s order, real dates and numbers', async () => {
    const plan = budgetPlan();
    const sheet = (await workbook(plan))['Aktivitetsplan']!;
    expect(rowValues(sheet, 1)).toEqual([
      'Satsningsområde',
      'Kode',
      'Tiltak',
      'Beskrivelse',
      'Forventet resultat',
      'Ansvarlig',
      'Samarbeidspartnere',
      'Målgrupper',
      'Start',
      'Slutt',
      'Status',
      'Fremdrift',
      'Særlige utfordringer',
      'Korrigerende tiltak',
      'Kostnad 2027',
      'Kostnad 2028',
      'Kostnad 2029',
      'Kostnad 2030',
      'Sum kostnad',
      'Felles prosjekt',
      'Prioritert',
    ]);
    expect(rowValues(sheet, 3).slice(0, 11)).toEqual([
      '1 Egnede boliger for vanskeligstilte',
      '1A',
      'Boligtorg',
      'Ett sted å henvende seg i boligspørsmål.',
      'Flere får bolig raskere.',
      'Lise Fjellvang, Programleder',
      'NAV',
      'Unge og unge voksne',
      excelSerial('2027-01-01'),
      excelSerial('2028-12-31'),
      // No status set yet: the text column says so.
      'Ikke angitt',
    ]);
    const second = rowCells(sheet, 2);
    expect(second.slice(0, 8).map((c) => c?.value)).toEqual([
      '1 Egnede boliger for vanskeligstilte',
      '1B',
      'Bo & trives <ungdom>',
      'Linje én\nLinje to med æøå',
      undefined, // no expected result: an empty cell
      'Styringsgruppe',
      'NAV, DPS Øst',
      'Flyktninger, Unge og unge voksne',
    ]);
    // Dates are date cells; an empty end date is an empty cell, not "null" or 0.
    expect(second[8]).toEqual({
      value: excelSerial('2028-03-15'),
      format: DATE_FORMAT,
      bold: false,
    });
    expect(second[9]).toBeUndefined();
    expect(second[10]?.value).toBe('Videreført');
    expect(second[11]).toEqual({ value: 0.7, format: PERCENT_FORMAT, bold: false });
    // The measure's challenges reach the sheet; an empty corrective action is an empty cell.
    expect(second[12]?.value).toBe('Få boliger å leie.');
    expect(second[13]).toBeUndefined();
    expect(numbers(second, 14)).toEqual([0, 100_000, 40_000, 0, 140_000]);
    expect(second.slice(14).every((c) => c?.format === KRONER_FORMAT)).toBe(true);
    expect(rowValues(sheet, 4).slice(0, 3)).toEqual([
      '2 Individuell oppfølging i bomiljø',
      '2A',
      'Booppfølging',
    ]);
    expect(rowValues(sheet, 4)[5]).toBe('DPS Øst');

    // The sum row adds up each year's column of the rows above it.
    const sumRow = rowCells(sheet, 5);
    expect(lastRow(sheet)).toBe(5);
    expect(sumRow[0]).toMatchObject({ value: 'Sum', bold: true });
    for (let column = 14; column <= 18; column++) {
      const above = [2, 3, 4].map((r) => rowCells(sheet, r)[column]!.value as number);
      expect(sumRow[column]).toEqual({
        value: above.reduce((a, b) => a + b, 0),
        format: KRONER_FORMAT,
        bold: true,
      });
    }
    expect(sumRow[18]?.value).toBe(250_000 + 140_000 + 33_333);
  });

  it('writes the yearly budget by focus area for every programme year, with sums that balance', async () => {
    const plan = budgetPlan();
    const sheet = (await workbook(plan))['Budsjett per år']!;
    const sources = plan.budget.sources.map((s) => s.name);
    expect(rowValues(sheet, 1)).toEqual([
      'År',
      'Satsningsområde',
      'Kostnad',
      ...sources,
      'Sum finansiering',
    ]);
    // Each year: Programledelse, the two focus areas, a sum row, then a blank row.
    const block = (year: number) => {
      const start = 2 + (year - 2027) * 5;
      return [0, 1, 2, 3].map((i) => rowValues(sheet, start + i));
    };
    const [pm, area1, area2, sum] = block(2027);
    expect(pm).toEqual([2027, 'Programledelse', 500_000, 350_000, 150_000, 0, 0, 500_000]);
    expect(area1).toEqual([
      2027,
      '1 Egnede boliger for vanskeligstilte',
      250_000,
      175_000,
      75_000,
      0,
      0,
      250_000,
    ]);
    // 70/30 of 33 333 kr in whole kroner still adds up to the cost.
    expect(area2![2]).toBe(33_333);
    expect((area2![3] as number) + (area2![4] as number)).toBe(33_333);
    expect(sum![1]).toBe('Sum 2027');
    for (let column = 2; column < sum!.length; column++) {
      expect(sum![column]).toBe(
        [pm, area1, area2].reduce((total, row) => total + (row![column] as number), 0),
      );
    }
    expect(rowCells(sheet, 5).every((c) => c === undefined || c.bold)).toBe(true);
    // 2028: only 1B, paid by "other grants".
    expect(block(2028)[1]).toEqual([
      2028,
      '1 Egnede boliger for vanskeligstilte',
      100_000,
      0,
      0,
      100_000,
      0,
      100_000,
    ]);
    // 2029: 40 000 kr of cost but only 30 000 kr financed; the sheet shows it as it is.
    expect(block(2029)[3]!.slice(2)).toEqual([40_000, 0, 30_000, 0, 0, 30_000]);
    expect(lastRow(sheet)).toBe(2 + 3 * 5 + 3);
    expect(rowCells(sheet, 2)[2]?.format).toBe(KRONER_FORMAT);
  });

  it('writes the multi-year overview with the years as columns and the same totals', async () => {
    const plan = budgetPlan();
    const book = await workbook(plan);
    const sheet = book['Flerårig oversikt']!;
    expect(rowValues(sheet, 1)).toEqual([
      'Kostnad og finansiering',
      '2027',
      '2028',
      '2029',
      '2030',
      'Sum',
    ]);
    expect(rowValues(sheet, 2)).toEqual(['Programledelse', 500_000, 0, 0, 0, 500_000]);
    expect(rowValues(sheet, 3)).toEqual([
      '1 Egnede boliger for vanskeligstilte',
      250_000,
      100_000,
      40_000,
      0,
      390_000,
    ]);
    const costTotal = rowCells(sheet, 5);
    expect(costTotal[0]).toMatchObject({ value: 'Sum kostnad', bold: true });
    expect(numbers(costTotal, 1)).toEqual([
      500_000 + 250_000 + 33_333,
      100_000,
      40_000,
      0,
      923_333,
    ]);
    // The activity plan's grand total plus programme management is the period's cost.
    const activities = book['Aktivitetsplan']!;
    const activityTotal = rowCells(activities, lastRow(activities))[18]!.value as number;
    expect(costTotal[5]!.value).toBe(activityTotal + 500_000);

    const names = plan.budget.sources.map((s) => s.name);
    expect(rowValues(sheet, 7)[0]).toBe(names[0]);
    expect(rowValues(sheet, 9)).toEqual([names[2], 0, 100_000, 0, 0, 100_000]);
    const financed = rowValues(sheet, 7 + names.length);
    expect(financed[0]).toBe('Sum finansiering');
    for (let column = 1; column <= 5; column++) {
      const bySource = names.map((_, i) => rowValues(sheet, 7 + i)[column] as number);
      expect(financed[column]).toBe(bySource.reduce((a, b) => a + b, 0));
    }
    expect(financed[5]).toBe(923_333 - 10_000);
  });

  it('still makes a workbook for a plan without measures or money', async () => {
    const plan = samplePlan();
    plan.measures = [];
    const book = await workbook(plan);
    const activities = book['Aktivitetsplan']!;
    expect(lastRow(activities)).toBe(2);
    expect(rowValues(activities, 2)).toEqual(['Sum', ...Array(13), 0, 0, 0, 0, 0]);
    expect(rowValues(book['Flerårig oversikt']!, 5)).toEqual(['Sum kostnad', 0, 0, 0, 0, 0]);
  });

  it('does not change the plan it reads', async () => {
    const plan = budgetPlan();
    const before = structuredClone(plan);
    await buildPlanXlsx(deepFreeze(plan));
    expect(plan).toEqual(before);
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
