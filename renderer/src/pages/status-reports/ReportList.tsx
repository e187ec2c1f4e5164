import { formatDate } from '#shared/format/dates';
import { reportKindLabel, reportPeriodLabel, type StatusReport } from '#shared/model/status-report';

interface ReportListProps {
  reports: StatusReport[];
  onOpen: (reportId: string) => void;
}

/** «Levert 29.08.2027» or «Åpen». */
export function reportStateLabel(report: StatusReport): string {
  return report.submittedDate ? `Levert ${formatDate(report.submittedDate)}` : 'Åpen';
}

/** The plan's reports in time order, each opened from its period. */
export function ReportList({ reports, onOpen }: ReportListProps) {
  if (!reports.length) {
    return (
      <p className="status-reports__empty">
        Ingen rapporter ennå. Start den første under, når planen er vedtatt og arbeidet er i gang.
      </p>
    );
  }
  return (
    <table className="table report-table">
      <caption className="visually-hidden">Statusrapporter</caption>
      <thead>
        <tr>
          <th scope="col">Periode</th>
          <th scope="col">Rapport</th>
          <th scope="col">Frist</th>
          <th scope="col">Tilstand</th>
          <th scope="col">Tiltak med status</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => {
          const withStatus = r.entries.filter((e) => e.status !== null).length;
          return (
            <tr key={r.id}>
              <th scope="row">
                <button
                  type="button"
                  id={`report-open-${r.id}`}
                  className="link-button"
                  onClick={() => onOpen(r.id)}
                >
                  {reportPeriodLabel(r.period)}
                </button>
              </th>
              <td>{reportKindLabel(r.period)}</td>
              <td>{r.deadline ? formatDate(r.deadline) : '–'}</td>
              <td>{reportStateLabel(r)}</td>
              <td>
                {withStatus} av {r.entries.length}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
