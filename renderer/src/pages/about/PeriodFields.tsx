import { useState } from 'react';
import { isPlanYear, periodProblem, setPeriod } from '#shared/plan/info-operations';
import { usePlan } from '../../state/plan-context';
import { useRefusedInput } from '../../state/plan-context';

const isFourDigits = (text: string) => /^\d{4}$/.test(text.trim());
const parseYear = (text: string) => (isFourDigits(text) ? Number(text.trim()) : Number.NaN);

/** From and to year. A period that ends before it starts is explained, not stored. */
export function PeriodFields() {
  const { plan, edit } = usePlan();
  const { periodStart, periodEnd } = plan.info;
  const basis = `${periodStart}-${periodEnd}`;
  const fresh = () => ({
    start: String(periodStart),
    end: String(periodEnd),
    basis,
    touched: false,
  });
  const [draft, setDraft] = useState(fresh);
  let current = draft;
  if (draft.basis !== basis) {
    current = fresh();
    setDraft(current);
  }

  const change = (which: 'start' | 'end', text: string) => {
    const next = { ...current, [which]: text };
    const start = parseYear(next.start);
    const end = parseYear(next.end);
    if (periodProblem(start, end) === null) {
      edit((p) => setPeriod(p, start, end), 'info.period');
      next.basis = `${start}-${end}`;
    }
    setDraft(next);
  };

  const start = parseYear(current.start);
  const end = parseYear(current.end);
  const problem =
    current.touched || (isFourDigits(current.start) && isFourDigits(current.end))
      ? periodProblem(start, end)
      : null;
  useRefusedInput(problem !== null);
  const startIsWrong = problem !== null && !isPlanYear(start);
  const endIsWrong = problem !== null && !startIsWrong;

  return (
    <fieldset className="fieldset" aria-describedby={problem ? 'period-error' : 'period-hint'}>
      <legend className="field__label">Planperiode</legend>
      <p className="field__hint" id="period-hint">
        Årstall med fire sifre.
      </p>
      {problem && (
        <p className="field__error" id="period-error">
          {problem} Planen har fortsatt perioden {periodStart}–{periodEnd}.
        </p>
      )}
      <div className="field-row field-row--tight">
        {(['start', 'end'] as const).map((which) => (
          <div className="field" key={which}>
            <label className="field__label" htmlFor={`period-${which}`}>
              {which === 'start' ? 'Fra år' : 'Til år'}
            </label>
            <input
              id={`period-${which}`}
              className="input input--year"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={4}
              aria-describedby={problem ? 'period-error' : 'period-hint'}
              aria-invalid={(which === 'start' ? startIsWrong : endIsWrong) || undefined}
              value={current[which]}
              onChange={(e) => change(which, e.target.value)}
              onBlur={() => setDraft((d) => ({ ...d, touched: true }))}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
