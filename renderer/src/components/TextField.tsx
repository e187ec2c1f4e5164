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
}: TextFieldProps) {
  return (
    <Field label={label} hint={hint} id={id} className={className}>
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
            className="input"
            type="text"
            autoComplete={autoComplete}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}
