import { useEffect, useState } from 'react';
import type { PlanApi } from '#shared/ipc/contract';
import { Modal } from '../Modal';

interface AboutDialogProps {
  api: PlanApi;
  onClose: () => void;
}

/** «Om Planverksted»: what the app is for, and which version this is (for a support question). */
export function AboutDialog({ api, onClose }: AboutDialogProps) {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    api.getAppInfo({}).then(
      (info) => active && setVersion(info.version),
      () => active && setVersion(''),
    );
    return () => {
      active = false;
    };
  }, [api]);
  return (
    <Modal
      title="Om Planverksted"
      onDismiss={onClose}
      description={
        <>
          <p>
            Planverksted hjelper kommuner og bydeler med å lage en boligsosial handlingsplan sammen:
            visjon og mål, strategier, tiltak, målgrupper, organisering og budsjett på ett sted, og
            et Word-dokument til politisk behandling.
          </p>
          <p>
            Planene er vanlige filer (.bsplan) på datamaskinen eller et delt område. Ingenting
            sendes til noen andre.
          </p>
        </>
      }
    >
      <p className="muted" aria-live="polite">
        {version === null ? 'Henter versjonen …' : version ? `Versjon ${version}` : ''}
      </p>
      <div className="modal__footer">
        <button type="button" className="button" onClick={onClose}>
          Lukk
        </button>
      </div>
    </Modal>
  );
}
