import { memo, type ReactNode } from 'react';
import { Field } from '../../components/Field';
import { useDraft } from '../../components/use-draft';

interface DraftTextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The name navigation targets use (data-field), e.g. «expectedResult». */
  field: string;
  id?: string;
  hint?: ReactNode;
  error?: string | null;
  multiline?: boolean;
  rows?: number;
  className?: string;
}

const same = (text: string) => text;

/**
 * A text field that shows its own draft: what the user typed is on screen at once, and the plan
 * follows in the same step. A change from elsewhere (undo) replaces the draft.
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
  const draft = useDraft(value, same);
  const change = (text: string) => {
    draft.setText(text, text);
    onChange(text);
  };
  return (
    <Field label={label} hint={hint} error={error} id={id} className={className}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            data-field={field}
            className="input input--multiline"
            rows={rows}
            value={draft.text}
            onChange={(e) => change(e.target.value)}
          />
        ) : (
          <input
            {...control}
            data-field={field}
            className="input"
            type="text"
            autoComplete="off"
            value={draft.text}
            onChange={(e) => change(e.target.value)}
          />
        )
      }
    </Field>
  );
});
