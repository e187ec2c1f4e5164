import { useId, useState, type FormEvent } from 'react';
import { CODE_LENGTH, cleanCode } from './join-address';

/** Without the QR code: the six characters shown on the screen. */
export function CodeForm({
  problem,
  lastCode,
  onJoin,
}: {
  problem: string | null;
  /** The code tried last, kept in the field so a typo can be fixed. */
  lastCode: string;
  onJoin: (code: string) => void;
}) {
  const [typed, setTyped] = useState(lastCode);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const message = error ?? problem;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = cleanCode(typed);
    if (code.length !== CODE_LENGTH) {
      setError(`Koden har ${CODE_LENGTH} tegn. Du finner den på skjermen i rommet.`);
      return;
    }
    onJoin(code);
  };

  return (
    <form className="pv-card pv-stack" onSubmit={submit} noValidate>
      <p>Skriv koden som står på skjermen i rommet.</p>
      <div className="pv-field">
        <label htmlFor={`${id}-code`}>Kode</label>
        <input
          id={`${id}-code`}
          className="pv-code-input"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setError(null);
          }}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          autoFocus={problem !== null}
          maxLength={12}
          aria-invalid={message !== null}
          aria-describedby={message !== null ? `${id}-problem` : undefined}
        />
        {message !== null && (
          <p id={`${id}-problem`} className="pv-error" role="alert">
            {message}
          </p>
        )}
      </div>
      <button type="submit" className="pv-button pv-primary">
        Bli med
      </button>
    </form>
  );
}
