import type { Plan } from '#shared/model/plan';
import { addMeasurement } from '#shared/plan/indicator-operations';
import { setNeedFigure } from '#shared/plan/need-figure-operations';
import {
  setSubGoalNarrative,
  startStatusReport,
  submitReport,
  updateReportEntry,
  updateReportFields,
} from '#shared/plan/report-operations';
import { setMeasureSpent, setProgrammeManagementSpent } from '#shared/plan/spending-operations';
import { listGoals } from '#shared/plan/traceability';
import { wordExportPlan } from './word-export-fixtures';

// The Word export's plan a year and a half into follow-up: the half-years of 2027 submitted,
// the annual report 2027 submitted, and the first half-year of 2028 open. Spending, need
// figures, an indicator with measurements and a text per sub-goal, as a group would have it.

export const REPORT_IDS = { h1: 'r-2027-h1', h2: 'r-2027-h2', year: 'r-2027', next: 'r-2028-h1' };

function withIndicator(plan: Plan): { plan: Plan; resultGoalId: string | null } {
  for (const main of plan.mainGoals)
    for (const sub of main.subGoals)
      for (const result of sub.resultGoals) {
        if (!result.indicator)
          result.indicator = {
            name: 'Husstander i midlertidig bolig over tre måneder',
            unit: 'husstander',
            baseline: { value: 40, year: 2026 },
            target: { value: 10, year: 2030 },
            measurements: [],
          };
        return { plan, resultGoalId: result.id };
      }
  return { plan, resultGoalId: null };
}

export function reportPlan(): Plan {
  const base = withIndicator(wordExportPlan());
  let plan = base.plan;
  const source = plan.budget.sources[0]!.id;
  const [m1, m2, m3] = plan.measures;
  plan = setMeasureSpent(plan, m1!.id, 2027, source, 95_500);
  plan = setMeasureSpent(plan, m2!.id, 2027, source, 12_345);
  plan = setProgrammeManagementSpent(plan, 2027, source, 410_000);
  plan = setNeedFigure(
    plan,
    2027,
    'A',
    { atStart: 42, atEnd: 35, helped: 17, comment: 'Færre i midlertidig bolig.' },
    'nf-a',
  );
  plan = setNeedFigure(
    plan,
    2027,
    'B',
    { atStart: 120, atEnd: 131, helped: 40, comment: '' },
    'nf-b',
  );
  if (base.resultGoalId) {
    plan = addMeasurement(
      plan,
      base.resultGoalId,
      { date: '2027-05-31', value: 36, note: '' },
      'ms-1',
    );
    plan = addMeasurement(
      plan,
      base.resultGoalId,
      { date: '2027-11-30', value: 31, note: 'Telling fra NAV' },
      'ms-2',
    );
  }
  const sub = listGoals(plan).find((g) => g.level === 'sub');

  plan = startStatusReport(
    plan,
    { period: { year: 2027, part: 'h1' }, deadline: '2027-08-15' },
    REPORT_IDS.h1,
    '2027-06-30',
  );
  plan = updateReportFields(plan, REPORT_IDS.h1, {
    summary: 'Første halvår gikk som planlagt.\nTo tiltak er i gang.',
  });
  plan = updateReportEntry(plan, REPORT_IDS.h1, m1!.id, {
    status: 'v',
    progress: 25,
    done: 'Boligtorget åpnet i mars.',
  });
  plan = updateReportEntry(plan, REPORT_IDS.h1, m2!.id, {
    status: 'n',
    progress: 10,
    challenges: 'Få utleieboliger.',
    correctiveAction: 'Avtale med to utleiere.',
  });
  if (sub) plan = setSubGoalNarrative(plan, REPORT_IDS.h1, sub.id, 'Delmålet er på vei.');
  plan = submitReport(plan, REPORT_IDS.h1, '2027-08-10');

  plan = startStatusReport(
    plan,
    { period: { year: 2027, part: 'h2' }, deadline: '2028-02-15' },
    REPORT_IDS.h2,
    '2027-12-31',
  );
  plan = updateReportEntry(plan, REPORT_IDS.h2, m1!.id, { status: 'v', progress: 50 });
  plan = updateReportEntry(plan, REPORT_IDS.h2, m3!.id, { status: 'g', progress: 100 });
  plan = submitReport(plan, REPORT_IDS.h2, '2028-02-01');

  plan = startStatusReport(
    plan,
    { period: { year: 2027, part: 'year' }, deadline: '2028-03-01' },
    REPORT_IDS.year,
    '2028-01-15',
  );
  plan = updateReportEntry(plan, REPORT_IDS.year, m1!.id, { status: 'v', progress: 70 });
  plan = submitReport(plan, REPORT_IDS.year, '2028-02-20');

  plan = startStatusReport(
    plan,
    { period: { year: 2028, part: 'h1' }, deadline: '2028-08-15' },
    REPORT_IDS.next,
    '2028-06-30',
  );
  plan = {
    ...plan,
    finalReport: {
      summary: 'Programmet nådde de fleste målene.',
      areas: [
        {
          focusAreaId: plan.focusAreas[0]!.id,
          facts: 'Boligtorget tok imot 300 henvendelser.',
          assessment: 'Tiltakene virket best der NAV var med.',
          improvements: '',
          recommendations: 'Fortsett boligtorget.',
        },
      ],
      submittedDate: null,
    },
  };
  return plan;
}
