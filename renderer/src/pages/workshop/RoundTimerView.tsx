import { useId } from 'react';
import { MAX_MINUTES } from './round-timer';
import type { RoundTimerControls } from './use-round-timer';

/**
 * The round timer: minutes set by the facilitator, a big countdown, start/pause and reset. The
 * countdown itself is silent for screen readers; the live region speaks only when a round starts
 * or stops, at one minute left and when time is up.
 */
export function RoundTimerView({ timer }: { timer: RoundTimerControls }) {
  const minutesId = useId();
  const warning = timer.running && timer.left <= 60_000;
  return (
    <div className="ws-timer" role="group" aria-label="Tidtaker">
      <label className="ws-timer__minutes" htmlFor={minutesId}>
        <span>Minutter</span>
        <input
          id={minutesId}
          className="ws-input ws-input--minutes"
          type="number"
          min={1}
          max={MAX_MINUTES}
          value={timer.minutes}
          disabled={timer.running}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (event.target.value !== '' && Number.isFinite(value)) timer.setMinutes(value);
          }}
        />
      </label>
      <p
        className={[
          'ws-timer__display',
          warning && 'ws-timer__display--warning',
          timer.finished && 'ws-timer__display--done',
        ]
          .filter(Boolean)
          .join(' ')}
        role="timer"
        aria-label="Tid igjen"
      >
        {timer.finished ? 'Tiden er ute' : timer.display}
      </p>
      <button type="button" className="ws-button" aria-keyshortcuts="T" onClick={timer.toggle}>
        {timer.running ? 'Pause' : 'Start'}
      </button>
      <button type="button" className="ws-button ws-button--quiet" onClick={timer.restart}>
        Nullstill
      </button>
      <p className="visually-hidden" role="status">
        {timer.announcement}
      </p>
    </div>
  );
}
