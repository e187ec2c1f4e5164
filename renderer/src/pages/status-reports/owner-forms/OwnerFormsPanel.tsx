import { useId, useState } from 'react';
import { buildOwnerForms } from '#shared/follow-up/owner-forms';
import {
  applyOwnerFormImport,
  previewOwnerFormImport,
  type ConflictDecisions,
  type OwnerFormPreview,
} from '#shared/follow-up/owner-form-import';
import { reportPeriodLabel } from '#shared/model/status-report';
import { findReport, isReportLocked } from '#shared/plan/report-operations';
import { getPlanApi } from '../../../api/get-plan-api';
import { DeletionNotice } from '../../../components/notices/DeletionNotice';
import { useDeletionNotice } from '../../../components/notices/use-deletion-notice';
import { usePlan, usePlanSession } from '../../../state/plan-context';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import '../../../styles/owner-forms.css';

type Outcome =
  | { kind: 'exported'; folder: string; fileNames: string[] }
  | { kind: 'error'; message: string }
  | null;

const errorText = (error: unknown) =>
  `Noe gikk galt: ${error instanceof Error ? error.message : String(error)}`;

/**
 * «Skjema til tiltakseierne»: one Excel form per measure owner out, the filled forms back in
 * through a preview where every change is shown and conflicts are decided; one undo step.
 */
export function OwnerFormsPanel({ reportId }: { reportId: string }) {
  const { plan, edit } = usePlan();
  const session = usePlanSession();
  const headingId = useId();
  const importButtonId = `${headingId}-import`;
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [preview, setPreview] = useState<OwnerFormPreview | null>(null);
  const [decisions, setDecisions] = useState<ConflictDecisions>({});
  const { announce, noticeProps } = useDeletionNotice();
  const report = findReport(plan, reportId);
  if (!report) return null;
  const locked = isReportLocked(report);
  const period = reportPeriodLabel(report.period);

  async function exportForms() {
    // The forms carry what the fields show, typing included.
    session.flushDrafts();
    const current = findReport(session.plan, reportId);
    if (!current) return;
    const forms = buildOwnerForms(session.plan, current);
    if (!forms.length) {
      setOutcome({ kind: 'error', message: 'Rapporten har ingen tiltak å lage skjema for.' });
      return;
    }
    setBusy('export');
    setOutcome(null);
    try {
      const result = await getPlanApi().exportOwnerForms({ forms });
      if (result.ok) setOutcome({ kind: 'exported', ...result });
      else if (!result.canceled) setOutcome({ kind: 'error', message: result.message });
    } catch (error) {
      setOutcome({ kind: 'error', message: errorText(error) });
    } finally {
      setBusy(null);
    }
  }

  async function importForms() {
    setBusy('import');
    setOutcome(null);
    try {
      const result = await getPlanApi().importOwnerForms({});
      if (!result.ok) return;
      // Typing not yet in the plan counts as the app's value.
      session.flushDrafts();
      setDecisions({});
      setPreview(previewOwnerFormImport(session.plan, reportId, result.files));
    } catch (error) {
      setOutcome({ kind: 'error', message: errorText(error) });
    } finally {
      setBusy(null);
    }
  }

  function apply() {
    if (!preview) return;
    const chosen = decisions;
    const taken =
      preview.changes.length +
      preview.conflicts.filter((c) => (chosen[c.id] ?? 'app') !== 'app').length;
    edit((current) => applyOwnerFormImport(current, preview, chosen));
    setPreview(null);
    announce(
      taken === 1
        ? 'Skjemaene er lest inn: én endring.'
        : `Skjemaene er lest inn: ${taken} endringer.`,
      importButtonId,
    );
  }

  return (
    <section className="form-section owner-forms" aria-labelledby={headingId}>
      <h3 id={headingId}>Skjema til tiltakseierne</h3>
      <p className="muted">
        Lag ett Excel-skjema per ansvarlig med tiltakene deres for {period}. Eierne fyller ut
        status, framdrift, kommentar, utfordringer, korrigerende tiltak og regnskap, og sender filen
        tilbake. Du ser alle endringene før noe endres.
      </p>
      {locked && (
        <p className="notice notice--info">
          Rapporten er levert og låst. Lås den opp for å lage eller lese inn skjema.
        </p>
      )}
      <div className="owner-forms__actions">
        <button
          type="button"
          className="button"
          onClick={() => void exportForms()}
          disabled={busy !== null || locked}
          aria-busy={busy === 'export'}
        >
          {busy === 'export' ? 'Lager skjema …' : 'Lag skjema til hver eier'}
        </button>
        <button
          id={importButtonId}
          type="button"
          className="button"
          onClick={() => void importForms()}
          disabled={busy !== null || locked}
          aria-busy={busy === 'import'}
        >
          {busy === 'import' ? 'Leser skjema …' : 'Les inn utfylte skjema'}
        </button>
      </div>
      <div role="status" className="owner-forms__outcome">
        {outcome?.kind === 'exported' && (
          <div className="notice notice--success">
            <p>
              {outcome.fileNames.length === 1
                ? 'Ett skjema er lagret'
                : `${outcome.fileNames.length} skjema er lagret`}{' '}
              i <span className="owner-forms__path">{outcome.folder}</span>:
            </p>
            <ul>
              {outcome.fileNames.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {outcome?.kind === 'error' && (
        <p role="alert" className="notice notice--error">
          {outcome.message}
        </p>
      )}
      {preview && (
        <ImportPreviewDialog
          preview={preview}
          decisions={decisions}
          onDecide={(id, decision) => setDecisions((d) => ({ ...d, [id]: decision }))}
          onApply={apply}
          onCancel={() => setPreview(null)}
        />
      )}
      <DeletionNotice {...noticeProps} />
    </section>
  );
}
