import { useId, useState, type KeyboardEvent, type RefObject } from 'react';

interface CaptureBarProps {
  inputRef: RefObject<HTMLInputElement | null>;
  columns: { key: string; label: string }[];
  columnKey: string;
  onColumnChange: (key: string) => void;
  onCapture: (text: string) => void;
}

/**
 * Quick capture: type an idea and press Enter; it lands as a card in the chosen column and the
 * field is ready for the next one. Alt+←/→ changes the column without leaving the field.
 */
export function CaptureBar({
  inputRef,
  columns,
  columnKey,
  onColumnChange,
  onCapture,
}: CaptureBarProps) {
  const [text, setText] = useState('');
  const inputId = useId();
  const columnId = useId();
  const hintId = useId();
  const submit = () => {
    if (!text.trim()) return;
    onCapture(text);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault();
      const index = columns.findIndex((c) => c.key === columnKey);
      const next = columns[index + (event.key === 'ArrowLeft' ? -1 : 1)];
      if (next) onColumnChange(next.key);
    }
  };
  return (
    <form
      className="ws-capture"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="ws-capture__column">
        <label htmlFor={columnId} className="ws-capture__label">
          Kolonne
        </label>
        <select
          id={columnId}
          className="ws-input ws-input--select"
          value={columnKey}
          onChange={(event) => onColumnChange(event.target.value)}
        >
          {columns.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="ws-capture__idea">
        <label htmlFor={inputId} className="ws-capture__label">
          Ny idé
        </label>
        <input
          ref={inputRef}
          id={inputId}
          className="ws-input ws-input--idea"
          type="text"
          autoComplete="off"
          aria-describedby={hintId}
          placeholder="Skriv en idé og trykk Enter"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <p id={hintId} className="visually-hidden">
          Enter legger idéen til som et kort. Alt og piltast til venstre eller høyre bytter kolonne.
        </p>
      </div>
      <button type="submit" className="ws-button ws-button--primary ws-capture__add">
        Legg til
      </button>
    </form>
  );
}
