import '../../../styles/workshop-sharing.css';
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { JoinQrCode } from './JoinQrCode';
import { ParticipantList } from './ParticipantList';
import type { BoardSharing } from './use-board-sharing';

interface SharingPanelProps {
  sharing: BoardSharing;
  onClose: () => void;
}

/** Spaced in groups of three, large, so it can be read from the back of the room. */
const spacedCode = (code: string) => code.replace(/\s+/g, '').replace(/(.{3})(?=.)/g, '$1 ');

/**
 * What the projector shows while the board is shared: the QR code, the short address and the
 * code to type, a plain word that the board is open on the local network, and the controls.
 */
export function SharingPanel({ sharing, onClose }: SharingPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const shared = sharing.sharing;

  // Keys typed here are the panel's, not the board's shortcuts; Escape closes the panel only.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
    event.stopPropagation();
  };

  return (
    <section className="ws-share" aria-labelledby="ws-share-title" onKeyDown={onKeyDown}>
      <div className="ws-share__head">
        <h2 id="ws-share-title" ref={heading} tabIndex={-1} className="ws-share__title">
          Bli med fra egen mobil eller PC
        </h2>
        <button type="button" className="ws-button ws-button--quiet" onClick={onClose}>
          Skjul
        </button>
      </div>

      {!shared ? (
        <p className="ws-share__notice">Starter delingen …</p>
      ) : (
        <div className="ws-share__join">
          <JoinQrCode text={shared.joinUrl} />
          <div className="ws-share__how">
            <p className="ws-share__step">Skann koden, eller gå til</p>
            <p className="ws-share__address">{shared.address}</p>
            <p className="ws-share__step">og skriv inn koden</p>
            <p className="ws-share__code">
              <span aria-hidden="true">{spacedCode(shared.joinCode)}</span>
              <span className="visually-hidden">{shared.joinCode.split('').join(' ')}</span>
            </p>
            <p className="ws-share__notice">
              {shared.addresses.length > 0
                ? 'Tavla er åpen på det lokale nettverket. Alle på samme nett som har koden kan bli med.'
                : 'Fant ikke noe lokalt nettverk på denne maskinen, så ingen andre kan bli med nå. Koble maskinen til samme nett som deltakerne, og start delingen på nytt.'}
            </p>
          </div>
        </div>
      )}

      <div className="ws-share__controls">
        <button
          type="button"
          className="ws-button"
          aria-pressed={sharing.joiningLocked}
          onClick={() => sharing.setJoiningLocked(!sharing.joiningLocked)}
        >
          Lås for nye deltakere
        </button>
        <button
          type="button"
          className="ws-button"
          onClick={() => sharing.setTotalsHidden(!sharing.totalsHidden)}
        >
          {sharing.totalsHidden ? 'Vis stemmetallene' : 'Skjul stemmetall'}
        </button>
        <button type="button" className="ws-button ws-button--danger-text" onClick={sharing.stop}>
          Avslutt deling
        </button>
      </div>
      <p className="ws-share__hint">
        {sharing.totalsHidden
          ? 'Deltakerne ser ikke stemmetallene nå. Her på tavla ser du dem alltid.'
          : 'Deltakerne ser stemmetallene. Her på tavla ser du dem alltid.'}
        {sharing.joiningLocked &&
          ' Nye deltakere kan ikke bli med; de som er med, kan komme tilbake.'}
      </p>

      <h3 className="ws-share__subtitle">Deltakere ({sharing.participants.length})</h3>
      <ParticipantList
        participants={sharing.participants}
        onRemove={(id) => {
          heading.current?.focus();
          sharing.removeParticipant(id);
        }}
      />
    </section>
  );
}
