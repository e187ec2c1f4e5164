import type { ReactNode } from 'react';
import { Field } from './Field';

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  id?: string;
  className?: string;
  onFocus?: () => void;
  children: ReactNode;
}

export function SelectField({
  label,
  value,
  onChange,
  hint,
  id,
  className,
  onFocus,
  children,
}: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} id={id} className={className}>
      {(control) => (
        <select
          {...control}
          className="input input--select"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onFocus={onFocus}
        >
          {children}
        </select>
      )}
    </Field>
  );
}
