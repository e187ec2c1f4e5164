import { useCallback, useEffect, useState } from 'react';
import {
  clampMinutes,
  formatCountdown,
  newTimer,
  pause,
  remaining,
  reset,
  start,
  timerAnnouncement,
  type RoundTimer,
} from './round-timer';

const TICK_MS = 250;

/** A round timer that ticks while it runs, with the moments worth announcing. */
export function useRoundTimer(initialMinutes = 5) {
  const [timer, setTimer] = useState<RoundTimer>(() => newTimer(initialMinutes));
  const [now, setNow] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (timer.endsAt === null) return;
    let last = Date.now();
    const id = window.setInterval(() => {
      const at = Date.now();
      const message = timerAnnouncement(remaining(timer, last), remaining(timer, at));
      last = at;
      if (message) setAnnouncement(message);
      if (remaining(timer, at) <= 0) setTimer((t) => ({ ...t, remainingMs: 0, endsAt: null }));
      setNow(at);
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [timer]);

  const left = remaining(timer, timer.endsAt === null ? 0 : now);
  const running = timer.endsAt !== null;

  const toggle = useCallback(() => {
    const at = Date.now();
    const next = timer.endsAt !== null ? pause(timer, at) : start(timer, at);
    setNow(at);
    setTimer(next);
    setAnnouncement(
      next.endsAt !== null
        ? `Runden er i gang: ${formatCountdown(next.remainingMs)} igjen.`
        : `Tidtakeren står på ${formatCountdown(next.remainingMs)}.`,
    );
  }, [timer]);

  const restart = useCallback(() => {
    setTimer((t) => reset(t));
    setAnnouncement('');
  }, []);

  const setMinutes = useCallback((minutes: number) => {
    setTimer((t) => (t.endsAt !== null ? t : reset(t, clampMinutes(minutes))));
  }, []);

  return {
    minutes: timer.minutes,
    left,
    running,
    finished: !running && left === 0,
    display: formatCountdown(left),
    announcement,
    toggle,
    restart,
    setMinutes,
  };
}

export type RoundTimerControls = ReturnType<typeof useRoundTimer>;
