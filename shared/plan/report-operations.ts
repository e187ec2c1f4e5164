import type { Measure } from '../model/measures';
import type { Plan } from '../model/plan';
import {
  comparePeriods,
  type MeasureSnapshot,
  type ReportEntry,
  type ReportPeriod,
  type StatusReport,
} from '../model/status-report';
import { localIsoDate } from '../format/local-date';
import { listGoals } from './traceability';
import { reportContext, snapshotDiffers, snapshotMaker } from './report-snapshot';
import { newId } from './new-id';

// Status reports (halvårs- og årsrapporter). A report is a frozen picture: starting one copies
// every measure into it; the plan's later changes reach an open report only when the user
// refreshes it (and at submission), and never a submitted one. Pure; unchanged input returns
// the very same plan, so a no-op makes no undo step.

export type ReportEntryFields = Partial<
  Pick<ReportEntry, 'status' | 'progress' | 'done' | 'challenges' | 'correctiveAction'>
>;

export const isReportLocked = (report: StatusReport): boolean => report.submittedDate !== null;

export const samePeriod = (a: ReportPeriod, b: ReportPeriod): boolean =>
  a.year === b.year && a.part === b.part;

/** Reports in time order, oldest first. */
export function reportsInOrder(plan: Plan): StatusReport[] {
  return [...plan.statusReports].sort((a, b) => comparePeriods(a.period, b.period));
}

export function findReport(plan: Plan, reportId: string): StatusReport | undefined {
  return plan.statusReports.find((r) => r.id === reportId);
}

/** The latest report before the period: what a new report is prefilled from. */
export function reportBefore(plan: Plan, period: ReportPeriod): StatusReport | undefined {
  return reportsInOrder(plan)
    .filter((r) => comparePeriods(r.period, period) < 0)
    .at(-1);
}

/** The report of the latest period; its entries are the measures' current status. */
export function latestReport(plan: Plan): StatusReport | undefined {
  return reportsInOrder(plan).at(-1);
}

function newEntry(
  snapshot: (measure: Measure) => MeasureSnapshot,
  measure: Measure,
  previous?: ReportEntry,
): ReportEntry {
  return {
    measureId: measure.id,
    measure: snapshot(measure),
    status: previous ? previous.status : measure.status,
    progress: previous ? previous.progress : measure.progress,
    done: '',
    challenges: previous ? previous.challenges : measure.challenges,
    correctiveAction: previous ? previous.correctiveAction : measure.correctiveAction,
  };
}

/**
 * Starts a report for a period: a snapshot of every measure, status, progress, challenges and
 * corrective action prefilled from the previous report (or, for the first, from the measure).
 * Returns the same plan when the period already has a report.
 */
export function startStatusReport(
  plan: Plan,
  fields: { period: ReportPeriod; deadline?: string | null },
  id: string = newId(),
  today: string = localIsoDate(),
): Plan {
  if (plan.statusReports.some((r) => samePeriod(r.period, fields.period))) return plan;
  const previous = reportBefore(plan, fields.period);
  const previousEntries = new Map(previous?.entries.map((e) => [e.measureId, e]));
  const snapshot = snapshotMaker(plan, fields.period.year);
  const report: StatusReport = {
    id,
    period: fields.period,
    deadline: fields.deadline ?? null,
    submittedDate: null,
    summary: '',
    context: reportContext(plan, fields.period, today),
    entries: plan.measures.map((m) => newEntry(snapshot, m, previousEntries.get(m.id))),
    subGoalNarratives: [],
    unlocks: [],
  };
  return { ...plan, statusReports: [...plan.statusReports, report] };
}

function mapReport(plan: Plan, reportId: string, change: (r: StatusReport) => StatusReport): Plan {
  let changed = false;
  const statusReports = plan.statusReports.map((r) => {
    if (r.id !== reportId) return r;
    const next = change(r);
    if (next !== r) changed = true;
    return next;
  });
  return changed ? { ...plan, statusReports } : plan;
}

/** What has changed in the plan since an open report's snapshot was taken. */
export interface SnapshotDrift {
  changed: string[];
  added: string[];
  removed: string[];
}

export function snapshotDrift(plan: Plan, report: StatusReport): SnapshotDrift {
  const live = new Map(plan.measures.map((m) => [m.id, m]));
  const inReport = new Set(report.entries.map((e) => e.measureId));
  const snapshot = snapshotMaker(plan, report.period.year);
  return {
    changed: report.entries
      .filter((e) => {
        const m = live.get(e.measureId);
        return m !== undefined && snapshotDiffers(e.measure, snapshot(m));
      })
      .map((e) => e.measureId),
    added: plan.measures.filter((m) => !inReport.has(m.id)).map((m) => m.id),
    removed: report.entries.filter((e) => !live.has(e.measureId)).map((e) => e.measureId),
  };
}

/**
 * Brings an open report's snapshot up to date with the plan: measure texts, names and money,
 * and a line for each measure added since. What was reported (status, progress, texts) stays;
 * a measure deleted from the plan keeps its line, as it was. A locked report never changes.
 */
export function refreshReportSnapshot(
  plan: Plan,
  reportId: string,
  today: string = localIsoDate(),
): Plan {
  return mapReport(plan, reportId, (report) => {
    if (isReportLocked(report)) return report;
    const drift = snapshotDrift(plan, report);
    if (!drift.changed.length && !drift.added.length) return report;
    const live = new Map(plan.measures.map((m) => [m.id, m]));
    const snapshot = snapshotMaker(plan, report.period.year);
    const previous = new Map(
      reportBefore(plan, report.period)?.entries.map((e) => [e.measureId, e]),
    );
    const kept = report.entries.map((e) => {
      const m = live.get(e.measureId);
      return m ? { ...e, measure: snapshot(m) } : e;
    });
    const added = plan.measures
      .filter((m) => drift.added.includes(m.id))
      .map((m) => newEntry(snapshot, m, previous.get(m.id)));
    // Keep the plan's order of measures; deleted ones stay where they were (at the end).
    const order = new Map(plan.measures.map((m, i) => [m.id, i]));
    const entries = [...kept, ...added].sort(
      (a, b) => (order.get(a.measureId) ?? Infinity) - (order.get(b.measureId) ?? Infinity),
    );
    return { ...report, entries, context: reportContext(plan, report.period, today) };
  });
}

/**
 * Changes what a report says about one measure. A locked report is left as is. When the report
 * is the latest one, the measure in the plan follows it (status, progress, challenges and
 * corrective action), so the plan always shows the last reported state.
 */
export function updateReportEntry(
  plan: Plan,
  reportId: string,
  measureId: string,
  fields: ReportEntryFields,
): Plan {
  const next = mapReport(plan, reportId, (report) => {
    if (isReportLocked(report)) return report;
    let changed = false;
    const entries = report.entries.map((e) => {
      if (e.measureId !== measureId) return e;
      const keys = Object.keys(fields) as (keyof ReportEntryFields)[];
      if (keys.every((k) => e[k] === fields[k])) return e;
      changed = true;
      return { ...e, ...fields };
    });
    return changed ? { ...report, entries } : report;
  });
  if (next === plan || latestReport(next)?.id !== reportId) return next;
  const entry = findReport(next, reportId)?.entries.find((e) => e.measureId === measureId);
  if (!entry) return next;
  return {
    ...next,
    measures: next.measures.map((m) => {
      if (m.id !== measureId) return m;
      const follow = {
        ...(entry.status ? { status: entry.status } : {}),
        progress: entry.progress,
        challenges: entry.challenges,
        correctiveAction: entry.correctiveAction,
      };
      return { ...m, ...follow };
    }),
  };
}

export function updateReportFields(
  plan: Plan,
  reportId: string,
  fields: Partial<Pick<StatusReport, 'deadline' | 'summary'>>,
): Plan {
  return mapReport(plan, reportId, (report) => {
    if (isReportLocked(report)) return report;
    const keys = Object.keys(fields) as (keyof typeof fields)[];
    if (keys.every((k) => report[k] === fields[k])) return report;
    return { ...report, ...fields };
  });
}

/** The group's text on one sub-goal in the report, headed as the plan numbers it now. */
export function setSubGoalNarrative(
  plan: Plan,
  reportId: string,
  subGoalId: string,
  text: string,
): Plan {
  const goal = listGoals(plan).find((g) => g.id === subGoalId);
  if (!goal) return plan;
  const heading = goal.title.trim() ? `${goal.label} ${goal.title.trim()}` : goal.label;
  return mapReport(plan, reportId, (report) => {
    if (isReportLocked(report)) return report;
    const existing = report.subGoalNarratives.find((n) => n.subGoalId === subGoalId);
    if (existing && existing.text === text && existing.heading === heading) return report;
    const rest = report.subGoalNarratives.filter((n) => n.subGoalId !== subGoalId);
    const subGoalNarratives = text.trim() ? [...rest, { subGoalId, heading, text }] : rest;
    return { ...report, subGoalNarratives };
  });
}

/** Submits (locks) a report, after a last refresh from the plan so it shows the plan as sent. */
export function submitReport(plan: Plan, reportId: string, date: string = localIsoDate()): Plan {
  const report = findReport(plan, reportId);
  if (!report || isReportLocked(report)) return plan;
  const refreshed = refreshReportSnapshot(plan, reportId, date);
  return mapReport(refreshed, reportId, (r) => ({ ...r, submittedDate: date }));
}

/** Reopens a submitted report for a correction; the reason is kept with the report. */
export function unlockReport(
  plan: Plan,
  reportId: string,
  reason: string,
  date: string = localIsoDate(),
): Plan {
  if (!reason.trim()) return plan;
  return mapReport(plan, reportId, (report) =>
    isReportLocked(report)
      ? {
          ...report,
          submittedDate: null,
          unlocks: [...report.unlocks, { date, reason: reason.trim() }],
        }
      : report,
  );
}

/** Removes a report that was never submitted (a submitted one is history and stays). */
export function removeReport(plan: Plan, reportId: string): Plan {
  const report = findReport(plan, reportId);
  if (!report || isReportLocked(report) || report.unlocks.length > 0) return plan;
  return { ...plan, statusReports: plan.statusReports.filter((r) => r.id !== reportId) };
}

/** The earliest deadline of a report not yet submitted, on or after today; null if none. */
export function nextReportDeadline(
  plan: Plan,
  today: string = localIsoDate(),
): { report: StatusReport; deadline: string; overdue: boolean } | null {
  const open = plan.statusReports
    .filter((r) => !isReportLocked(r) && r.deadline)
    .map((r) => ({ report: r, deadline: r.deadline!, overdue: r.deadline! < today }))
    .sort((a, b) => a.deadline.localeCompare(b.deadline));
  return open[0] ?? null;
}
