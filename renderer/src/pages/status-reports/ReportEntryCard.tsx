import { memo } from 'react';
import { CHECK_FIELDS } from '#shared/checks/check-fields';
import { measureStatuses, type MeasureStatus } from '#shared/model/measures';
import {
  reportPeriodLabel,
  type ReportEntry,
  type ReportPeriod,
} from '#shared/model/status-report';
import { updateReportEntry, type ReportEntryFields } from '#shared/plan/report-operations';
import { DraftTextField } from '../../components/DraftTextField';
import { Field } from '../../components/Field';
import { ProgressField } from '../../components/ProgressField';
import { usePlanSession } from '../../state/plan-context';
import { progressText, statusText } from './status-labels';

interface ReportEntryCardProps {
  reportId: string;
  entry: ReportEntry;
  /** The measure's code as read without a heading («Felles 1A»). */
  code: string;
  /** What the report before said about the measure, shown as a hint. */
  previous: { period: ReportPeriod; entry: ReportEntry } | null;
  locked: boolean;
  /** The measure is no longer in the plan; the report keeps its line as it was. */
  deleted: boolean;
}

const textFields = [
  { key: 'done', label: 'Gjennomført i perioden' },
  { key: 'challenges', label: 'Særlige utfordringer' },
  { key: 'correctiveAction', label: 'Korrigerende tiltak' },
] as const;

/** One measure's line in a report: the snapshot's code and title, and what is reported. */
export const ReportEntryCard = memo(function ReportEntryCard({
  reportId,
  entry,
  code,
  previous,
  locked,
  deleted,
}: ReportEntryCardProps) {
  const session = usePlanSession();
  const idBase = `report-${reportId}-${entry.measureId}`;
  const set = (fields: ReportEntryFields, key?: string) =>
    session.edit(
      (p) => updateReportEntry(p, reportId, entry.measureId, fields),
      key && `report.${reportId}.${entry.measureId}.${key}`,
    );
  const { measure } = entry;
  const title = `${code} ${measure.title.trim() || '(uten tittel)'}`.trim();
  const headingId = `${idBase}-heading`;

  return (
    <article className="report-entry" aria-labelledby={headingId}>
      <header className="report-entry__head">
        <h4 id={headingId} className="report-entry__title">
          {title}
        </h4>
        <p className="report-entry__meta">
          {measure.ownerName ? `Ansvarlig: ${measure.ownerName}` : 'Ingen ansvarlig'}
          {deleted && <span className="report-entry__deleted"> · Slettet fra planen</span>}
        </p>
        {previous && (
          <p className="report-entry__previous">
            Forrige rapport ({reportPeriodLabel(previous.period)}):{' '}
            {statusText(previous.entry.status)}, {progressText(previous.entry.progress)}
          </p>
        )}
      </header>
      {locked ? (
        <dl className="report-entry__facts">
          <div>
            <dt>Status</dt>
            <dd>{statusText(entry.status)}</dd>
          </div>
          <div>
            <dt>Framdrift</dt>
            <dd>{progressText(entry.progress)}</dd>
          </div>
          {textFields.map((f) => (
            <div key={f.key} className="report-entry__text">
              <dt>{f.label}</dt>
              <dd>{entry[f.key].trim() || '–'}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <>
          <div className="report-entry__status">
            <Field label="Status" id={`${idBase}-status`}>
              {(control) => (
                <select
                  {...control}
                  className="input input--select"
                  data-field={CHECK_FIELDS.reportStatus}
                  data-missing={entry.status === null ? 'true' : undefined}
                  value={entry.status ?? ''}
                  onChange={(e) =>
                    set({ status: e.target.value ? (e.target.value as MeasureStatus) : null })
                  }
                >
                  <option value="">Ikke angitt</option>
                  {measureStatuses.map((s) => (
                    <option key={s} value={s}>
                      {statusText(s)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <ProgressField
              id={`${idBase}-progress`}
              hint="Hele prosent, 0–100"
              value={entry.progress}
              onChange={(progress) => set({ progress }, 'progress')}
            />
          </div>
          <div className="report-entry__texts">
            {textFields.map((f) => (
              <DraftTextField
                key={f.key}
                id={`${idBase}-${f.key}`}
                label={f.label}
                multiline
                rows={2}
                value={entry[f.key]}
                onChange={(value) => set({ [f.key]: value }, f.key)}
              />
            ))}
          </div>
        </>
      )}
    </article>
  );
});
