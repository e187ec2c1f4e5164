import { useLayoutEffect, useRef, useState } from 'react';
import { SharingPanel } from './SharingPanel';
import type { BoardSharing } from './use-board-sharing';

const linkWords = {
  connecting: 'Kobler til tavla …',
  offline: 'Frakoblet – prøver igjen',
  closed: 'Frakoblet',
} as const;

/**
 * The top bar's part of sharing: «La deltakerne bli med» (or «Fortsett med deltakerne»), then
 * the number connected and the window's own link, which opens the panel; and a polite line that
 * says when new cards arrive.
 */
export function SharingControls({ sharing }: { sharing: BoardSharing }) {
  const [open, setOpen] = useState(false);
  const { phase, status } = sharing;
  const toggle = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  // After «Avslutt deling» the panel is gone: focus goes to the button that continues.
  const stopped = useRef(false);
  useLayoutEffect(() => {
    if (!stopped.current || !startButton.current) return;
    stopped.current = false;
    startButton.current.focus();
  });
  const start = () => {
    setOpen(true);
    sharing.start();
  };
  const panelSharing: BoardSharing = {
    ...sharing,
    stop: () => {
      stopped.current = true;
      setOpen(false);
      sharing.stop();
    },
  };
  return (
    <div className="ws-share-bar">
      {(phase === 'off' || phase === 'kept') && (
        <button
          type="button"
          ref={startButton}
          className="ws-button ws-button--primary"
          onClick={start}
        >
          {phase === 'kept' ? 'Fortsett med deltakerne' : 'La deltakerne bli med'}
        </button>
      )}
      {(phase === 'shared' || phase === 'starting') && (
        <button
          type="button"
          ref={toggle}
          className="ws-button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {phase === 'starting' ? 'Starter deling …' : `${sharing.connected} tilkoblet`}
        </button>
      )}
      {phase === 'shared' && status && status !== 'online' && (
        <span className="ws-share-bar__status">{linkWords[status]}</span>
      )}
      {sharing.error && (
        <span className="ws-share-bar__error" role="alert">
          {sharing.error}
        </span>
      )}
      {/* The cards themselves show on the board; the line is for screen readers. */}
      <span className="visually-hidden" aria-live="polite">
        {phase === 'shared' ? sharing.announcement : ''}
      </span>
      {open && phase !== 'off' && phase !== 'kept' && (
        <SharingPanel
          sharing={panelSharing}
          onClose={() => {
            toggle.current?.focus();
            setOpen(false);
          }}
        />
      )}
    </div>
  );
}
