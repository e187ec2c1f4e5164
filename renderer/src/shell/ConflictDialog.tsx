import { useState } from 'react';
import { Modal } from '../components/Modal';

interface ConflictDialogProps {
  fileName: string;
  onDismiss: () => void;
  onSaveCopy: () => Promise<{ ok: boolean; message?: string } | null>;
  onReload: () => Promise<void>;
  onOverwrite: () => Promise<boolean>;
}

/** The file changed on disk since it was opened (a shared drive): the user decides, nothing is lost silently. */
export function ConflictDialog({
  fileName,
  onDismiss,
  onSaveCopy,
  onReload,
  onOverwrite,
}: ConflictDialogProps) {
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async (action: () => Promise<string | null>) => {
    if (working) return;
    setWorking(true);
    setProblem(null);
    const message = await action();
    setWorking(false);
    setProblem(message);
  };

  return (
    <Modal
      title="Noen andre har endret planen"
      role="alertdialog"
      onDismiss={onDismiss}
      description={
        <>
          <p>
            Filen «{fileName}» er endret på disken etter at du åpnet den, kanskje av en kollega som
            har planen åpen fra et delt område. Endringene dine er ikke lagret i filen, men de
            ligger fortsatt i dette vinduet.
          </p>
          <p>Velg hva som skal skje:</p>
        </>
      }
    >
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      <ul className="choice-list">
        <li>
          <button
            type="button"
            className="button button--primary"
            aria-describedby="conflict-copy-help"
            aria-disabled={working}
            onClick={() =>
              void choose(async () => {
                const result = await onSaveCopy();
                return result && !result.ok
                  ? (result.message ?? 'Kopien kunne ikke lagres.')
                  : null;
              })
            }
          >
            Lagre mine endringer som kopi …
          </button>
          <p id="conflict-copy-help" className="choice-list__help">
            Du velger et nytt filnavn og fortsetter i den nye filen. Filen på disken blir som den
            er.
          </p>
        </li>
        <li>
          <button
            type="button"
            className="button"
            aria-describedby="conflict-reload-help"
            aria-disabled={working}
            onClick={() =>
              void choose(async () => {
                await onReload();
                return null;
              })
            }
          >
            Åpne versjonen på disken
          </button>
          <p id="conflict-reload-help" className="choice-list__help">
            Du får se den andres versjon. Endringene du har gjort og ikke fått lagret, blir
            forkastet.
          </p>
        </li>
        <li>
          <button
            type="button"
            className="button button--danger"
            aria-describedby="conflict-overwrite-help"
            aria-disabled={working}
            onClick={() =>
              void choose(async () =>
                (await onOverwrite())
                  ? null
                  : 'Planen kunne ikke lagres. Prøv igjen, eller lagre som kopi.',
              )
            }
          >
            Overskriv med mine endringer
          </button>
          <p id="conflict-overwrite-help" className="choice-list__help">
            Filen får dine endringer. Den andres versjon tas vare på som en egen fil i samme mappe,
            med «overskrevet» og tidspunktet i filnavnet.
          </p>
        </li>
      </ul>
      <div className="modal__footer">
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          Bestem senere
        </button>
      </div>
    </Modal>
  );
}
