import { useMemo, useState } from 'react';
import { formatDate } from '#shared/format/dates';
import type { Plan } from '#shared/model/plan';
import {
  reportTitle,
  reportPeriodLabel,
  type ReportEntry,
  type StatusReport,
} from '#shared/model/status-report';
import {
  isReportLocked,
  removeReport,
  reportBefore,
  submitReport,
  unlockReport,
} from '#shared/plan/report-operations';
import { changeThenFocus } from '../../components/focus';
import { useNavigation } from '../../shell/navigation';
import { usePlanSession } from '../../state/plan-context';
import { OwnerFormsPanel } from './owner-forms/OwnerFormsPanel';
import { ReportDrift } from './ReportDrift';
import { ReportEntryCard } from './ReportEntryCard';
import { ReportFields, SubGoalNarratives } from './ReportFields';
import { reportStateLabel } from './ReportList';
import { SubmitReportDialog } from './SubmitReportDialog';
import { displayCodeAmong, measureGroupOf } from '#shared/plan/measure-groups';
import { UnlockReportDialog } from './UnlockReportDialog';

/** A report's entries with the shared projects last, each group in the order given. */
const byGroup = (entries: ReportEntry[]) => [
  ...entries.filter((e) => measureGroupOf(e.measure) === 'local'),
  ...entries.filter((e) => measureGroupOf(e.measure) === 'shared'),
];

interface ReportViewProps {
  plan: Plan;
  report: StatusReport;
  onBack: () => void;
  /** The report was deleted: announce it with undo. */
  onDeleted: (message: string) => void;
}

export const reportHeadingId = (reportId: string) => `report-${reportId}-heading`;

/** Entries grouped by focus area in the report's own order (its snapshot), so deleted measures stay. */
function groupEntries(report: StatusReport) {
  const known = new Set(report.context.focusAreas.map((f) => f.id));
  const groups: { id: string; title: string; entries: ReportEntry[] }[] =
    report.context.focusAreas.map((f) => ({
      id: f.id,
      title: `${f.code} ${f.name}`.trim() || 'Satsningsområde uten navn',
      // Own measures, then shared projects, as the plan lists them.
      entries: byGroup(report.entries.filter((e) => e.measure.focusAreaId === f.id)),
    }));
  const other = report.entries.filter((e) => !known.has(e.measure.focusAreaId));
  if (other.length) groups.push({ id: 'other', title: 'Andre tiltak', entries: other });
  return groups.filter((g) => g.entries.length > 0);
}

/** One report: its fields and every measure's line; read-only text once it is delivered. */
export function ReportView({ plan, report, onBack, onDeleted }: ReportViewProps) {
  const session = usePlanSession();
  const { navigate } = useNavigation();
  const [dialog, setDialog] = useState<'submit' | 'unlock' | null>(null);
  const locked = isReportLocked(report);
  const period = reportPeriodLabel(report.period);
  const previous = reportBefore(plan, report.period);
  const previousEntries = new Map(previous?.entries.map((e) => [e.measureId, e]));
  const live = new Set(plan.measures.map((m) => m.id));
  // The snapshots the codes are read among («Felles 1A» where a local measure is 1A).
  const snapshots = useMemo(() => report.entries.map((e) => e.measure), [report.entries]);
  const missing = report.entries.filter((e) => e.status === null).length;
  const deletable = !locked && report.unlocks.length === 0;
  const headingId = reportHeadingId(report.id);

  return (
    <section className="report-view" data-entity-id={report.id} aria-labelledby={headingId}>
      <div className="report-view__top">
        <button type="button" className="button button--quiet button--small" onClick={onBack}>
          ← Alle rapporter
        </button>
      </div>
      <header className="report-view__head">
        <h2 id={headingId} tabIndex={-1}>
          {reportTitle(report.period)}
        </h2>
        <p className={locked ? 'report-state report-state--locked' : 'report-state'}>
          {reportStateLabel(report)}
          {!locked &&
            missing > 0 &&
            ` · ${missing} av ${report.entries.length} tiltak mangler status`}
        </p>
        <div className="button-row">
          {locked ? (
            <button type="button" className="button" onClick={() => setDialog('unlock')}>
              Lås opp for retting
            </button>
          ) : (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setDialog('submit')}
            >
              Lever rapporten
            </button>
          )}
          <button type="button" className="button" onClick={() => navigate('eksport')}>
            Eksporter rapporten
          </button>
          {deletable && (
            <button
              type="button"
              className="button button--quiet button--danger-text"
              onClick={() => {
                session.edit((p) => removeReport(p, report.id));
                onDeleted(`${reportTitle(report.period)} er slettet.`);
              }}
            >
              Slett rapporten
            </button>
          )}
        </div>
        {!deletable && (
          <p className="field__hint">
            {locked
              ? 'En levert rapport kan ikke slettes; den er en del av historikken.'
              : 'Rapporten har vært levert, og kan derfor ikke slettes.'}
          </p>
        )}
      </header>

      {!locked && <ReportDrift plan={plan} report={report} />}

      <section className="form-section" aria-labelledby={`${headingId}-fields`}>
        <h3 id={`${headingId}-fields`}>Om rapporten</h3>
        <ReportFields report={report} locked={locked} />
      </section>

      <section className="form-section" aria-labelledby={`${headingId}-measures`}>
        <h3 id={`${headingId}-measures`}>Tiltakene</h3>
        <p className="field__hint">
          Tiltakene slik de var i planen {formatDate(report.context.takenDate)}.
        </p>
        <p className="report-legend">
          Status: <strong>n</strong> = nytt tiltak, <strong>v</strong> = videreført tiltak,{' '}
          <strong>g</strong> = gjennomført tiltak, <strong>a</strong> = avviklet tiltak. Framdrift i
          hele prosent; skjemaet viser nærmeste av 25, 50, 75 og 100 %.
        </p>
        {groupEntries(report).map((group) => (
          <section key={group.id} className="report-area" aria-label={group.title}>
            <h3 className="report-area__title">{group.title}</h3>
            {group.entries.map((entry) => {
              const before = previousEntries.get(entry.measureId);
              return (
                <ReportEntryCard
                  key={entry.measureId}
                  reportId={report.id}
                  entry={entry}
                  code={displayCodeAmong(snapshots, entry.measure)}
                  previous={previous && before ? { period: previous.period, entry: before } : null}
                  locked={locked}
                  deleted={!live.has(entry.measureId)}
                />
              );
            })}
          </section>
        ))}
        {report.entries.length === 0 && (
          <p className="status-reports__empty">Planen hadde ingen tiltak da rapporten ble tatt.</p>
        )}
      </section>

      <section className="form-section" aria-labelledby={`${headingId}-narratives`}>
        <h3 id={`${headingId}-narratives`}>Samlet resultat per delmål</h3>
        <SubGoalNarratives plan={plan} report={report} locked={locked} />
      </section>

      <OwnerFormsPanel reportId={report.id} />

      {report.unlocks.length > 0 && (
        <section className="form-section" aria-labelledby={`${headingId}-unlocks`}>
          <h3 id={`${headingId}-unlocks`}>Låst opp for retting</h3>
          <ul className="report-unlocks">
            {report.unlocks.map((u, i) => (
              <li key={i}>
                {formatDate(u.date)}: {u.reason}
              </li>
            ))}
          </ul>
        </section>
      )}

      {dialog === 'submit' && (
        <SubmitReportDialog
          periodLabel={period}
          missingStatus={missing}
          onCancel={() => setDialog(null)}
          onConfirm={() =>
            changeThenFocus(() => {
              session.edit((p) => submitReport(p, report.id));
              setDialog(null);
            }, headingId)
          }
        />
      )}
      {dialog === 'unlock' && (
        <UnlockReportDialog
          periodLabel={period}
          onCancel={() => setDialog(null)}
          onConfirm={(reason) =>
            changeThenFocus(() => {
              session.edit((p) => unlockReport(p, report.id, reason));
              setDialog(null);
            }, headingId)
          }
        />
      )}
    </section>
  );
}
