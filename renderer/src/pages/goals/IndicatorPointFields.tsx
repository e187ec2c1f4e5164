import { useState } from 'react';
import type { Indicator } from '#shared/model/goals';
import { formatNumber, parseNorwegianNumber } from '#shared/format/numbers';
import { isPlanYear } from '#shared/plan/info-operations';
import { ExampleNote } from '../../components/ExampleNote';
import { useRefusedInput } from '../../state/plan-context';

type Point = Indicator['baseline'];

interface IndicatorPointFieldsProps {
  idBase: string;
  legend: string;
  point: Point;
  onChange: (point: Point) => void;
  /** Keeps a template's example figure as the plan's own («Bekreft»). */
  onConfirmExample: () => void;
}

const show = (point: Point) => ({
  value: point ? formatNumber(point.value) : '',
  year: point ? String(point.year) : '',
});

/** Value and year belong together: stored when both are filled in (or both empty). */
export function IndicatorPointFields({
  idBase,
  legend,
  point,
  onChange,
  onConfirmExample,
}: IndicatorPointFieldsProps) {
  const [draft, setDraft] = useState(() => ({ ...show(point), basis: point, touched: false }));
  let current = draft;
  if (draft.basis !== point) {
    current = { ...show(point), basis: point, touched: false };
    setDraft(current);
  }

  const read = (value: string, year: string) => {
    const number = parseNorwegianNumber(value);
    const yearNumber = /^\s*\d{4}\s*$/.test(year) ? Number(year) : Number.NaN;
    if (value.trim() === '' && year.trim() === '') return { ok: true as const, point: null };
    if (number === null)
      return {
        ok: false as const,
        problem: 'Verdien må være et tall, for eksempel 40 eller 12,5.',
      };
    if (!isPlanYear(yearNumber))
      return { ok: false as const, problem: 'Skriv året med fire sifre, for eksempel 2026.' };
    return { ok: true as const, point: { value: number, year: yearNumber } };
  };

  const change = (field: 'value' | 'year', text: string) => {
    const next = { ...current, [field]: text };
    const result = read(next.value, next.year);
    if (result.ok) {
      onChange(result.point);
      next.basis = result.point;
    }
    setDraft(next);
  };

  const result = read(current.value, current.year);
  const problem = !result.ok && current.touched ? result.problem : null;
  useRefusedInput(problem !== null);
  const errorId = `${idBase}-error`;

  return (
    <fieldset className="fieldset point-fields" aria-describedby={problem ? errorId : undefined}>
      <legend className="field__label">{legend}</legend>
      {problem && (
        <p className="field__error" id={errorId}>
          {problem}
        </p>
      )}
      <div className="field-row field-row--tight">
        {(['value', 'year'] as const).map((field) => (
          <div className="field" key={field}>
            <label className="field__label field__label--small" htmlFor={`${idBase}-${field}`}>
              {field === 'value' ? 'Verdi' : 'År'}
            </label>
            <input
              id={`${idBase}-${field}`}
              className={`input ${field === 'year' ? 'input--year' : 'input--number'}`}
              type="text"
              inputMode={field === 'year' ? 'numeric' : 'decimal'}
              autoComplete="off"
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? errorId : undefined}
              value={current[field]}
              onChange={(e) => change(field, e.target.value)}
              onBlur={() => setDraft((d) => ({ ...d, touched: true }))}
            />
          </div>
        ))}
      </div>
      {point?.example && (
        <ExampleNote what={legend.toLocaleLowerCase('nb')} onConfirm={onConfirmExample} />
      )}
    </fieldset>
  );
}
