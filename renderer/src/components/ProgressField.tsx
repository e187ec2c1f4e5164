import { formatPercent } from '#shared/format/numbers';
import { parseProgressInput } from '#shared/format/progress';
import { progressStep } from '#shared/model/measures';
import { Field } from './Field';
import { useDraft } from './use-draft';

interface ProgressFieldProps {
  id: string;
  label?: string;
  /** Whole percent 0–100. */
  value: number;
  /** Called with each valid whole percent as it is typed (the caller coalesces the undo step). */
  onChange: (value: number) => void;
  /** Where Kvalitetssjekk's link puts the cursor. */
  dataField?: string;
  hint?: string;
}

const show = (value: number) => String(value);

/**
 * Progress (framdrift) as a whole percent, with the box Husbanken's form ticks beside it
 * («i skjemaet 75 %»), since the forms only have 25/50/75/100. Text that is not a whole percent
 * stays in the field with a message and is never stored.
 */
export function ProgressField({
  id,
  label = 'Framdrift',
  value,
  onChange,
  dataField,
  hint,
}: ProgressFieldProps) {
  const draft = useDraft(value, show);
  const parsed = parseProgressInput(draft.text);
  const error = !parsed.ok && draft.touched ? parsed.message : null;
  const step = progressStep(parsed.ok ? (parsed.value ?? 0) : value);
  return (
    <Field label={label} hint={hint} error={error} id={id} className="progress-field">
      {(control) => (
        <span className="progress-field__row">
          <input
            {...control}
            data-field={dataField}
            className="input progress-field__input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            value={draft.text}
            onChange={(e) => {
              const text = e.target.value;
              const next = parseProgressInput(text);
              if (next.ok) {
                const v = next.value ?? 0;
                draft.setText(text, v);
                if (v !== value) onChange(v);
              } else {
                draft.setText(text);
              }
            }}
            onBlur={() => {
              if (parsed.ok) draft.setText(show(parsed.value ?? 0), parsed.value ?? 0);
              else draft.touch();
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !parsed.ok) {
                e.preventDefault();
                draft.touch();
              } else if (e.key === 'Escape' && draft.text !== show(value)) {
                e.preventDefault();
                draft.setText(show(value), value);
              }
            }}
          />
          <span className="progress-field__unit" aria-hidden="true">
            %
          </span>
          <span className="progress-field__step">
            {step === 0 ? 'i skjemaet: ingen rute' : `i skjemaet ${formatPercent(step)}`}
          </span>
        </span>
      )}
    </Field>
  );
}
