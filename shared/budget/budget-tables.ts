import type { Plan } from '../model/plan';
import { areaMeasuresInOrder, measureDisplayCode } from '../plan/measure-groups';
import { AREA_LINE_LABEL, countedCostLines, lineHasMoney } from './counted-lines';
import { isLedByOther } from './counted-measures';
import { costInYear, financingInYear, sumAmounts, type SourceAmounts } from './financing';

export interface BudgetRow {
  /**
   * 'programledelse', a focus area id, a measure id, a year as text, or 'sum'. In the table of
   * one focus area, the area's own line has the area's id.
   */
  key: string;
  label: string;
  cost: number;
  /** Per financing source, in the order of plan.budget.sources. */
  bySource: number[];
  financed: number;
  /**
   * A shared project led and financed by another district: shown with its amounts, never added
   * to the sum (see counted-measures.ts).
   */
  notCounted?: true;
}

export interface BudgetTable {
  sources: { id: string; name: string }[];
  rows: BudgetRow[];
  sum: BudgetRow;
}

const emptyRow = (key: string, label: string, sourceCount: number): BudgetRow => ({
  key,
  label,
  cost: 0,
  bySource: Array.from({ length: sourceCount }, () => 0),
  financed: 0,
});

function addTo(row: BudgetRow, cost: number, amounts: SourceAmounts, sourceIds: string[]) {
  row.cost += cost;
  sourceIds.forEach((id, i) => (row.bySource[i]! += amounts.get(id) ?? 0));
  row.financed += sumAmounts(amounts);
}

function sumRow(rows: BudgetRow[], sourceCount: number): BudgetRow {
  const sum = emptyRow('sum', 'Sum', sourceCount);
  for (const row of rows) {
    if (row.notCounted) continue;
    sum.cost += row.cost;
    row.bySource.forEach((v, i) => (sum.bySource[i]! += v));
    sum.financed += row.financed;
  }
  return sum;
}

/**
 * Table 1: one year by focus area — Programledelse, each focus area, Sum (Husbanken's form). A
 * focus area's row holds its own line and its counted measures (counted-lines.ts).
 */
export function yearlyBudgetByFocusArea(plan: Plan, year: number): BudgetTable {
  const sourceIds = plan.budget.sources.map((s) => s.id);
  const management = emptyRow('programledelse', 'Programledelse', sourceIds.length);
  const areaRows = new Map(
    plan.focusAreas.map((area) => [
      area.id,
      emptyRow(area.id, `${area.code} ${area.title}`.trim(), sourceIds.length),
    ]),
  );
  for (const line of countedCostLines(plan)) {
    const row = line.focusAreaId === null ? management : areaRows.get(line.focusAreaId);
    if (!row) continue;
    addTo(
      row,
      costInYear(line.budget, year),
      financingInYear(line.budget, plan.budget, year),
      sourceIds,
    );
  }
  const rows = [management, ...areaRows.values()];
  return {
    sources: plan.budget.sources.map(({ id, name }) => ({ id, name })),
    rows,
    sum: sumRow(rows, sourceIds.length),
  };
}

export function programmeYears(plan: Plan): number[] {
  return yearsBetween(plan.info.periodStart, plan.info.periodEnd);
}

/** 2027, 2030 → [2027, 2028, 2029, 2030]; empty when the end is before the start. */
export function yearsBetween(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start + 1) }, (_, i) => start + i);
}

/** Table 2: the programme period, one row per year, with totals. */
export function multiYearOverview(plan: Plan): BudgetTable {
  const rows = programmeYears(plan).map((year) => {
    const yearly = yearlyBudgetByFocusArea(plan, year).sum;
    return { ...yearly, key: String(year), label: String(year) };
  });
  return {
    sources: plan.budget.sources.map(({ id, name }) => ({ id, name })),
    rows,
    sum: sumRow(rows, plan.budget.sources.length),
  };
}

/**
 * Table 3: each measure in one focus area, for one year, after the area's own line («Felles for
 * satsningsområdet») when it holds money. A shared project led by another district has its row
 * (marked notCounted) but is not in the sum.
 */
export function measureBudgetDetail(plan: Plan, focusAreaId: string, year: number): BudgetTable {
  const sourceIds = plan.budget.sources.map((s) => s.id);
  const area = plan.focusAreas.find((a) => a.id === focusAreaId);
  const rows: BudgetRow[] = [];
  if (area && lineHasMoney(area.budget)) {
    const row = emptyRow(area.id, AREA_LINE_LABEL, sourceIds.length);
    addTo(
      row,
      costInYear(area.budget, year),
      financingInYear(area.budget, plan.budget, year),
      sourceIds,
    );
    rows.push(row);
  }
  // The area's own measures, then its shared projects (told apart as «Felles 1A» where the
  // code repeats), as every list of an area's measures.
  for (const m of areaMeasuresInOrder(plan, focusAreaId)) {
    const label = `${measureDisplayCode(plan, m)} ${m.title}`.trim();
    const row: BudgetRow = emptyRow(m.id, label, sourceIds.length);
    if (isLedByOther(m)) row.notCounted = true;
    addTo(row, costInYear(m.budget, year), financingInYear(m.budget, plan.budget, year), sourceIds);
    rows.push(row);
  }
  return {
    sources: plan.budget.sources.map(({ id, name }) => ({ id, name })),
    rows,
    sum: sumRow(rows, sourceIds.length),
  };
}
