import { flushSync } from 'react-dom';

/** An element id, or a function that finds the element once the change has rendered. */
export type FocusTarget = string | (() => HTMLElement | null | undefined);

function find(target: FocusTarget): HTMLElement | null {
  return (typeof target === 'string' ? document.getElementById(target) : target()) ?? null;
}

/**
 * Runs a change and moves focus to the element it created or moved before the event ends. Keys
 * the user has already typed wait behind this event, so they land in the new element however
 * slow the machine is; focusing on a later frame (requestAnimationFrame, setTimeout) would let
 * them go to the old one. Call it from an event handler or a promise callback, not from render or
 * an effect (flushSync cannot render there).
 */
export function changeThenFocus(
  change: () => void,
  target: FocusTarget,
  fallback?: FocusTarget,
): void {
  flushSync(change);
  (find(target) ?? (fallback ? find(fallback) : null))?.focus();
}

/**
 * Runs a change that reorders a list and keeps focus on the element that had it (moving a DOM
 * node can make the browser drop focus), within the same event.
 */
export function keepingFocus(change: () => void): void {
  const id = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  if (id) changeThenFocus(change, id);
  else change();
}
