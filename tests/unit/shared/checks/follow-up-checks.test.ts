import { describe, expect, it } from 'vitest';
import { findFollowUpProblems } from '#shared/checks/follow-up-checks';
import { runQualityChecks } from '#shared/checks/quality-checks';
import { addMeasure, updateMeasure } from '#shared/plan/measure-operations';
import { startStatusReport, submitReport, updateReportEntry } from '#shared/plan/report-operations';
import { setMeasureSpent, setProgrammeManagementSpent } from '#shared/plan/spending-operations';
import { samplePlan } from '../../../support/plan-fixtures';

const messages = (plan: ReturnType<typeof samplePlan>, today = '2027-06-01') =>
  findFollowUpProblems(plan, today).map((p) => `${p.kind}: ${p.message.replace(/\u00a0/g, ' ')}`);

describe('Kvalitetssjekk after adoption', () => {
  it('finds nothing in a plan that is on track', () => {
    expect(messages(samplePlan())).toEqual([]);
  });

  it('flags spending over budget, for a measure and for programme management', () => {
    let plan = samplePlan();
    const [hb, ko] = plan.budget.sources;
    plan = setMeasureSpent(plan, 'm-1a', 2027, hb!.id, 200_000);
    expect(messages(plan)).toEqual([]);
    plan = setMeasureSpent(plan, 'm-1a', 2027, ko!.id, 60_000);
    plan = setProgrammeManagementSpent(plan, 2028, hb!.id, 1);
    expect(messages(plan)).toEqual([
      'spending-over-budget: Tiltak 1A «Boligtorg»: brukt 260 000 kr i 2027, budsjettet er 250 000 kr.',
      'spending-over-budget: Programledelse: brukt 1 kr i 2028, budsjettet er 0 kr.',
    ]);
  });

  it('flags «gjennomført» under 100 % and an end date passed without «g» or «a»', () => {
    let plan = updateMeasure(samplePlan(), 'm-1a', { status: 'g', progress: 90 });
    expect(messages(plan, '2029-01-01')).toEqual([
      'completed-below-100: Tiltak 1A «Boligtorg» er gjennomført, men framdriften er 90 %.',
    ]);
    plan = updateMeasure(plan, 'm-1a', { status: 'v', progress: 90 });
    expect(messages(plan, '2028-12-31')).toEqual([]);
    expect(messages(plan, '2029-01-01')).toEqual([
      'measure-overdue: Tiltak 1A «Boligtorg» skulle vært ferdig 31.12.2028, men er verken gjennomført eller avviklet.',
    ]);
    plan = updateMeasure(plan, 'm-1a', { status: 'a' });
    expect(messages(plan, '2029-01-01')).toEqual([]);
  });

  it('flags measures without status in an open report, and measures the report lacks', () => {
    let plan = startStatusReport(samplePlan(), { period: { year: 2027, part: 'h1' } }, 'r1');
    plan = updateReportEntry(plan, 'r1', 'm-1a', { status: null });
    plan = addMeasure(plan, 'fa-2', { title: 'Leietakerkurs' }, 'm-2a');
    expect(messages(plan)).toEqual([
      'report-without-status: Tiltak 1A «Boligtorg» mangler status i rapporten for 1. halvår 2027.',
      'report-without-status: Tiltak 2A «Leietakerkurs» er ikke med i rapporten for 1. halvår 2027 (lagt til etter at rapporten ble startet).',
    ]);
    const problem = findFollowUpProblems(plan, '2027-06-01')[0]!;
    expect(problem).toMatchObject({
      section: 'statusrapporter',
      entityId: 'r1',
      field: 'reportStatus',
    });
    // A submitted report is history, not an open task.
    expect(messages(submitReport(plan, 'r1', '2027-08-01'))).toEqual([]);
  });

  it('is part of Kvalitetssjekk, judged against the day given', () => {
    const plan = updateMeasure(samplePlan(), 'm-1a', { status: 'v' });
    const kinds = (today: string) => runQualityChecks(plan, { today }).map((p) => p.kind);
    expect(kinds('2029-01-01')).toContain('measure-overdue');
    expect(kinds('2028-01-01')).not.toContain('measure-overdue');
  });
});
