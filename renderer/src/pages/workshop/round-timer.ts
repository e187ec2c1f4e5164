/*
 * The round timer as plain data, so its rules can be tested without waiting: a round of some
 * minutes that can be started, paused and reset. The clock is passed in (ms since epoch).
 */

export interface RoundTimer {
  minutes: number;
  /** Time left when the timer was last paused or reset. */
  remainingMs: number;
  /** When the running round ends; null while paused or stopped. */
  endsAt: number | null;
}

export const MAX_MINUTES = 120;

export function newTimer(minutes: number): RoundTimer {
  const clean = clampMinutes(minutes);
  return { minutes: clean, remainingMs: clean * 60_000, endsAt: null };
}

export function clampMinutes(minutes: number): number {
  return Number.isFinite(minutes) ? Math.min(MAX_MINUTES, Math.max(1, Math.round(minutes))) : 5;
}

export function remaining(timer: RoundTimer, now: number): number {
  return timer.endsAt === null ? timer.remainingMs : Math.max(0, timer.endsAt - now);
}

export function isRunning(timer: RoundTimer, now: number): boolean {
  return timer.endsAt !== null && timer.endsAt > now;
}

export function start(timer: RoundTimer, now: number): RoundTimer {
  if (timer.endsAt !== null) return timer;
  // Starting a round that has run out begins a fresh one.
  const left = timer.remainingMs > 0 ? timer.remainingMs : timer.minutes * 60_000;
  return { ...timer, remainingMs: left, endsAt: now + left };
}

export function pause(timer: RoundTimer, now: number): RoundTimer {
  if (timer.endsAt === null) return timer;
  return { ...timer, remainingMs: remaining(timer, now), endsAt: null };
}

export function reset(timer: RoundTimer, minutes: number = timer.minutes): RoundTimer {
  return newTimer(minutes);
}

/** 5:00, 0:59, 12:03 — minutes and seconds, counting whole seconds up (0:00 only at the end). */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * What a screen reader hears as time passes from `beforeMs` to `afterMs`: only at the moments
 * that matter (one minute left, time is up), never every second.
 */
export function timerAnnouncement(beforeMs: number, afterMs: number): string | null {
  if (beforeMs > 0 && afterMs <= 0) return 'Tiden er ute.';
  if (beforeMs > 60_000 && afterMs <= 60_000 && afterMs > 0) return 'Ett minutt igjen.';
  return null;
}
