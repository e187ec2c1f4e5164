import { useId, useState, type FormEvent } from 'react';
import { joinBoard } from '#shared/workshop-sync/board-actions';
import type { BoardConnection } from '#shared/workshop-sync/board-connection';
import { BOARD_LIMITS } from '#shared/workshop-sync/board-sync';

/** An optional first name, then the board. Joins once the board has arrived from the server. */
export function NameForm({
  link,
  locked,
  onJoined,
}: {
  link: BoardConnection;
  locked: boolean;
  onJoined: () => void;
}) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const ready = link.synced && link.participantId !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready || link.participantId === null) return;
    if (joinBoard(link.doc, link.participantId, name)) onJoined();
    else setProblem('Verkstedet er låst for nye deltakere. Spør den som leder verkstedet.');
  };

  return (
    <form className="pv-card pv-stack" onSubmit={submit} noValidate>
      <h2>Velkommen</h2>
      <p>
        Du kan skrive fornavnet ditt, så ser de andre hvem som er med. Du kan også la det stå tomt.
      </p>
      <div className="pv-field">
        <label htmlFor={`${id}-name`}>Fornavn (valgfritt)</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={BOARD_LIMITS.nameLength}
          autoComplete="given-name"
        />
      </div>
      {(problem !== null || locked) && (
        <p className="pv-error" role="alert">
          {problem ?? 'Verkstedet er låst for nye deltakere. Spør den som leder verkstedet.'}
        </p>
      )}
      <button type="submit" className="pv-button pv-primary" aria-disabled={!ready}>
        {ready ? 'Bli med' : 'Kobler til …'}
      </button>
    </form>
  );
}
