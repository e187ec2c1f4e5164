import { useEffect } from 'react';
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
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        session.undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
        event.preventDefault();
        session.redo();
      } else if (key === 's' && !event.shiftKey) {
        event.preventDefault();
        void session.saveNow();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [session]);
}
