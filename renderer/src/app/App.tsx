import { useMemo } from 'react';
import { getPlanApi } from '../api/get-plan-api';
import { getDesktopBridge } from '../api/desktop-bridge';
import { AboutDialog } from '../components/help/AboutDialog';
import { FirstRunGuide } from '../components/help/FirstRunGuide';
import { HelpContext } from '../components/help/help-context';
import { ShortcutsDialog } from '../components/help/ShortcutsDialog';
import { LeaveUnsavedDialog } from '../shell/LeaveUnsavedDialog';
import { PlanShell } from '../shell/PlanShell';
import { OpenErrorView } from '../start/OpenErrorView';
import { StartScreen } from '../start/StartScreen';
import { PlanSessionContext } from '../state/plan-context';
import { useAppController } from './use-app-controller';
import { useDesktopCommands } from './use-desktop-commands';
import { useHelpController } from './use-help-controller';

const onMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

export function App() {
  const api = useMemo(() => getPlanApi(), []);
  const app = useAppController(api);
  const { screen } = app;
  const helpState = useHelpController(api, screen);
  useDesktopCommands(app, helpState.help);

  return (
    <HelpContext.Provider value={helpState.help}>
      {screen.kind === 'start' && <StartScreen api={api} app={app} />}
      {screen.kind === 'error' && <OpenErrorView failure={screen.failure} app={app} />}
      {screen.kind === 'plan' && (
        <PlanSessionContext.Provider value={screen.session}>
          <PlanShell key={screen.session.key} app={app} notice={screen.notice} />
        </PlanSessionContext.Provider>
      )}
      {app.leaveRequest && <LeaveUnsavedDialog onAnswer={app.answerLeave} />}
      {helpState.view === 'guide' && (
        <FirstRunGuide onClose={helpState.close} openedItself={helpState.guideOpenedItself} />
      )}
      {helpState.view === 'shortcuts' && (
        <ShortcutsDialog
          onClose={helpState.close}
          desktop={getDesktopBridge() !== null}
          mac={onMac}
        />
      )}
      {helpState.view === 'about' && <AboutDialog api={api} onClose={helpState.close} />}
    </HelpContext.Provider>
  );
}
