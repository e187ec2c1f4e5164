/** Thrown when a step of an export takes longer than it may; its message is for the user. */
export class ExportTimeoutError extends Error {}

/**
 * Waits for `work` at most `ms` milliseconds, then rejects with `message` (in bokmål) and
 * calls `onTimeout`, which stops the work where it runs (a worker, a browser page).
 */
export function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  message: string,
  onTimeout: () => void = () => {},
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new ExportTimeoutError(message));
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
