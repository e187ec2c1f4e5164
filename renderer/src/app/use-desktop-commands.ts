import { useEffect, useRef } from 'react';
import type { MenuCommand } from '#shared/ipc/channels';
import { getDesktopBridge } from '../api/desktop-bridge';
import { changeThenFocus } from '../components/focus';
import type { Help } from '../components/help/help-context';
import type { AppController } from './use-app-controller';

/**
 * The desktop menu, plan files opened from the system, and window closing (Electron only; in a
 * browser there is no bridge).
 */
export function useDesktopCommands(app: AppController, help: Help) {
  const latest = useRef(app);
  const latestHelp = useRef(help);
  useEffect(() => {
    latest.current = app;
    latestHelp.current = help;
  });

  useEffect(() => {
    const bridge = getDesktopBridge();
    if (!bridge) return;
    const run = (command: MenuCommand) => {
      const current = latest.current;
      const session = current.sessionRef.current;
      switch (command) {
        case 'new-plan':
          // The start screen is where new plans are made; land on the template choice, drawn and
          // focused in one go so the keys typed next land there.
          void current.leavePlan(() =>
            changeThenFocus(current.goToStart, () =>
              document.querySelector<HTMLInputElement>('input[name="template"]:checked'),
            ),
          );
          break;
        case 'close-plan':
          void current.closePlan();
          break;
        case 'open-plan':
          void current.openFromDialog();
          break;
        case 'save':
          void session?.saveNow();
          break;
        case 'save-as':
          void current.saveAs();
          break;
        case 'undo':
          session?.undo();
          break;
        case 'redo':
          session?.redo();
          break;
        case 'show-guide':
          latestHelp.current.show('guide');
          break;
        case 'show-shortcuts':
          latestHelp.current.show('shortcuts');
          break;
        case 'show-about':
          latestHelp.current.show('about');
          break;
      }
    };
    const offMenu = bridge.onMenuCommand(run);
    // The plan in the window is saved (or the user asked) before the other one replaces it.
    const offOpen = bridge.onOpenPlanFile((path) => {
      const current = latest.current;
      void current.leavePlan(() => void current.openRecent(path));
    });
    // Save what is pending before the window goes; ask if it cannot be saved.
    const offClose = bridge.onCloseRequested(
      () => void latest.current.leavePlan(() => bridge.confirmClose()),
    );
    return () => {
      offMenu();
      offOpen();
      offClose();
    };
  }, []);
}
