import { useEffect, useRef } from 'react';
import { useDraft } from '../../components/use-draft';
import { useRefusedInput } from '../../state/plan-context';

interface SourceNameInputProps {
  id: string;
  label: string;
  value: string;
  onChange: (name: string) => void;
  onProblem: (message: string | null) => void;
}

const NEEDS_NAME = 'Kilden må ha et navn. Det gamle navnet gjelder til du skriver et nytt.';

/** A source's name, stored while typing; an empty name is not stored. */
export function SourceNameInput({ id, label, value, onChange, onProblem }: SourceNameInputProps) {
  const draft = useDraft(value, (v) => v);
  const problem = draft.text.trim() === '' && draft.touched ? NEEDS_NAME : null;
  useRefusedInput(problem !== null);
  const reportProblem = useRef(onProblem);
  useEffect(() => {
    reportProblem.current = onProblem;
  });
  useEffect(() => reportProblem.current(problem), [problem]);
  useEffect(() => () => reportProblem.current(null), []);
  return (
    <input
      id={id}
      className="input"
      type="text"
      autoComplete="off"
      aria-label={label}
      aria-invalid={problem ? true : undefined}
      aria-describedby={problem ? `${id}-problem` : undefined}
      value={draft.text}
      onChange={(e) => {
        const text = e.target.value;
        if (text.trim() === '') {
          draft.setText(text);
          return;
        }
        draft.setText(text, text);
        onChange(text);
      }}
      onBlur={draft.touch}
    />
  );
}
