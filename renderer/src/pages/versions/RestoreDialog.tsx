import { useState } from 'react';
import type { VersionSummary } from '#shared/model/plan-history';
import { Modal } from '../../components/Modal';

interface RestoreDialogProps {
  version: VersionSummary;
  onRestore: () => Promise<string | null>;
  onCancel: () => void;
}

/** «Hent fram som nytt utkast»: says what happens, and that nothing is lost, before it does. */
export function RestoreDialog({ version, onRestore, onCancel }: RestoreDialogProps) {
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const restore = async () => {
    if (working) return;
    setWorking(true);
    setFailure(await onRestore());
    setWorking(false);
  };
  return (
    <Modal
      role="alertdialog"
      title={`Hente fram versjon ${version.number} som nytt utkast?`}
      onDismiss={onCancel}
      description={
        <>
          <p>
            Planen blir som i versjon {version.number}. Det du har nå, blir tatt vare på som en egen
            versjon, så ingenting går tapt.
          </p>
          <p>Du kan angre med Angre-knappen, og versjonene står i listen som før.</p>
        </>
      }
    >
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      <div className="modal__footer">
        <button type="button" className="button" onClick={onCancel}>
          Avbryt
        </button>
        <button
          type="button"
          className="button button--primary"
          aria-disabled={working}
          onClick={() => void restore()}
        >
          {working ? 'Henter fram …' : `Hent fram versjon ${version.number}`}
        </button>
      </div>
    </Modal>
  );
}
