import { describe, expect, it } from 'vitest';
import type { Plan } from '#shared/model/plan';
import { createEmptyPlan } from '#shared/plan/create-plan';
import { newMeasure } from '#shared/plan/measure-operations';
import { startStatusReport, updateReportEntry } from '#shared/plan/report-operations';
import { measureStatusHistory } from '#shared/follow-up/status-history';
import { focusArea } from '../../../support/two-focus-areas';

function basePlan(): Plan {
  const plan = createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));
  plan.focusAreas = [focusArea('fa-1', '1', 'Egnede boliger')];
  plan.measures = [newMeasure('m-1', 'fa-1', '1A')];
  return plan;
}

describe('measureStatusHistory', () => {
  it('lists what each report said about the measure, in time order whatever order they were started', () => {
    let plan = basePlan();
    // Started out of order: the annual report first, then 1. halvår.
    plan = startStatusReport(
      plan,
      { period: { year: 2027, part: 'year' } },
      'r-year',
      '2028-01-10',
    );
    plan = startStatusReport(plan, { period: { year: 2027, part: 'h1' } }, 'r-h1', '2027-07-01');
    plan = updateReportEntry(plan, 'r-h1', 'm-1', { status: 'v', progress: 40 });
    plan = updateReportEntry(plan, 'r-year', 'm-1', { status: 'g', progress: 100 });
    plan = startStatusReport(plan, { period: { year: 2027, part: 'h2' } }, 'r-h2', '2027-12-01');
    plan = updateReportEntry(plan, 'r-h2', 'm-1', { status: 'v', progress: 70 });

    expect(measureStatusHistory(plan, 'm-1')).toEqual([
      { reportId: 'r-h1', period: { year: 2027, part: 'h1' }, status: 'v', progress: 40 },
      { reportId: 'r-h2', period: { year: 2027, part: 'h2' }, status: 'v', progress: 70 },
      { reportId: 'r-year', period: { year: 2027, part: 'year' }, status: 'g', progress: 100 },
    ]);
  });

  it('keeps a «not given» status as null and leaves out reports made before the measure existed', () => {
    let plan = basePlan();
    plan = startStatusReport(plan, { period: { year: 2027, part: 'h1' } }, 'r-1', '2027-07-01');
    plan = { ...plan, measures: [...plan.measures, newMeasure('m-2', 'fa-1', '1B')] };
    plan = startStatusReport(plan, { period: { year: 2027, part: 'h2' } }, 'r-2', '2027-12-01');
    plan = updateReportEntry(plan, 'r-2', 'm-2', { status: null, progress: 10 });

    expect(measureStatusHistory(plan, 'm-2')).toEqual([
      { reportId: 'r-2', period: { year: 2027, part: 'h2' }, status: null, progress: 10 },
    ]);
    expect(measureStatusHistory(plan, 'no-such-measure')).toEqual([]);
  });
});
