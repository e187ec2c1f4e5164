import type { Plan } from '#shared/model/plan';
import { startStatusReport, submitReport, updateReportEntry } from '#shared/plan/report-operations';
import { setMeasureSpent } from '#shared/plan/spending-operations';

/** Two reports on the plan: the first half-year submitted, the second open. */
export function withReports(raw: Record<string, unknown>) {
  let plan = raw as unknown as Plan;
  const year = plan.info.periodStart;
  const source = plan.budget.sources[0]!.id;
  plan.measures[0]!.budget.costs = [{ year, amount: 120_000 }];
  plan = setMeasureSpent(plan, plan.measures[0]!.id, year, source, 33_500);
  plan = startStatusReport(
    plan,
    { period: { year, part: 'h1' }, deadline: null },
    'r-1',
    `${year}-06-30`,
  );
  plan = updateReportEntry(plan, 'r-1', 'm-1a', {
    status: 'v',
    progress: 70,
    challenges: 'Få boliger.',
  });
  plan = submitReport(plan, 'r-1', `${year}-08-01`);
  plan = startStatusReport(
    plan,
    { period: { year, part: 'h2' }, deadline: null },
    'r-2',
    `${year}-12-31`,
  );
  plan = updateReportEntry(plan, 'r-2', 'm-1a', { status: 'g', progress: 100 });
  Object.assign(raw, plan);
}
