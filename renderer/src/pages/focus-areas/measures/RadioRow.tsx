import { memo } from 'react';

interface RadioRowProps<T extends string | number> {
  legend: string;
  name: string;
  field: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** A small set of choices shown side by side (status, progress). */
function RadioRowInner<T extends string | number>({
  legend,
  name,
  field,
  options,
  value,
  onChange,
}: RadioRowProps<T>) {
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{legend}</legend>
      <div className="radio-row radio-row--compact">
        {options.map((option) => (
          <label key={option.value} className="radio radio--compact">
            <input
              type="radio"
              name={name}
              data-field={option.value === value ? field : undefined}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

// memo() loses the generic parameter; this cast keeps it.
export const RadioRow = memo(RadioRowInner) as typeof RadioRowInner;
