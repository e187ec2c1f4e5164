import { useEffect, useRef, useState } from 'react';
import type { AppController, ShellNotice } from '../app/use-app-controller';
import { usePlanSession, useSessionSnapshot } from '../state/plan-context';
import { ConflictDialog } from './ConflictDialog';
import { PageView } from './PageView';
import { NavigationProvider, useNavigation } from './navigation';
import { SaveProblemBanner } from './SaveProblemBanner';
import { ShellHeader } from './ShellHeader';
import { SideNav } from './SideNav';
import { useEditShortcuts } from './use-edit-shortcuts';
import { useUnsavedWarning } from './use-unsaved-warning';

interface PlanShellProps {
  app: AppController;
  notice: ShellNotice | null;
}

export function PlanShell(props: PlanShellProps) {
  return (
    <NavigationProvider initial="om-planen">
      <PlanShellLayout {...props} />
    </NavigationProvider>
  );
}

function PlanShellLayout({ app, notice }: PlanShellProps) {
  const session = usePlanSession();
  const snapshot = useSessionSnapshot();
  const { page, target, navigate } = useNavigation();
  const main = useRef<HTMLElement>(null);
  const firstPage = useRef(true);
  useEditShortcuts(session);
  useUnsavedWarning(session);

  // The conflict dialog opens by itself when a conflict arises; closing it keeps the banner.
  const inConflict = snapshot.save.status === 'conflict';
  const [conflictSeen, setConflictSeen] = useState(inConflict);
  const [conflictOpen, setConflictOpen] = useState(inConflict);
  if (inConflict !== conflictSeen) {
    setConflictSeen(inConflict);
    setConflictOpen(inConflict);
  }

  const title = snapshot.plan.info.title.trim() || 'Plan uten tittel';
  useEffect(() => {
    document.title = `${title} – Planverksted`;
    return () => {
      document.title = 'Planverksted';
    };
  }, [title]);

  // After choosing a page in the navigation, continue from its heading.
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    if (!target) main.current?.querySelector<HTMLElement>('h1')?.focus();
    // Only a change of page moves focus; a target is focused by the page itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [page]);

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        Hopp til hovedinnholdet
      </a>
      <ShellHeader
        snapshot={snapshot}
        onUndo={session.undo}
        onRedo={session.redo}
        onClose={() => void app.closePlan()}
      />
      <div className="shell__body">
        <SideNav current={page} onNavigate={(next) => navigate(next)} />
        <main id="main" ref={main} className="shell__main" tabIndex={-1}>
          {notice && (
            <div className={`banner banner--${notice.tone}`} role="status">
              <p>{notice.text}</p>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => app.setNotice(null)}
              >
                Skjul meldingen
              </button>
            </div>
          )}
          {app.problem && (
            <div className="banner banner--error" role="alert">
              <p>{app.problem}</p>
            </div>
          )}
          <SaveProblemBanner
            snapshot={snapshot}
            onRetry={() => void session.saveNow()}
            onShowConflict={() => setConflictOpen(true)}
          />
          <PageView page={page} />
        </main>
      </div>
      {inConflict && conflictOpen && (
        <ConflictDialog
          fileName={snapshot.fileName}
          onDismiss={() => setConflictOpen(false)}
          onSaveCopy={() => app.saveAs(`${snapshot.plan.info.title} (kopi)`)}
          onReload={app.reloadFromDisk}
          onOverwrite={async () => {
            const saved = await session.forceSave();
            if (saved && session.keptAs) {
              app.setNotice({
                tone: 'info',
                text: `Planen er lagret med dine endringer. Den andres versjon er tatt vare på som «${session.keptAs}» i samme mappe som planen.`,
              });
            }
            return saved;
          }}
        />
      )}
    </div>
  );
}
