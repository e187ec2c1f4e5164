import { refreshReportSnapshot, snapshotDrift } from '#shared/plan/report-operations';
import type { Plan } from '#shared/model/plan';
import type { StatusReport } from '#shared/model/status-report';
import { usePlanSession } from '../../state/plan-context';
import { driftMessage } from './status-labels';

/** An open report whose snapshot lags the plan: say so calmly and offer to bring it up to date. */
export function ReportDrift({ plan, report }: { plan: Plan; report: StatusReport }) {
  const session = usePlanSession();
  const drift = snapshotDrift(plan, report);
  if (!drift.changed.length && !drift.added.length) return null;
  return (
    <div className="banner banner--info report-drift">
      <p>{driftMessage(drift.changed.length, drift.added.length)}</p>
      <p>Oppdater rapporten for å ta med det som er nytt. Det som er rapportert, blir stående.</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--small"
          onClick={() => session.edit((p) => refreshReportSnapshot(p, report.id))}
        >
          Oppdater rapporten fra planen
        </button>
      </div>
    </div>
  );
}
