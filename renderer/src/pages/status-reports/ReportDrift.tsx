import { refreshReportSnapshot, snapshotDrift } from '#shared/plan/report-operations';
import type { Plan } from '#shared/model/plan';
import type { StatusReport } from '#shared/model/status-report';
import { usePlanSession } from '../../state/plan-context';

const count = (n: number) => (n === 1 ? '1 tiltak' : `${n} tiltak`);

/** «3 tiltak er endret og 1 er lagt til i planen siden rapporten ble startet». */
export function driftMessage(changed: number, added: number): string {
  if (changed && added)
    return `${count(changed)} er endret og ${added} er lagt til i planen siden rapporten ble startet.`;
  if (changed) return `${count(changed)} er endret i planen siden rapporten ble startet.`;
  return `${count(added)} er lagt til i planen siden rapporten ble startet.`;
}

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
