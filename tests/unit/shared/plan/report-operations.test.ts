import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '#shared/model/plan';
import { addMeasure, removeMeasure, updateMeasure } from '#shared/plan/measure-operations';
import { setMeasureSpent } from '#shared/plan/spending-operations';
import {
  findReport,
  nextReportDeadline,
  refreshReportSnapshot,
  removeReport,
  reportsInOrder,
  setSubGoalNarrative,
  snapshotDrift,
  startStatusReport,
  submitReport,
  unlockReport,
  updateReportEntry,
  updateReportFields,
} from '#shared/plan/report-operations';
import { samplePlan } from '../../../support/plan-fixtures';

const h1 = { year: 2027, part: 'h1' } as const;
const h2 = { year: 2027, part: 'h2' } as const;
const year = { year: 2027, part: 'year' } as const;

function planWithTwoMeasures(): Plan {
  const plan = addMeasure(
    samplePlan(),
    'fa-2',
    { title: 'Leietakerkurs', status: 'v', progress: 25 },
    'm-2a',
  );
  return updateMeasure(plan, 'm-1a', { challenges: 'Få lokaler', progress: 50 });
}
const valid = (plan: Plan) => planSchema.safeParse(plan).success;
const entry = (plan: Plan, reportId: string, measureId: string) =>
  findReport(plan, reportId)!.entries.find((e) => e.measureId === measureId)!;

describe('starting a status report', () => {
  it('takes a snapshot of every measure, prefilled from the measure for the first report', () => {
    const plan = startStatusReport(
      planWithTwoMeasures(),
      { period: h1, deadline: '2027-08-15' },
      'r1',
      '2027-06-20',
    );
    const report = findReport(plan, 'r1')!;
    expect(report.entries.map((e) => e.measureId)).toEqual(['m-1a', 'm-2a']);
    expect(entry(plan, 'r1', 'm-1a')).toMatchObject({
      // The measure's «ikke angitt» is the entry's «ikke angitt»: the report asks for it.
      status: null,
      progress: 50,
      done: '',
      challenges: 'Få lokaler',
      measure: {
        code: '1A',
        title: 'Boligtorg',
        ownerName: 'Lise Fjellvang, Programleder',
        partnerNames: ['NAV'],
        // 250 000 kr split 70/30 in 2027, nothing spent yet; every source has its column.
        money: plan.budget.sources.map((s, i) => ({
          sourceId: s.id,
          budget: [175_000, 75_000][i] ?? 0,
          spent: 0,
        })),
      },
    });
    expect(report.context).toMatchObject({
      takenDate: '2027-06-20',
      municipality: 'Bydel Eksempel',
      programmeLeader: 'Lise Fjellvang',
    });
    expect(report.context.indicators.map((i) => i.heading)).toEqual([
      'Resultatmål 1.1.1 Færre døgn i hospits',
    ]);
    expect(valid(plan)).toBe(true);
  });

  it('refuses a second report for the same period', () => {
    const plan = startStatusReport(planWithTwoMeasures(), { period: h1 }, 'r1');
    expect(startStatusReport(plan, { period: h1 }, 'r2')).toBe(plan);
  });

  it('prefills status, progress, challenges and corrective action from the previous report', () => {
    let plan = startStatusReport(planWithTwoMeasures(), { period: h1 }, 'r1');
    plan = updateReportEntry(plan, 'r1', 'm-1a', {
      status: 'v',
      progress: 70,
      done: 'Åpnet',
      correctiveAction: 'Leie lokaler sammen med NAV',
    });
    plan = submitReport(plan, 'r1', '2027-08-10');
    plan = startStatusReport(plan, { period: h2 }, 'r2');
    expect(entry(plan, 'r2', 'm-1a')).toMatchObject({
      status: 'v',
      progress: 70,
      done: '',
      challenges: 'Få lokaler',
      correctiveAction: 'Leie lokaler sammen med NAV',
    });
  });

  it('prefills from the latest earlier period even when reports were started out of order', () => {
    let plan = startStatusReport(planWithTwoMeasures(), { period: h2 }, 'r2');
    plan = updateReportEntry(plan, 'r2', 'm-1a', { progress: 80 });
    plan = startStatusReport(plan, { period: year }, 'r3');
    plan = startStatusReport(plan, { period: h1 }, 'r1');
    expect(reportsInOrder(plan).map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(entry(plan, 'r3', 'm-1a').progress).toBe(80);
    // r1 comes before r2: nothing earlier, so it starts from the measure (which r2 changed only
    // while r2 was the latest report).
    expect(entry(plan, 'r1', 'm-1a').progress).toBe(80);
  });
});

describe('a report is a frozen record', () => {
  it('never changes when the plan changes; a submitted report does not even refresh', () => {
    let plan = startStatusReport(planWithTwoMeasures(), { period: h1 }, 'r1', '2027-06-01');
    plan = submitReport(plan, 'r1', '2027-08-10');
    const before = structuredClone(findReport(plan, 'r1'));
    plan = updateMeasure(plan, 'm-1a', { title: 'Boligtorget', progress: 100, status: 'g' });
    plan = setMeasureSpent(plan, 'm-1a', 2027, plan.budget.sources[0]!.id, 90_000);
    plan = removeMeasure(plan, 'm-2a');
    plan = refreshReportSnapshot(plan, 'r1', '2027-12-01');
    plan = updateReportEntry(plan, 'r1', 'm-1a', { done: 'Endret etterpå' });
    plan = startStatusReport(plan, { period: h2 }, 'r2');
    plan = updateReportEntry(plan, 'r2', 'm-1a', { status: 'g', progress: 100 });
    expect(findReport(plan, 'r1')).toEqual(before);
    expect(valid(plan)).toBe(true);
  });

  it('an open report shows the drift and refreshes its snapshot, keeping what was reported', () => {
    let plan = startStatusReport(planWithTwoMeasures(), { period: h1 }, 'r1');
    plan = updateReportEntry(plan, 'r1', 'm-1a', { status: 'v', done: 'Åpnet' });
    plan = updateMeasure(plan, 'm-1a', { title: 'Boligtorget' });
    plan = addMeasure(plan, 'fa-1', { title: 'Bostøtteveileder' }, 'm-1b');
    plan = removeMeasure(plan, 'm-2a');
    expect(snapshotDrift(plan, findReport(plan, 'r1')!)).toEqual({
      changed: ['m-1a'],
      added: ['m-1b'],
      removed: ['m-2a'],
    });
    plan = refreshReportSnapshot(plan, 'r1', '2027-06-30');
    const report = findReport(plan, 'r1')!;
    expect(report.entries.map((e) => [e.measureId, e.measure.title])).toEqual([
      ['m-1a', 'Boligtorget'],
      ['m-1b', 'Bostøtteveileder'],
      // Deleted from the plan, kept in the report as it was.
      ['m-2a', 'Leietakerkurs'],
    ]);
    expect(entry(plan, 'r1', 'm-1a')).toMatchObject({ status: 'v', done: 'Åpnet' });
    expect(snapshotDrift(plan, report)).toEqual({ changed: [], added: [], removed: ['m-2a'] });
    expect(refreshReportSnapshot(plan, 'r1', '2027-07-01')).toBe(plan);
  });

  it('submitting refreshes the snapshot and locks; unlocking needs a reason and is written down', () => {
    let plan = startStatusReport(planWithTwoMeasures(), { period: h1 }, 'r1', '2027-06-01');
    plan = updateMeasure(plan, 'm-1a', { title: 'Boligtorget' });
    plan = submitReport(plan, 'r1', '2027-08-10');
    const report = findReport(plan, 'r1')!;
    expect(report.submittedDate).toBe('2027-08-10');
    expect(report.entries[0]!.measure.title).toBe('Boligtorget');
    expect(updateReportFields(plan, 'r1', { summary: 'x' })).toBe(plan);
    expect(removeReport(plan, 'r1')).toBe(plan);
    expect(unlockReport(plan, 'r1', '   ', '2027-08-20')).toBe(plan);
    plan = unlockReport(plan, 'r1', 'Feil tall for 1A', '2027-08-20');
    expect(findReport(plan, 'r1')).toMatchObject({
      submittedDate: null,
      unlocks: [{ date: '2027-08-20', reason: 'Feil tall for 1A' }],
    });
    plan = updateReportFields(plan, 'r1', { summary: 'Rettet' });
    expect(findReport(plan, 'r1')!.summary).toBe('Rettet');
    // Once reopened it is history: it cannot be deleted either.
    expect(removeReport(plan, 'r1')).toBe(plan);
  });
});

describe('editing a report', () => {
  it('writes the latest report through to the measure, but not an earlier one', () => {
    let plan = startStatusReport(planWithTwoMeasures(), { period: h1 }, 'r1');
    plan = updateReportEntry(plan, 'r1', 'm-1a', { status: 'v', progress: 60, challenges: 'Ny' });
    expect(plan.measures[0]).toMatchObject({ status: 'v', progress: 60, challenges: 'Ny' });
    plan = startStatusReport(plan, { period: h2 }, 'r2');
    plan = updateReportEntry(plan, 'r1', 'm-1a', { progress: 65 });
    expect(entry(plan, 'r1', 'm-1a').progress).toBe(65);
    expect(plan.measures[0]!.progress).toBe(60);
    // «Ikke angitt» in the report leaves the measure's status as it is.
    plan = updateReportEntry(plan, 'r2', 'm-1a', { status: null, progress: 90 });
    expect(plan.measures[0]).toMatchObject({ status: 'v', progress: 90 });
    expect(valid(plan)).toBe(true);
  });

  it('makes no change (and no undo step) for the same values', () => {
    const plan = startStatusReport(planWithTwoMeasures(), { period: h1 }, 'r1');
    const current = entry(plan, 'r1', 'm-1a');
    expect(updateReportEntry(plan, 'r1', 'm-1a', { status: current.status, done: '' })).toBe(plan);
    expect(updateReportFields(plan, 'r1', { summary: '' })).toBe(plan);
    expect(updateReportEntry(plan, 'nope', 'm-1a', { done: 'x' })).toBe(plan);
  });

  it('keeps a text per sub-goal under the heading the plan gives it', () => {
    let plan = startStatusReport(planWithTwoMeasures(), { period: h1 }, 'r1');
    plan = setSubGoalNarrative(plan, 'r1', 'g-1-1', 'Færre bor på hospits.');
    expect(findReport(plan, 'r1')!.subGoalNarratives).toEqual([
      {
        subGoalId: 'g-1-1',
        heading: 'Delmål 1.1 Kortere tid i midlertidig bolig',
        text: 'Færre bor på hospits.',
      },
    ]);
    plan = setSubGoalNarrative(plan, 'r1', 'g-1-1', '');
    expect(findReport(plan, 'r1')!.subGoalNarratives).toEqual([]);
    expect(setSubGoalNarrative(plan, 'r1', 'finnes-ikke', 'x')).toBe(plan);
  });

  it('removes an open report', () => {
    const plan = startStatusReport(planWithTwoMeasures(), { period: h1 }, 'r1');
    expect(removeReport(plan, 'r1').statusReports).toEqual([]);
  });
});

describe('the next report deadline', () => {
  it('is the earliest open report with a deadline, overdue when it has passed', () => {
    let plan = startStatusReport(
      planWithTwoMeasures(),
      { period: h1, deadline: '2027-08-15' },
      'r1',
    );
    plan = startStatusReport(plan, { period: h2, deadline: '2028-02-15' }, 'r2');
    expect(nextReportDeadline(plan, '2027-09-01')).toMatchObject({
      deadline: '2027-08-15',
      overdue: true,
    });
    plan = submitReport(plan, 'r1', '2027-09-02');
    expect(nextReportDeadline(plan, '2027-09-03')).toMatchObject({
      deadline: '2028-02-15',
      overdue: false,
    });
    plan = submitReport(plan, 'r2', '2028-02-01');
    expect(nextReportDeadline(plan, '2028-02-02')).toBeNull();
  });
});
