/** Moves focus to an element after React has rendered the change that created or moved it. */
export function focusSoon(id: string, fallbackId?: string): void {
  requestAnimationFrame(() => {
    const target =
      document.getElementById(id) ?? (fallbackId ? document.getElementById(fallbackId) : null);
    target?.focus();
  });
}

/**
 * Runs a change that reorders the list and keeps focus on the element that had it: moving a DOM
 * node can make the browser drop focus.
 */
export function keepingFocus(change: () => void): void {
  const id = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  change();
  if (id) focusSoon(id);
}
