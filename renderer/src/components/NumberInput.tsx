import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatNumber, type NumberInput as Parsed } from '#shared/format/numbers';
import { useRefusedInput } from '../state/plan-context';

interface NumberInputProps {
  id: string;
  /** The stored value; null shows an empty field. */
  value: number | null;
  parse: (text: string) => Parsed;
  onCommit: (value: number | null) => void;
  /** Called with the message when the text is refused, and with null when it is fine again. */
  onProblem: (message: string | null) => void;
  /** Percentages commit while typing (so sums follow); money waits for Enter or leaving the field. */
  commitWhileTyping?: boolean;
  /** Labels come from table headers or a visible label elsewhere. */
  'aria-labelledby'?: string;
  'aria-label'?: string;
  /** Where useRevealTarget puts the cursor (navigation from Kvalitetssjekk). */
  dataField?: string;
  className?: string;
}

/** Text in the field, the stored value it was shown for, and the message if it is refused. */
interface Draft {
  text: string;
  basis: number | null;
  problem: string | null;
}

const show = (value: number | null) => (value === null ? '' : formatNumber(value));

/**
 * A number typed the Norwegian way. What is typed stays in the field until it is committed:
 * text that cannot be read is refused with a message (reported to the surrounding table, which
 * shows it under the table) and never stored; Escape puts the stored value back.
 */
export function NumberInput({
  id,
  value,
  parse,
  onCommit,
  onProblem,
  commitWhileTyping,
  dataField,
  className,
  ...labels
}: NumberInputProps) {
  const [draft, setDraft] = useState<Draft>({ text: show(value), basis: value, problem: null });
  let current = draft;
  // Undo, redo or another field changed the stored value: show that instead.
  if (!Object.is(draft.basis, value)) {
    current = { text: show(value), basis: value, problem: null };
    setDraft(current);
  }

  const reportProblem = useRef(onProblem);
  useEffect(() => {
    reportProblem.current = onProblem;
  });
  useEffect(() => reportProblem.current(current.problem), [current.problem]);
  useRefusedInput(current.problem !== null);
  useEffect(() => () => reportProblem.current(null), []);

  const commit = () => {
    const result = parse(current.text);
    if (!result.ok) {
      setDraft({ ...current, problem: result.message });
      return;
    }
    // 0 and an empty field are the same amount; the field shows what is stored.
    if ((result.value ?? 0) !== (value ?? 0)) onCommit(result.value);
    setDraft({ ...current, text: show(result.value || null), problem: null });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && (current.text !== show(value) || current.problem)) {
      event.preventDefault();
      setDraft({ text: show(value), basis: value, problem: null });
    }
  };

  return (
    <input
      {...labels}
      id={id}
      data-field={dataField}
      className={`input budget-input ${className ?? ''}`.trim()}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      aria-invalid={current.problem ? true : undefined}
      aria-describedby={current.problem ? `${id}-problem` : undefined}
      value={current.text}
      onChange={(event) => {
        const text = event.target.value;
        if (commitWhileTyping) {
          const result = parse(text);
          if (result.ok && (result.value ?? 0) !== (value ?? 0)) {
            onCommit(result.value);
            setDraft({ text, basis: result.value || null, problem: null });
            return;
          }
        }
        setDraft({ ...current, text });
      }}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
