import { useEffect, useRef, useState, type RefObject } from 'react';

// The Keyboard Lock API is not in TypeScript's DOM types yet.
interface KeyboardLock {
  lock?: (keys: string[]) => Promise<void>;
  unlock?: () => void;
}
const keyboardLock = (): KeyboardLock | undefined =>
  (navigator as Navigator & { keyboard?: KeyboardLock }).keyboard;

/** Asks for full screen; true when it was given with Escape locked to the page. */
async function requestFullscreen(element: HTMLElement | null): Promise<boolean> {
  if (!element || typeof element.requestFullscreen !== 'function') return false;
  try {
    await element.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    return false; // Refused (no user gesture, a policy, a test browser): the stage fills the window.
  }
  try {
    const lock = keyboardLock()?.lock;
    if (!lock) return false;
    await lock.call(keyboardLock(), ['Escape']);
    return true;
  } catch {
    return false;
  }
}

/**
 * Full screen for the workshop stage, asked for when the stage opens. Where the browser allows
 * it, Escape is locked to the page, so a short Esc can cancel an edit on the board instead of
 * ending full screen. When full screen ends by other means (Esc without the lock, F11, the
 * system), `onLost` is called; when it is refused, the stage simply fills the window.
 */
export function useFullscreen(target: RefObject<HTMLElement | null>, onLost: () => void) {
  const [active, setActive] = useState(false);
  const lost = useRef(onLost);
  const was = useRef(false);
  const leaving = useRef(false);
  const escapeLocked = useRef(false);
  useEffect(() => {
    lost.current = onLost;
  });

  useEffect(() => {
    const element = target.current;
    const onChange = () => {
      const now = element !== null && document.fullscreenElement === element;
      setActive(now);
      if (!now) escapeLocked.current = false;
      if (was.current && !now && !leaving.current) lost.current();
      was.current = now;
    };
    document.addEventListener('fullscreenchange', onChange);
    void requestFullscreen(element).then((locked) => {
      escapeLocked.current = locked;
    });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      keyboardLock()?.unlock?.();
      if (element && document.fullscreenElement === element) {
        void document.exitFullscreen().catch(() => {});
      }
    };
  }, [target]);

  /** Asks again (the «Fullskjerm» button, after full screen was left or refused). */
  const enter = () => {
    leaving.current = false;
    void requestFullscreen(target.current).then((locked) => {
      escapeLocked.current = locked;
    });
  };

  /** Ends full screen on purpose (leaving the stage), without calling onLost. */
  const exit = () => {
    leaving.current = true;
    keyboardLock()?.unlock?.();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  };

  /** True when Escape reaches the page while in full screen (otherwise the browser takes it). */
  const escapeReachesPage = () => !document.fullscreenElement || escapeLocked.current;

  return { active, enter, exit, escapeReachesPage };
}
