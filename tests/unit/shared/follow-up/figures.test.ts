import { describe, expect, it } from 'vitest';
import { indicatorStandings } from '#shared/follow-up/indicator-figures';
import { moneyByYear } from '#shared/follow-up/money-figures';
import { overdueMeasures, statusByFocusArea } from '#shared/follow-up/status-figures';
import { progressStep } from '#shared/model/measures';
import { addMeasurement } from '#shared/plan/indicator-operations';
import { addMeasure } from '#shared/plan/measure-operations';
import { setMeasureSpent, setProgrammeManagementSpent } from '#shared/plan/spending-operations';
import { samplePlan } from '../../../support/plan-fixtures';

describe('follow-up figures', () => {
  it('counts measures by status and averages progress per focus area', () => {
    let plan = samplePlan();
    plan = addMeasure(plan, 'fa-1', { status: 'g', progress: 100 }, 'm-1b');
    plan = addMeasure(plan, 'fa-1', { status: 'v', progress: 25 }, 'm-1c');
    expect(statusByFocusArea(plan).map((a) => [a.name, a.figures])).toEqual([
      [
        'Egnede boliger for vanskeligstilte',
        // 1A is «ikke angitt» at 0 %: in no status's count, but in the average:
        // (0 + 100 + 25) / 3 = 41.67 → 42.
        { measures: 3, byStatus: { n: 0, v: 1, g: 1, a: 0 }, averageProgress: 42 },
      ],
      [
        'Individuell oppfølging i bomiljø',
        { measures: 0, byStatus: { n: 0, v: 0, g: 0, a: 0 }, averageProgress: null },
      ],
    ]);
    expect(overdueMeasures(plan, '2029-01-01').map((m) => m.id)).toEqual(['m-1a']);
  });

  it('sets budget against spending for every programme year', () => {
    let plan = samplePlan();
    const hb = plan.budget.sources[0]!.id;
    plan = setMeasureSpent(plan, 'm-1a', 2027, hb, 240_000);
    plan = setProgrammeManagementSpent(plan, 2028, hb, 10_000);
    expect(
      moneyByYear(plan).map((r) => [
        r.year,
        r.figure.budget,
        r.figure.spent,
        r.figure.deviation,
        r.recorded,
      ]),
    ).toEqual([
      [2027, 250_000, 240_000, -10_000, true],
      [2028, 0, 10_000, 10_000, true],
      [2029, 0, 0, 0, false],
      [2030, 0, 0, 0, false],
    ]);
  });

  it('tells how far an indicator has come from its baseline toward its target', () => {
    let plan = samplePlan();
    expect(indicatorStandings(plan)[0]).toMatchObject({ latest: null, towardTarget: null });
    plan = addMeasurement(plan, 'g-1-1-1', { date: '2028-12-31', value: 700, note: '' });
    plan = addMeasurement(plan, 'g-1-1-1', { date: '2027-12-31', value: 1000, note: '' });
    // 1200 → 400 is 800 døgn; at 700 the goal has come 500 of them: 63 %.
    expect(indicatorStandings(plan)[0]).toMatchObject({
      label: 'Resultatmål 1.1.1',
      latest: { date: '2028-12-31', value: 700 },
      towardTarget: 63,
    });
  });

  it("puts a whole percent in the form's 25/50/75/100 box", () => {
    expect([0, 1, 37, 38, 62, 63, 70, 99, 100].map(progressStep)).toEqual([
      0, 25, 25, 50, 50, 75, 75, 75, 100,
    ]);
  });
});
