import { formatDate, parseNorwegianDate } from '#shared/format/dates';
import { Field } from './Field';
import { useDraft } from './use-draft';
import { useRefusedInput } from '../state/plan-context';

interface DateFieldProps {
  label: string;
  /** ISO date (ÅÅÅÅ-MM-DD) or null. */
  value: string | null;
  onChange: (value: string | null) => void;
  required?: boolean;
  /** Message when a required date is empty. */
  requiredMessage?: string;
  id?: string;
  /**
   * For a date that is no part of the plan (a filter's limit): unreadable text is not counted
   * among the changes not saved, and the format stands in the label so a row of fields stays
   * one line.
   */
  outsidePlan?: boolean;
}

/** A date typed the Norwegian way, dd.mm.åååå; only real dates are stored. */
export function DateField({
  label,
  value,
  onChange,
  required,
  requiredMessage,
  id,
  outsidePlan = false,
}: DateFieldProps) {
  const draft = useDraft(value, formatDate);
  const text = draft.text.trim();
  const parsed = text === '' ? null : parseNorwegianDate(text);
  useRefusedInput(!outsidePlan && text !== '' && parsed === null && draft.touched);
  let error: string | null = null;
  if (text !== '' && parsed === null && draft.touched) {
    error = `«${text}» er ikke en gyldig dato. Skriv datoen som dd.mm.åååå, for eksempel 15.06.2027.`;
  } else if (text === '' && required && draft.touched) {
    // Only once the field has been left empty: a field that just appeared has done nothing wrong.
    error = requiredMessage ?? `${label} må fylles ut.`;
  }
  return (
    <Field
      label={outsidePlan ? `${label} (dd.mm.åååå)` : label}
      hint={outsidePlan ? undefined : 'Skriv som dd.mm.åååå'}
      error={error}
      id={id}
    >
      {(control) => (
        <input
          {...control}
          className="input input--date"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={draft.text}
          onChange={(e) => {
            const next = e.target.value;
            const nextParsed = next.trim() === '' ? null : parseNorwegianDate(next);
            if (next.trim() === '' || nextParsed !== null) {
              draft.setText(next, nextParsed);
              onChange(nextParsed);
            } else {
              draft.setText(next);
            }
          }}
          onBlur={draft.touch}
        />
      )}
    </Field>
  );
}
