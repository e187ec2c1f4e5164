import { useSyncExternalStore } from 'react';
import { BoardScreen } from './BoardScreen';
import { CodeForm } from './CodeForm';
import type { JoinSession } from './join-session';

/** The way in (QR token or typed code), then the board. */
export function ParticipantApp({ session }: { session: JoinSession }) {
  const { link, problem, lastCode } = useSyncExternalStore(session.subscribe, session.read);
  if (link === null) {
    return (
      <div className="pv-page">
        <header className="pv-header">
          <h1>Bli med i verkstedet</h1>
        </header>
        <main className="pv-main">
          <CodeForm problem={problem} lastCode={lastCode} onJoin={session.join} />
        </main>
      </div>
    );
  }
  return <BoardScreen link={link} onNotAdmitted={session.notAdmitted} />;
}
