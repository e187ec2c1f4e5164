import { CHECK_FIELDS } from '#shared/checks/check-fields';
import { memo, useState } from 'react';
import { formatDate, parseNorwegianDate } from '#shared/format/dates';
import { measureDatesProblem } from '#shared/plan/measure-operations';

interface MeasureDateFieldsProps {
  idBase: string;
  startDate: string | null;
  endDate: string | null;
  onChange: (startDate: string | null, endDate: string | null) => void;
}

type Which = 'start' | 'end';
const read = (text: string) =>
  text.trim() === ''
    ? { ok: true, date: null }
    : ((date) => ({ ok: date !== null, date }))(parseNorwegianDate(text));

/**
 * Start and end date, typed as dd.mm.åååå. The two are read together: a date is stored only when
 * it is a real date and the end is not before the start. Otherwise the text stays on screen with
 * the reason, and the plan keeps the dates it had.
 */
export const MeasureDateFields = memo(function MeasureDateFields({
  idBase,
  startDate,
  endDate,
  onChange,
}: MeasureDateFieldsProps) {
  const fresh = () => ({
    start: formatDate(startDate),
    end: formatDate(endDate),
    basis: [startDate, endDate] as const,
    touched: { start: false, end: false },
  });
  const [draft, setDraft] = useState(fresh);
  let current = draft;
  if (draft.basis[0] !== startDate || draft.basis[1] !== endDate) {
    current = fresh();
    setDraft(current);
  }

  const start = read(current.start);
  const end = read(current.end);
  const orderProblem = start.ok && end.ok ? measureDatesProblem(start.date, end.date) : null;

  const change = (which: Which, text: string) => {
    const next = { ...current, [which]: text };
    const s = read(next.start);
    const e = read(next.end);
    if (s.ok && e.ok && !measureDatesProblem(s.date, e.date)) {
      next.basis = [s.date, e.date];
      if (s.date !== startDate || e.date !== endDate) onChange(s.date, e.date);
    }
    setDraft(next);
  };

  const errorFor = (which: Which): string | null => {
    const value = which === 'start' ? start : end;
    const text = current[which].trim();
    if (!value.ok && current.touched[which])
      return `«${text}» er ikke en gyldig dato. Skriv datoen som dd.mm.åååå, for eksempel 15.06.2027.`;
    if (which === 'end' && orderProblem)
      return `${orderProblem} Sluttdatoen ${text} er ikke lagret.`;
    return null;
  };

  const field = (which: Which, label: string, dataField: string) => {
    const id = `${idBase}-${which}`;
    const error = errorFor(which);
    const hintId = `${id}-hint`;
    const errorId = `${id}-error`;
    return (
      <div className={`field${error ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <p className="field__hint" id={hintId}>
          Skriv som dd.mm.åååå
        </p>
        {error && (
          <p className="field__error" id={errorId}>
            {error}
          </p>
        )}
        <input
          id={id}
          data-field={dataField}
          className="input input--date"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          value={current[which]}
          onChange={(e) => change(which, e.target.value)}
          onBlur={() => setDraft((d) => ({ ...d, touched: { ...d.touched, [which]: true } }))}
        />
      </div>
    );
  };

  return (
    <div className="field-row">
      {field('start', 'Startdato', CHECK_FIELDS.startDate)}
      {field('end', 'Sluttdato', CHECK_FIELDS.endDate)}
    </div>
  );
});
