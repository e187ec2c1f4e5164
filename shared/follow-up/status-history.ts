import type { MeasureStatus } from '../model/measures';
import type { Plan } from '../model/plan';
import type { ReportPeriod } from '../model/status-report';
import { reportsInOrder } from '../plan/report-operations';

/** What one report said about a measure. */
export interface StatusHistoryPoint {
  reportId: string;
  period: ReportPeriod;
  /** null: the report has the measure but no status was given («ikke angitt»). */
  status: MeasureStatus | null;
  progress: number;
}

/**
 * A measure's status and progress across all reports, oldest first. Read from the reports'
 * entries, never from the live measure, so the history is what was reported then. Reports
 * without the measure (started before it existed) are left out rather than shown as empty.
 */
export function measureStatusHistory(plan: Plan, measureId: string): StatusHistoryPoint[] {
  return reportsInOrder(plan).flatMap((report) => {
    const entry = report.entries.find((e) => e.measureId === measureId);
    return entry
      ? [
          {
            reportId: report.id,
            period: report.period,
            status: entry.status,
            progress: entry.progress,
          },
        ]
      : [];
  });
}
