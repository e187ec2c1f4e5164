import { useEffect } from 'react';
import { matchesShortcut } from '#shared/keyboard/shortcuts';
import type { PlanSession } from '../state/plan-session';

/**
 * Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y and Ctrl+S act on the whole plan, also inside text fields, so
 * that undo means the same everywhere. Ignored while a modal dialog is open.
 */
export function useEditShortcuts(session: PlanSession) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      // The keys are those «Hurtigtaster» lists (shared/keyboard/shortcuts.ts).
      if (matchesShortcut(event, 'undo')) {
        event.preventDefault();
        session.undo();
      } else if (matchesShortcut(event, 'redo')) {
        event.preventDefault();
        session.redo();
      } else if (matchesShortcut(event, 'save')) {
        event.preventDefault();
        void session.saveNow();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [session]);
}
