import { useLayoutEffect, useRef } from 'react';

interface DeletionNoticeProps {
  message: string | null;
  serial: number;
  onUndo: () => void;
  onHide: () => void;
}

/**
 * "Hovedmål slettet – Angre": shown at the bottom of the window while the deletion is the latest
 * change. The status region is always there, so screen readers announce the message.
 */
export function DeletionNotice({ message, serial, onUndo, onHide }: DeletionNoticeProps) {
  const undoButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    // The deleted item's controls are gone; continue from the way back.
    if (serial > 0) undoButton.current?.focus();
  }, [serial]);
  return (
    <div className="snackbar-region" role="status">
      {message && (
        <div className="snackbar">
          <span className="snackbar__text">{message}</span>
          <button
            ref={undoButton}
            type="button"
            className="button button--inverse"
            onClick={onUndo}
          >
            Angre
          </button>
          <button type="button" className="button button--inverse-quiet" onClick={onHide}>
            Skjul
          </button>
        </div>
      )}
    </div>
  );
}
