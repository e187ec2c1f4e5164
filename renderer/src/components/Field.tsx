import { useId, type FocusEvent, type ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** A fixed id, so other code can move focus to the control. */
  id?: string;
  className?: string;
  /** Focus leaving the whole field (a control made of several parts closes its list). */
  onBlur?: (event: FocusEvent<HTMLDivElement>) => void;
  children: (control: FieldControlProps) => ReactNode;
}

/** A visible label, an optional hint and an error message, all tied to the control for screen readers. */
export function Field({ label, hint, error, id, className, onBlur, children }: FieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      className={['field', error ? 'field--error' : '', className ?? ''].join(' ').trim()}
      onBlur={onBlur}
    >
      <label className="field__label" htmlFor={controlId}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      {children({
        id: controlId,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}
