import { Field } from './Field';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  id?: string;
  multiline?: boolean;
  rows?: number;
  className?: string;
  autoComplete?: string;
  /** Shown under the field and tied to it (aria-invalid, aria-describedby). */
  error?: string | null;
  /** A narrow one-line field (a date, a case number), and the keyboard a date needs. */
  narrow?: boolean;
  inputMode?: 'numeric' | 'text';
}

export function TextField({
  label,
  value,
  onChange,
  hint,
  id,
  multiline,
  rows = 3,
  className,
  autoComplete = 'off',
  error,
  narrow = false,
  inputMode,
}: TextFieldProps) {
  return (
    <Field label={label} hint={hint} id={id} className={className} error={error}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            className="input input--multiline"
            rows={rows}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            {...control}
            className={narrow ? 'input input--date' : 'input'}
            type="text"
            inputMode={inputMode}
            autoComplete={autoComplete}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}
