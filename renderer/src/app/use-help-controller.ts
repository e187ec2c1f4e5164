import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppSettings, PlanApi } from '#shared/ipc/contract';
import { matchesShortcut } from '#shared/keyboard/shortcuts';
import type { Help, HelpView } from '../components/help/help-context';
import type { Screen } from './use-app-controller';

/**
 * Which help view is open, and the first run: the guide opens by itself the first time a plan
 * is open, and the settings remember that it has been shown (in the app's data folder, through
 * the services, like the recent list; the window keeps nothing of its own).
 */
export function useHelpController(api: PlanApi, screen: Screen) {
  const [view, setView] = useState<HelpView | null>(null);
  /** The guide opened by itself: it takes focus only if the user has not put it somewhere. */
  const [guideOpenedItself, setGuideOpenedItself] = useState(false);
  const [settings, setSettings] = useState<AppSettings | null>(null);
  /** Set when this window showed the guide the first time; the settings are then written. */
  const [shownFirstTime, setShownFirstTime] = useState(false);

  useEffect(() => {
    let active = true;
    // Without settings (the call failed), the guide is simply not offered by itself.
    api.getAppSettings({}).then(
      (loaded) => active && setSettings(loaded),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [api]);

  // Decided while drawing, so the guide comes in the same commit as the plan it explains.
  const firstPlan = screen.kind === 'plan' && settings?.firstRunGuideSeen === false;
  if (firstPlan) {
    setSettings({ ...settings, firstRunGuideSeen: true });
    setShownFirstTime(true);
    if (view === null) {
      setView('guide');
      setGuideOpenedItself(true);
    }
  }

  // Shown once is seen: it is not shown again by itself, only from Hjelp.
  useEffect(() => {
    if (shownFirstTime) {
      void api.updateAppSettings({ firstRunGuideSeen: true }).catch(() => undefined);
    }
  }, [api, shownFirstTime]);

  const show = useCallback((next: HelpView) => {
    setGuideOpenedItself(false);
    setView(next);
  }, []);
  const close = useCallback(() => setView(null), []);

  // F1 shows the shortcuts anywhere, unless a dialog is open (its own keys come first).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesShortcut(event, 'shortcuts') || event.defaultPrevented) return;
      event.preventDefault();
      if (document.querySelector('[aria-modal="true"]')) return;
      show('shortcuts');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [show]);

  const help: Help = useMemo(() => ({ show }), [show]);
  return { view, guideOpenedItself, help, close };
}
