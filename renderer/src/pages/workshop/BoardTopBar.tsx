import { useContext } from 'react';
import type { Workshop } from '#shared/model/workshop';
import { voteTally } from '#shared/plan/workshop-operations';
import { usePlanSession, useSessionSnapshot } from '../../state/plan-context';
import { RoundTimerView } from './RoundTimerView';
import { SharingSlot } from './sharing/sharing-slot';
import type { RoundTimerControls } from './use-round-timer';

interface BoardTopBarProps {
  workshop: Workshop;
  /** What the workshop covers: the whole plan or one focus area. */
  scope: string;
  timer: RoundTimerControls;
  fullscreen: boolean;
  onEnterFullscreen: () => void;
  onLeave: () => void;
}

/** The board's top line: title, the votes cast, the round timer, undo and leaving. */
export function BoardTopBar({
  workshop,
  scope,
  timer,
  fullscreen,
  onEnterFullscreen,
  onLeave,
}: BoardTopBarProps) {
  const sharing = useContext(SharingSlot);
  const session = usePlanSession();
  const { canUndo, canRedo } = useSessionSnapshot();
  const tally = voteTally(workshop);
  return (
    <header className="ws-topbar">
      <div className="ws-topbar__title">
        <h1 className="ws-title" tabIndex={-1}>
          {workshop.title || 'Verksted'}
        </h1>
        <p className="ws-subtitle">{scope}</p>
      </div>
      <p className="ws-tally">
        <span className="ws-tally__label">Stemmer</span>{' '}
        <span className="ws-tally__value">
          {tally.cast}
          {tally.available !== null && ` av ${tally.available}`}
        </span>
        {tally.available !== null && tally.cast > tally.available && (
          <span className="ws-tally__over"> ({tally.cast - tally.available} for mange)</span>
        )}
      </p>
      <RoundTimerView timer={timer} />
      {sharing}
      <div className="ws-topbar__actions">
        <button
          type="button"
          className="ws-button ws-button--quiet"
          aria-disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
          onClick={() => canUndo && session.undo()}
        >
          Angre
        </button>
        {canRedo && (
          <button
            type="button"
            className="ws-button ws-button--quiet"
            aria-keyshortcuts="Control+Shift+Z"
            onClick={() => session.redo()}
          >
            Gjør om
          </button>
        )}
        {!fullscreen && (
          <button type="button" className="ws-button ws-button--quiet" onClick={onEnterFullscreen}>
            Fullskjerm
          </button>
        )}
        <button type="button" className="ws-button" aria-keyshortcuts="Escape" onClick={onLeave}>
          Avslutt
        </button>
      </div>
    </header>
  );
}
