import { describe, expect, it } from 'vitest';
import { reportView } from '#shared/export/report/report-view';
import {
  costLineOf,
  moveSource,
  removeSource,
  setCost,
  setFinancingMode,
  sourceUsage,
} from '#shared/plan/budget-operations';
import { findIntegrityProblems } from '#shared/plan/integrity';
import { startStatusReport } from '#shared/plan/report-operations';
import { shiftPlanYears } from '#shared/plan/shift-years';
import { setFocusAreaSpent } from '#shared/plan/spending-operations';
import { areaBudgetPlan } from '../../../support/area-budget-plan';

const area1 = { kind: 'satsningsomrade', focusAreaId: 'fa-1' } as const;
const area2 = { kind: 'satsningsomrade', focusAreaId: 'fa-2' } as const;

describe('a focus area’s own cost line', () => {
  it('is edited like any cost line, and an unchanged value keeps the plan', () => {
    const plan = areaBudgetPlan();
    const next = setCost(plan, area1, 2029, 75_000);
    expect(next.focusAreas[0]!.budget.costs.map((c) => c.year)).toEqual([2027, 2028, 2029]);
    expect(next.focusAreas[1]).toBe(plan.focusAreas[1]);
    expect(setCost(next, area1, 2029, 75_000)).toBe(next);
    expect(costLineOf(plan, { kind: 'satsningsomrade', focusAreaId: 'nope' })).toBeNull();
    expect(setCost(plan, { kind: 'satsningsomrade', focusAreaId: 'nope' }, 2027, 1)).toBe(plan);
  });

  it('follows a financing source that is moved or removed', () => {
    const plan = setFinancingMode(areaBudgetPlan(), area1, 'percent');
    const [hb, kom] = plan.budget.sources.map((s) => s.id) as [string, string];
    const moved = moveSource(plan, kom, -1);
    const split = moved.focusAreas[0]!.budget.financing;
    expect(split.mode === 'percent' && split.split.map((s) => s.sourceId)).toEqual([kom, hb]);

    expect(sourceUsage(plan, kom).map((u) => u.where)).toEqual([
      'Standardfordelingen',
      'Felles for satsningsområdet 1 Egnede boliger for vanskeligstilte',
      'Felles for satsningsområdet 2 Individuell oppfølging i bomiljø',
    ]);
    const spent = setFocusAreaSpent(plan, 'fa-2', 2027, kom, 10_000);
    const removed = removeSource(spent, kom);
    const amounts = removed.focusAreas[1]!.budget.financing;
    expect(amounts.mode === 'amount' && amounts.amounts.map((a) => a.sourceId)).toEqual([hb]);
    expect(removed.focusAreas[1]!.spent).toEqual([]);
    expect(findIntegrityProblems(removed)).toEqual([]);
  });

  it('points only to sources that exist', () => {
    const plan = areaBudgetPlan();
    const amounts = plan.focusAreas[1]!.budget.financing;
    if (amounts.mode !== 'amount') throw new Error('expected amounts');
    amounts.amounts[0]!.sourceId = 'gone';
    plan.focusAreas[0]!.spent = [{ year: 2027, sourceId: 'gone', amount: 1 }];
    expect(findIntegrityProblems(plan).map((p) => p.path.join('.'))).toEqual([
      'focusAreas.0.spent.0.sourceId',
      'focusAreas.1.budget.financing.amounts.0.sourceId',
    ]);
  });

  it('moves with the programme period', () => {
    const shifted = shiftPlanYears(areaBudgetPlan(), 3);
    expect(shifted.focusAreas[0]!.budget.costs.map((c) => c.year)).toEqual([2030, 2031]);
    const amounts = shifted.focusAreas[1]!.budget.financing;
    expect(amounts.mode === 'amount' && amounts.amounts.map((a) => a.year)).toEqual([2030, 2030]);
  });

  it('is frozen in a status report and counted in its economy', () => {
    const plan = areaBudgetPlan();
    const [hb] = plan.budget.sources.map((s) => s.id) as [string];
    const spent = setFocusAreaSpent(plan, 'fa-1', 2027, hb, 100_000);
    const reported = startStatusReport(spent, { period: { year: 2027, part: 'year' } }, 'r1');
    const report = reported.statusReports[0]!;
    expect(report.context.focusAreas[0]!.money.find((m) => m.sourceId === hb)).toEqual({
      sourceId: hb,
      budget: 150_000,
      spent: 100_000,
    });
    const view = reportView(report);
    expect(view.money.filter((m) => m.line === 'Felles for satsningsområdet')).toHaveLength(4);
    expect(view.money[0]).toMatchObject({ line: 'Felles for satsningsområdet', areaId: 'fa-1' });
    expect(view.moneyTotal).toMatchObject({ budget: 400_000, spent: 100_000 });
    expect(costLineOf(plan, area2)).toBe(plan.focusAreas[1]!.budget);
  });
});
