import { describe, expect, it } from 'vitest';
import {
  formatCountdown,
  isRunning,
  newTimer,
  pause,
  remaining,
  reset,
  start,
  timerAnnouncement,
} from '../../../../../renderer/src/pages/workshop/round-timer';

// The clock is passed in, so the timer's rules are tested without waiting.
describe('the round timer', () => {
  it('counts down from the minutes set, pauses and goes on where it stopped', () => {
    const t0 = 1_000_000;
    const timer = start(newTimer(5), t0);
    expect(isRunning(timer, t0)).toBe(true);
    expect(remaining(timer, t0 + 90_000)).toBe(210_000);
    const paused = pause(timer, t0 + 90_000);
    expect(remaining(paused, t0 + 500_000)).toBe(210_000);
    const resumed = start(paused, t0 + 500_000);
    expect(remaining(resumed, t0 + 510_000)).toBe(200_000);
    expect(remaining(resumed, t0 + 900_000)).toBe(0);
    expect(reset(resumed)).toEqual(newTimer(5));
    expect(reset(resumed, 3).remainingMs).toBe(180_000);
  });

  it('keeps minutes between 1 and 120, and starts a new round when the last ran out', () => {
    expect(newTimer(0).minutes).toBe(1);
    expect(newTimer(500).minutes).toBe(120);
    expect(newTimer(Number.NaN).minutes).toBe(5);
    const done = { ...newTimer(2), remainingMs: 0 };
    expect(remaining(start(done, 0), 0)).toBe(120_000);
  });

  it('shows minutes and seconds, rounding up so 0:00 means the time is up', () => {
    expect(formatCountdown(300_000)).toBe('5:00');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(59_000)).toBe('0:59');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(725_000)).toBe('12:05');
  });

  it('speaks only at one minute left and when time is up', () => {
    expect(timerAnnouncement(61_000, 60_000)).toBe('Ett minutt igjen.');
    expect(timerAnnouncement(60_000, 59_750)).toBeNull();
    expect(timerAnnouncement(250, 0)).toBe('Tiden er ute.');
    expect(timerAnnouncement(0, 0)).toBeNull();
    expect(timerAnnouncement(200_000, 199_750)).toBeNull();
  });
});
