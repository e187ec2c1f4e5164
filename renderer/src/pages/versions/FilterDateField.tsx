import { formatDate, parseNorwegianDate } from '#shared/format/dates';
import { Field } from '../../components/Field';
import { useDraft } from '../../components/use-draft';

interface FilterDateFieldProps {
  label: string;
  /** ISO date or '' for no limit. */
  value: string;
  onChange: (value: string) => void;
}

/**
 * A date limit of a filter, typed dd.mm.åååå like every date in the app. Not DateField: that
 * one counts unreadable text as a change not saved, and a filter is no part of the plan.
 */
export function FilterDateField({ label, value, onChange }: FilterDateFieldProps) {
  const draft = useDraft(value, formatDate);
  const text = draft.text.trim();
  const unreadable = text !== '' && parseNorwegianDate(text) === null;
  return (
    <Field
      // The format in the label, not a hint: the filters' fields stay on one line.
      label={`${label} (dd.mm.åååå)`}
      error={unreadable && draft.touched ? `«${text}» er ikke en dato.` : null}
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
            const parsed = next.trim() === '' ? '' : parseNorwegianDate(next);
            if (parsed === null) draft.setText(next);
            else {
              draft.setText(next, parsed);
              onChange(parsed);
            }
          }}
          onBlur={draft.touch}
        />
      )}
    </Field>
  );
}
