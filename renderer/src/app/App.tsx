import { useMemo } from 'react';
import { getPlanApi } from '../api/get-plan-api';
import { LeaveUnsavedDialog } from '../shell/LeaveUnsavedDialog';
import { PlanShell } from '../shell/PlanShell';
import { OpenErrorView } from '../start/OpenErrorView';
import { StartScreen } from '../start/StartScreen';
import { PlanSessionContext } from '../state/plan-context';
import { useAppController } from './use-app-controller';
import { useDesktopCommands } from './use-desktop-commands';

export function App() {
  const api = useMemo(() => getPlanApi(), []);
  const app = useAppController(api);
  useDesktopCommands(app);
  const { screen } = app;

  return (
    <>
      {screen.kind === 'start' && <StartScreen api={api} app={app} />}
      {screen.kind === 'error' && <OpenErrorView failure={screen.failure} app={app} />}
      {screen.kind === 'plan' && (
        <PlanSessionContext.Provider value={screen.session}>
          <PlanShell key={screen.session.key} app={app} notice={screen.notice} />
        </PlanSessionContext.Provider>
      )}
      {app.leaveRequest && <LeaveUnsavedDialog onAnswer={app.answerLeave} />}
    </>
  );
}
