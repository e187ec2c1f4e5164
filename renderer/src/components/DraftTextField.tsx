import { memo, type ReactNode } from 'react';
import { Field } from './Field';
import { useHeldText } from './use-held-text';

interface DraftTextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The name navigation targets use (data-field), e.g. «expectedResult». */
  field?: string;
  id?: string;
  hint?: ReactNode;
  error?: string | null;
  multiline?: boolean;
  rows?: number;
  className?: string;
}

/**
 * A text field for a text in the plan that holds what is typed (useHeldText): the typed text is
 * on screen at once, and the plan follows when typing pauses or the field is left. A change from
 * elsewhere (undo) replaces the text shown.
 */
export const DraftTextField = memo(function DraftTextField({
  label,
  value,
  onChange,
  field,
  id,
  hint,
  error,
  multiline,
  rows = 3,
  className,
}: DraftTextFieldProps) {
  const held = useHeldText(value, onChange, id);
  return (
    <Field label={label} hint={hint} error={error} id={id} className={className}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            data-field={field}
            className="input input--multiline"
            rows={rows}
            value={held.text}
            onChange={(e) => held.change(e.target.value)}
            onBlur={held.commit}
          />
        ) : (
          <input
            {...control}
            data-field={field}
            className="input"
            type="text"
            autoComplete="off"
            value={held.text}
            onChange={(e) => held.change(e.target.value)}
            onBlur={held.commit}
          />
        )
      }
    </Field>
  );
});
