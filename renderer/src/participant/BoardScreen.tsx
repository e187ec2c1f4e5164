import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import type { BoardConnection } from '#shared/workshop-sync/board-connection';
import { participantsOf, readParticipant } from '#shared/workshop-sync/board-doc';
import { ownVotes, readBoard } from '#shared/workshop-sync/board-read';
import { ClosedNotice } from './ClosedNotice';
import { IdeaForm } from './IdeaForm';
import { NameForm } from './NameForm';
import { OwnIdeas } from './OwnIdeas';
import { StatusLine } from './StatusLine';
import { useLinkVersion } from './use-link-version';
import { VoteList } from './VoteList';

/** The live board for one participant: re-read on every change, the forms kept as they are. */
export function BoardScreen({
  link,
  onNotAdmitted,
}: {
  link: BoardConnection;
  onNotAdmitted: (reason: string) => void;
}) {
  // Renders again on every change of the link or its board; the doc is read fresh each time (it
  // is replaced after a refusal).
  useLinkVersion(link);
  const doc = link.doc;
  const me = link.participantId;
  const view = readBoard(doc);
  const entry = me === null ? undefined : participantsOf(doc).get(me);
  const joined = entry instanceof Y.Map && !readParticipant(entry).removed;
  const notAdmitted = link.status === 'closed' && !link.synced && link.closedReason !== null;

  useEffect(() => {
    if (notAdmitted && link.closedReason !== null) onNotAdmitted(link.closedReason);
  }, [notAdmitted, link, onNotAdmitted]);

  // Focus goes to the idea field only right after joining, not on every reload of the page.
  const [justJoined, setJustJoined] = useState(false);
  const closed = link.status === 'closed';
  return (
    <div className="pv-page">
      <header className="pv-header">
        <h1>{view.settings.title || 'Verksted'}</h1>
        {!closed && <StatusLine link={link} />}
      </header>
      <main className="pv-main">
        {link.refusal !== null && (
          <div className="pv-refusal" role="alert">
            <p>
              <strong>Ikke tatt imot:</strong> {link.refusal}
            </p>
            <button type="button" className="pv-button" onClick={() => link.dismissRefusal()}>
              Lukk meldingen
            </button>
          </div>
        )}
        {closed ? (
          <ClosedNotice reason={link.closedReason} />
        ) : me === null || !joined ? (
          <NameForm
            link={link}
            locked={view.settings.joiningLocked}
            onJoined={() => setJustJoined(true)}
          />
        ) : (
          <>
            <IdeaForm
              doc={doc}
              participantId={me}
              areas={view.settings.focusAreas}
              focusFirst={justJoined}
            />
            <OwnIdeas doc={doc} participantId={me} areas={view.settings.focusAreas} />
            <VoteList view={view} own={ownVotes(doc, me)} doc={doc} participantId={me} />
          </>
        )}
      </main>
    </div>
  );
}
