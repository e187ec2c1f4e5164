import { CHECK_FIELDS } from '#shared/checks/check-fields';
import { memo, useState } from 'react';
import {
  formatPartialDate,
  parsePartialDate,
  precisionOf,
  type DatePrecision,
} from '#shared/format/partial-date';
import { measureDatesProblem } from '#shared/plan/measure-operations';
import { useRefusedInput } from '../../../state/plan-context';

interface MeasureDateFieldsProps {
  idBase: string;
  startDate: string | null;
  endDate: string | null;
  onChange: (startDate: string | null, endDate: string | null) => void;
}

type Which = 'start' | 'end';

const PRECISION_WORDS: Record<DatePrecision, string> = {
  year: 'år',
  month: 'måned',
  day: 'dag',
};

/** What the field will store, in words: «Lagres som måned: juni 2014». */
function storedAs(value: string): string {
  return `Lagres som ${PRECISION_WORDS[precisionOf(value)]}: ${formatPartialDate(value)}.`;
}

/**
 * Start and end as a year, a month or a day, as Husbanken's forms give them («2014», «juni 2014»,
 * «30.06.2014»). One text field each, so the keyboard is enough; what the text is read as is shown
 * under the field. The two are read together: a value is stored only when it can be read and the
 * end does not lie wholly before the start. Otherwise the text stays on screen with the reason,
 * and the plan keeps what it had. Leaving a field writes the value the way it is shown elsewhere.
 */
export const MeasureDateFields = memo(function MeasureDateFields({
  idBase,
  startDate,
  endDate,
  onChange,
}: MeasureDateFieldsProps) {
  const fresh = () => ({
    start: formatPartialDate(startDate),
    end: formatPartialDate(endDate),
    basis: [startDate, endDate] as const,
    touched: { start: false, end: false },
  });
  const [draft, setDraft] = useState(fresh);
  let current = draft;
  if (draft.basis[0] !== startDate || draft.basis[1] !== endDate) {
    current = fresh();
    setDraft(current);
  }

  const start = parsePartialDate(current.start);
  const end = parsePartialDate(current.end);
  const orderProblem = start.ok && end.ok ? measureDatesProblem(start.value, end.value) : null;

  const change = (which: Which, text: string) => {
    const next = { ...current, [which]: text };
    const s = parsePartialDate(next.start);
    const e = parsePartialDate(next.end);
    if (s.ok && e.ok && !measureDatesProblem(s.value, e.value)) {
      next.basis = [s.value, e.value];
      if (s.value !== startDate || e.value !== endDate) onChange(s.value, e.value);
    }
    setDraft(next);
  };

  const leave = (which: Which) =>
    setDraft((d) => {
      const parsed = parsePartialDate(d[which]);
      // «06.2014» becomes «juni 2014» on leaving, so the field shows what was understood.
      const shown = parsed.ok && !orderProblem ? formatPartialDate(parsed.value) : d[which];
      return { ...d, [which]: shown, touched: { ...d.touched, [which]: true } };
    });

  const errorFor = (which: Which): string | null => {
    const value = which === 'start' ? start : end;
    if (!value.ok && current.touched[which]) return value.error;
    if (which === 'end' && orderProblem)
      return `${orderProblem} Slutt ${current.end.trim()} er ikke lagret.`;
    return null;
  };

  useRefusedInput(errorFor('start') !== null || errorFor('end') !== null);

  const field = (which: Which, label: string, dataField: string) => {
    const id = `${idBase}-${which}`;
    const error = errorFor(which);
    const value = which === 'start' ? start : end;
    const hintId = `${id}-hint`;
    const readId = `${id}-read`;
    const errorId = `${id}-error`;
    const read = !error && value.ok && value.value !== null ? storedAs(value.value) : null;
    return (
      <div className={`field${error ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <p className="field__hint" id={hintId}>
          År, måned eller dag: 2014, juni 2014 eller 30.06.2014
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
          autoComplete="off"
          aria-describedby={[hintId, error ? errorId : read ? readId : '']
            .filter(Boolean)
            .join(' ')}
          aria-invalid={error ? true : undefined}
          value={current[which]}
          onChange={(e) => change(which, e.target.value)}
          onBlur={() => leave(which)}
        />
        {read && (
          <p className="field__hint date-field__read" id={readId}>
            {read}
          </p>
        )}
      </div>
    );
  };

  return (
    <div className="field-row">
      {field('start', 'Start', CHECK_FIELDS.startDate)}
      {field('end', 'Slutt', CHECK_FIELDS.endDate)}
    </div>
  );
});
