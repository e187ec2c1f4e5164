import { withTimeout } from '#shared/export/with-timeout';

type Signal = 'SIGINT' | 'SIGTERM';

/** The shell's convention: 128 + the signal's number. */
export const INTERRUPTED_EXIT: Record<Signal, number> = { SIGINT: 130, SIGTERM: 143 };

/** Closing the browser after an interrupt may take this long before the command gives up on it. */
const CLOSE_TIMEOUT_MS = 5_000;

export interface InterruptPorts {
  on(signal: Signal, handler: () => void): void;
  off(signal: Signal, handler: () => void): void;
  exit(code: number): void;
  err(line: string): void;
}

/**
 * Ctrl+C or a kill while the export works: says so in bokmål, closes what is open (Chromium),
 * and exits non-zero. The result is written in one go at the very end (a temporary file renamed
 * into place), and not at all once `interrupted()` is true, so an interrupted export leaves
 * nothing behind. `release` removes the handlers once the export is done.
 */
export function handleInterrupts(
  ports: InterruptPorts,
  closeAll: () => Promise<void>,
): { release(): void; interrupted(): boolean } {
  let stopping = false;
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = () => {
      if (stopping) return;
      stopping = true;
      ports.err(`Eksporten ble avbrutt (${signal}). Ingenting er skrevet.`);
      void withTimeout(closeAll(), CLOSE_TIMEOUT_MS, 'Nettleseren lukket seg ikke.')
        .catch(() => {})
        .finally(() => ports.exit(INTERRUPTED_EXIT[signal]));
    };
    ports.on(signal, handler);
    return [signal, handler] as const;
  });
  return {
    release: () => {
      for (const [signal, handler] of handlers) ports.off(signal, handler);
    },
    interrupted: () => stopping,
  };
}
