import { useEffect, useRef, useState, type RefObject } from 'react';

// The Keyboard Lock API is not in TypeScript's DOM types yet.
interface KeyboardLock {
  lock?: (keys: string[]) => Promise<void>;
  unlock?: () => void;
}
const keyboardLock = (): KeyboardLock | undefined =>
  (navigator as Navigator & { keyboard?: KeyboardLock }).keyboard;

/** Asks for full screen, and for Escape to reach the page while in it. */
async function requestFullscreen(element: HTMLElement | null): Promise<void> {
  if (!element || typeof element.requestFullscreen !== 'function') return;
  try {
    await element.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    return; // Refused (no user gesture, a policy, a test browser): the stage fills the window.
  }
  const keyboard = keyboardLock();
  await keyboard?.lock?.call(keyboard, ['Escape']).catch(() => {});
}

/** An Esc the page saw explains a full-screen exit that follows within this time. */
const ESCAPE_GRACE_MS = 1000;

/**
 * Full screen for the workshop stage, asked for when the stage opens. Where the browser allows
 * it, Escape is locked to the page, so a short Esc can cancel an edit on the board instead of
 * ending full screen. The stage handles every Esc it sees itself; when full screen ends without
 * one (the browser kept the key, F11, the system), `onLost` is called. When full screen is
 * refused, the stage simply fills the window.
 */
export function useFullscreen(target: RefObject<HTMLElement | null>, onLost: () => void) {
  const [active, setActive] = useState(false);
  const lost = useRef(onLost);
  const was = useRef(false);
  const leaving = useRef(false);
  const escapeSeenAt = useRef(-Infinity);
  useEffect(() => {
    lost.current = onLost;
  });

  useEffect(() => {
    const element = target.current;
    const onChange = () => {
      const now = element !== null && document.fullscreenElement === element;
      setActive(now);
      const explained = performance.now() - escapeSeenAt.current < ESCAPE_GRACE_MS;
      if (was.current && !now && !leaving.current && !explained) lost.current();
      was.current = now;
    };
    document.addEventListener('fullscreenchange', onChange);
    void requestFullscreen(element);
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
    void requestFullscreen(target.current);
  };

  /** Ends full screen on purpose (leaving the stage), without calling onLost. */
  const exit = () => {
    leaving.current = true;
    keyboardLock()?.unlock?.();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  };

  /** Called for every Esc the stage sees, so the full-screen exit it may cause is not a loss. */
  const noteEscape = () => {
    escapeSeenAt.current = performance.now();
  };

  return { active, enter, exit, noteEscape };
}
