import type { Plan } from '../model/plan';
import { reportPeriodLabel } from '../model/status-report';
import { formatPartialDate, isPastBy } from '../format/partial-date';
import { formatKroner } from '../format/numbers';
import { costInYear } from '../budget/financing';
import { totalSpent } from '../budget/spending';
import { areaLineLabel } from '../budget/counted-lines';
import { measureLabel } from '../plan/labels';
import { isReportLocked } from '../plan/report-operations';
import { areaLineTarget } from './budget-checks';
import { CHECK_FIELDS, spentField } from './check-fields';
import type { QualityProblem } from './quality-checks';

export type FollowUpProblemKind =
  | 'spending-over-budget'
  | 'report-without-status'
  | 'measure-without-status'
  | 'completed-below-100'
  | 'measure-overdue';

/**
 * What the follow-up after adoption should point out: money spent beyond the budget, measures
 * an open report has no status for, «gjennomført» below 100 %, and end dates passed while a
 * measure is still running. `today` decides what is overdue.
 *
 * A measure's own status «ikke angitt» (null) is flagged only once the plan is adopted and no
 * report is open: before adoption a blank status is normal (Husbanken's form leaves it blank),
 * and an open report already asks for each measure's status in its own words.
 */
export function findFollowUpProblems(plan: Plan, today: string): QualityProblem[] {
  const problems: QualityProblem[] = [];
  const askStatus =
    plan.info.status === 'vedtatt' && !plan.statusReports.some((r) => !isReportLocked(r));
  const years = (spent: { year: number }[]) => [...new Set(spent.map((s) => s.year))].sort();

  for (const m of plan.measures) {
    const label = measureLabel(m, plan.measures);
    for (const year of years(m.spent)) {
      const budget = costInYear(m.budget, year);
      const spent = totalSpent(m.spent, year);
      if (spent > budget) {
        problems.push({
          key: `overspent:${m.id}:${year}`,
          kind: 'spending-over-budget',
          message: `${label}: brukt ${formatKroner(spent)} i ${year}, budsjettet er ${formatKroner(budget)}.`,
          section: 'regnskap',
          entityId: m.id,
          field: spentField(year),
        });
      }
    }
    if (askStatus && m.status === null) {
      problems.push({
        key: `status-unset:${m.id}`,
        kind: 'measure-without-status',
        message: `${label} har ikke fått status (ikke angitt).`,
        section: 'tiltak',
        entityId: m.id,
        field: CHECK_FIELDS.status,
      });
    }
    if (m.status === 'g' && m.progress < 100) {
      problems.push({
        key: `progress:${m.id}`,
        kind: 'completed-below-100',
        message: `${label} er gjennomført, men framdriften er ${m.progress} %.`,
        section: 'tiltak',
        entityId: m.id,
        field: CHECK_FIELDS.progress,
      });
    }
    if (m.endDate && isPastBy(m.endDate, today) && m.status !== 'g' && m.status !== 'a') {
      problems.push({
        key: `overdue:${m.id}`,
        kind: 'measure-overdue',
        message: `${label} skulle vært ferdig ${formatPartialDate(m.endDate)}, men er verken gjennomført eller avviklet.`,
        section: 'tiltak',
        entityId: m.id,
        field: CHECK_FIELDS.status,
      });
    }
  }

  const pm = plan.budget.programmeManagementSpent;
  for (const year of years(pm)) {
    const budget = costInYear(plan.budget.programmeManagement, year);
    const spent = totalSpent(pm, year);
    if (spent > budget) {
      problems.push({
        key: `overspent:programledelse:${year}`,
        kind: 'spending-over-budget',
        message: `Programledelse: brukt ${formatKroner(spent)} i ${year}, budsjettet er ${formatKroner(budget)}.`,
        section: 'regnskap',
        entityId: null,
        field: spentField(year),
      });
    }
  }

  for (const area of plan.focusAreas) {
    for (const year of years(area.spent)) {
      const budget = costInYear(area.budget, year);
      const spent = totalSpent(area.spent, year);
      if (spent > budget) {
        problems.push({
          key: `overspent:${areaLineTarget(area.id)}:${year}`,
          kind: 'spending-over-budget',
          message: `${areaLineLabel(area)}: brukt ${formatKroner(spent)} i ${year}, budsjettet er ${formatKroner(budget)}.`,
          section: 'regnskap',
          entityId: areaLineTarget(area.id),
          field: spentField(year),
        });
      }
    }
  }

  for (const report of plan.statusReports) {
    if (isReportLocked(report)) continue;
    const period = reportPeriodLabel(report.period);
    const reported = new Set(report.entries.map((e) => e.measureId));
    for (const e of report.entries) {
      if (e.status === null && plan.measures.some((m) => m.id === e.measureId)) {
        problems.push({
          key: `report-status:${report.id}:${e.measureId}`,
          kind: 'report-without-status',
          message: `${measureLabel(
            e.measure,
            report.entries.map((x) => x.measure),
          )} mangler status i rapporten for ${period}.`,
          section: 'statusrapporter',
          entityId: report.id,
          field: CHECK_FIELDS.reportStatus,
        });
      }
    }
    for (const m of plan.measures) {
      if (!reported.has(m.id)) {
        problems.push({
          key: `report-missing:${report.id}:${m.id}`,
          kind: 'report-without-status',
          message: `${measureLabel(m, plan.measures)} er ikke med i rapporten for ${period} (lagt til etter at rapporten ble startet).`,
          section: 'statusrapporter',
          entityId: report.id,
        });
      }
    }
  }
  return problems;
}
