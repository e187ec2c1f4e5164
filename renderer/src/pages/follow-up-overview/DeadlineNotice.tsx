import { formatDate } from '#shared/format/dates';
import type { Plan } from '#shared/model/plan';
import { reportKindLabel, reportPeriodLabel } from '#shared/model/status-report';
import { nextReportDeadline } from '#shared/plan/report-operations';
import { PlanLink } from '../../components/links/PlanLink';

/** The next deadline of a report not yet submitted; an overdue one is said plainly. */
export function DeadlineNotice({ plan, today }: { plan: Plan; today: string }) {
  const next = nextReportDeadline(plan, today);
  const link = <PlanLink page="statusrapporter">Gå til Statusrapporter</PlanLink>;
  if (!next) {
    return (
      <div className="notice notice--info deadline-notice" data-testid="next-deadline">
        <p>
          Ingen åpen statusrapport har frist.{' '}
          {plan.statusReports.length === 0
            ? 'Når det er tid for halvårs- eller årsrapport, starter du den under Statusrapporter.'
            : 'Alle rapporter med frist er levert.'}
        </p>
        <p>{link}</p>
      </div>
    );
  }
  const name = `${reportKindLabel(next.report.period)} for ${reportPeriodLabel(next.report.period).toLowerCase()}`;
  return (
    <div
      className={`notice deadline-notice ${next.overdue ? 'notice--warning' : 'notice--info'}`}
      data-testid="next-deadline"
    >
      <p>
        {next.overdue ? (
          <>
            <strong>Fristen er passert.</strong> {name} skulle vært levert{' '}
            {formatDate(next.deadline)}, men er ikke levert ennå.
          </>
        ) : (
          <>
            <strong>Neste rapportfrist:</strong> {name}, {formatDate(next.deadline)}.
          </>
        )}
      </p>
      <p>{link}</p>
    </div>
  );
}
