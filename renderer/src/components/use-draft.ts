import { useState } from 'react';

/**
 * Text the user is typing into a field whose stored value is something else (a date, a year).
 * The draft follows the stored value when that changes from outside (undo, another field), but
 * not when the change came from this field itself (`basis` is updated together with the text).
 */
export function useDraft<V>(value: V, format: (value: V) => string) {
  const [draft, setDraft] = useState({ text: format(value), basis: value, touched: false });
  let current = draft;
  if (!Object.is(draft.basis, value)) {
    current = { text: format(value), basis: value, touched: false };
    setDraft(current);
  }
  return {
    text: current.text,
    /** Shown errors wait until the user has left the field once. */
    touched: current.touched,
    setText: (text: string, basis: V = current.basis) =>
      setDraft({ text, basis, touched: current.touched }),
    touch: () => setDraft({ ...current, touched: true }),
  };
}
