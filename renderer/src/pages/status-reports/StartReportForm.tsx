import { useState, type FormEvent } from 'react';
import { programmeYears } from '#shared/budget/budget-tables';
import { localIsoDate } from '#shared/format/local-date';
import {
  reportPeriodLabel,
  type ReportPeriod,
  type ReportPeriodPart,
} from '#shared/model/status-report';
import { newId } from '#shared/plan/new-id';
import { latestReport, samePeriod, startStatusReport } from '#shared/plan/report-operations';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { usePlanSession, useSessionSnapshot } from '../../state/plan-context';
import { defaultReportDeadline, defaultReportPeriod, partChoices } from './report-defaults';

interface StartReportFormProps {
  /** The report was started: open it. */
  onStarted: (reportId: string) => void;
  /** Show the report that already covers the chosen period. */
  onOpenExisting: (reportId: string) => void;
}

/** «Start ny rapport»: year, part of the year and deadline; one undo step. */
export function StartReportForm({ onStarted, onOpenExisting }: StartReportFormProps) {
  const session = usePlanSession();
  const { plan } = useSessionSnapshot();
  const years = programmeYears(plan);
  // The form is mounted only while the list shows, so each visit starts from the next period.
  const [initial] = useState(() =>
    defaultReportPeriod(years, latestReport(plan)?.period, localIsoDate()),
  );
  const [year, setYear] = useState<number | null>(initial?.year ?? null);
  const [part, setPart] = useState<ReportPeriodPart>(initial?.part ?? 'h1');
  // null: the default deadline of the chosen period; set once the user types their own.
  const [deadline, setDeadline] = useState<{ value: string | null } | null>(null);
  if (year === null || !years.length) {
    return (
      <p className="status-reports__empty">
        Planen har ingen programperiode ennå. Sett start- og sluttår under Om planen før du starter
        en rapport.
      </p>
    );
  }
  const chosenYear = years.includes(year) ? year : years[0]!;
  const period: ReportPeriod = { year: chosenYear, part };
  const existing = plan.statusReports.find((r) => samePeriod(r.period, period));
  const deadlineValue = deadline ? deadline.value : defaultReportDeadline(period);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (existing) return;
    const id = newId();
    session.edit((p) => startStatusReport(p, { period, deadline: deadlineValue }, id));
    setDeadline(null);
    onStarted(id);
  };

  return (
    <form className="start-report" onSubmit={submit} aria-labelledby="start-report-heading">
      <h2 id="start-report-heading">Start ny rapport</h2>
      <p className="field__hint">
        Rapporten får et øyeblikksbilde av alle tiltakene, med status og framdrift fra forrige
        rapport.
      </p>
      <div className="start-report__fields">
        <SelectField
          id="start-report-year"
          label="År"
          value={String(chosenYear)}
          onChange={(v) => {
            setYear(Number(v));
            setDeadline(null);
          }}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="start-report-part"
          label="Periode"
          value={part}
          onChange={(v) => {
            setPart(v as ReportPeriodPart);
            setDeadline(null);
          }}
        >
          {partChoices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </SelectField>
        <DateField
          key={`${period.year}-${period.part}`}
          id="start-report-deadline"
          label="Frist"
          value={deadlineValue}
          onChange={(value) => setDeadline({ value })}
        />
      </div>
      {existing ? (
        <p className="start-report__exists" role="status">
          Det finnes allerede en rapport for {reportPeriodLabel(period)}.{' '}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => onOpenExisting(existing.id)}
          >
            Åpne den
          </button>
        </p>
      ) : (
        <div className="button-row">
          <button type="submit" className="button button--primary">
            Start rapport for {reportPeriodLabel(period)}
          </button>
        </div>
      )}
    </form>
  );
}
