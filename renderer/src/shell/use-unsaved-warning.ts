import { useEffect } from 'react';
import { getDesktopBridge } from '../api/desktop-bridge';
import type { PlanSession } from '../state/plan-session';

/** In a browser, warn before the tab closes with changes that are not saved yet. */
export function useUnsavedWarning(session: PlanSession) {
  useEffect(() => {
    // The desktop app saves on close itself (onCloseRequested).
    if (getDesktopBridge()) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // Typing still held in a field goes into the plan, so that autosave starts on it.
      session.flushDrafts();
      if (session.isClean()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [session]);
}
