import { useLayoutEffect, useState } from 'react';
import { CHECK_FIELDS } from '#shared/checks/check-fields';
import { reportsInOrder } from '#shared/plan/report-operations';
import { PageHeading } from '../../components/PageHeading';
import { changeThenFocus } from '../../components/focus';
import { DeletionNotice } from '../../components/notices/DeletionNotice';
import { useDeletionNotice } from '../../components/notices/use-deletion-notice';
import { useNavigation } from '../../shell/navigation';
import { useSessionSnapshot } from '../../state/plan-context';
import { ReportList } from './ReportList';
import { ReportView, reportHeadingId } from './ReportView';
import { StartReportForm } from './StartReportForm';
import '../../styles/status-reports.css';

/**
 * Halvårs- og årsrapporter to Husbanken: the list of reports and one open report at a time.
 * Kvalitetssjekk links here with the report's id and lands on its first measure without status.
 */
export function StatusReportsPage() {
  const { plan } = useSessionSnapshot();
  const { target, clearTarget } = useNavigation();
  const reports = reportsInOrder(plan);
  const [openId, setOpenId] = useState<string | null>(null);
  const targetReport = target && reports.find((r) => r.id === target.entityId);
  if (targetReport && openId !== targetReport.id) setOpenId(targetReport.id);
  const open = reports.find((r) => r.id === openId) ?? null;
  const { announce, noticeProps } = useDeletionNotice();

  // In the commit that draws the report, so keys typed right after the link land in the field.
  useLayoutEffect(() => {
    if (!target || !open || target.entityId !== open.id) return;
    const holder = document.querySelector<HTMLElement>(`[data-entity-id="${CSS.escape(open.id)}"]`);
    if (!holder) return;
    const statuses = [
      ...holder.querySelectorAll<HTMLElement>(`[data-field="${CHECK_FIELDS.reportStatus}"]`),
    ];
    const field =
      target.field === CHECK_FIELDS.reportStatus
        ? (statuses.find((s) => s.dataset.missing === 'true') ?? statuses[0])
        : undefined;
    const place = field ?? document.getElementById(reportHeadingId(open.id));
    place?.scrollIntoView({ block: 'center' });
    place?.focus();
    clearTarget();
  }, [target, open, clearTarget]);

  const openReport = (id: string) => changeThenFocus(() => setOpenId(id), reportHeadingId(id));

  return (
    <div className="page page--status-reports">
      <PageHeading>Statusrapporter</PageHeading>
      {open ? (
        <ReportView
          plan={plan}
          report={open}
          onBack={() => changeThenFocus(() => setOpenId(null), `report-open-${open.id}`)}
          onDeleted={(message) => {
            const id = open.id;
            setOpenId(null);
            announce(message, reportHeadingId(id), () => setOpenId(id));
          }}
        />
      ) : (
        <>
          <p className="lead">
            Halvårs- og årsrapportene til Husbanken. En rapport tar et øyeblikksbilde av tiltakene;
            når den er levert, er den låst og endres ikke når planen endres.
          </p>
          <section className="form-section" aria-labelledby="status-reports-list">
            <h2 id="status-reports-list">Rapporter</h2>
            <ReportList reports={reports} onOpen={openReport} />
          </section>
          <section className="form-section">
            <StartReportForm onStarted={openReport} onOpenExisting={openReport} />
          </section>
        </>
      )}
      <DeletionNotice {...noticeProps} />
    </div>
  );
}
