import { BOARD_LIMITS } from '#shared/workshop-sync/board-sync';

/** The server's limits; the defaults are the board contract's. Tests and the bench may lower them. */
export interface WorkshopLimits {
  connections: number;
  messageBytes: number;
  messagesPerSecond: number;
  /** Wrong tokens or codes one network address may send per minute before it is turned away. */
  joinFailuresPerMinute: number;
}

export const WORKSHOP_LIMITS: WorkshopLimits = {
  connections: BOARD_LIMITS.connections,
  messageBytes: BOARD_LIMITS.messageBytes,
  messagesPerSecond: BOARD_LIMITS.messagesPerSecond,
  // A six-character code has ~887 million values; ten guesses a minute cannot find it in a workshop.
  joinFailuresPerMinute: 10,
};

/**
 * A token bucket: `perSecond` messages a second on average, bursts up to `perSecond`. Returns
 * false for a message over the limit.
 */
export function createRateLimiter(perSecond: number, now: () => number) {
  let tokens = perSecond;
  let last = now();
  return () => {
    const at = now();
    tokens = Math.min(perSecond, tokens + ((at - last) / 1000) * perSecond);
    last = at;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

/** Counts failed joins per address over the last minute. */
export function createJoinFailureCounter(perMinute: number, now: () => number) {
  const failures = new Map<string, number[]>();
  const recent = (address: string) => {
    const since = now() - 60_000;
    const times = (failures.get(address) ?? []).filter((at) => at > since);
    if (times.length === 0) failures.delete(address);
    else failures.set(address, times);
    return times;
  };
  return {
    blocked: (address: string) => recent(address).length >= perMinute,
    fail(address: string) {
      failures.set(address, [...recent(address), now()]);
    },
  };
}
