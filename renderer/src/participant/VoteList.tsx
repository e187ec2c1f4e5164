import { useId } from 'react';
import type * as Y from 'yjs';
import { vote } from '#shared/workshop-sync/board-actions';
import type { BoardView, OwnVotes } from '#shared/workshop-sync/board-read';
import { areaName } from './AreaSelect';
import { IdeaOutcomeTags } from './IdeaOutcomeTags';

const votes = (n: number) => (n === 1 ? '1 stemme' : `${n} stemmer`);

/**
 * Everyone's cards, oldest first, so a new card arrives at the end and nothing moves under the
 * participant's thumb. Totals only when the facilitator shows them; one's own votes always.
 */
export function VoteList({
  view,
  own,
  doc,
  participantId,
}: {
  view: BoardView;
  own: OwnVotes;
  doc: Y.Doc;
  participantId: string;
}) {
  const id = useId();
  const { votesPerPerson } = view.settings;
  const hidden = view.cards.some((card) => card.votes === null);
  return (
    <section className="pv-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Stem på ideene</h2>
      <p className="pv-votes-left">
        Du har {own.left} av {votesPerPerson} stemmer igjen.
      </p>
      {hidden && (
        <p className="pv-muted">
          Hvor mange stemmer hver idé har, vises når møtelederen viser det.
        </p>
      )}
      {view.cards.length === 0 ? (
        <p className="pv-muted">Ingen ideer på tavla ennå.</p>
      ) : (
        <ul className="pv-list">
          {view.cards.map((card) => {
            const given = own.perCard[card.id] ?? 0;
            const textId = `${id}-${card.id}`;
            return (
              <li key={card.id} className={given > 0 ? 'pv-idea pv-voted' : 'pv-idea'}>
                <p id={textId} className="pv-idea-text">
                  {card.text}
                </p>
                <p className="pv-idea-meta">
                  {areaName(view.settings.focusAreas, card.focusAreaId)}
                  {card.authorId === participantId && ' · din idé'}
                  {card.votes ? ` · ${votes(card.votes)} i alt` : ''}
                </p>
                <IdeaOutcomeTags card={card} />
                {given > 0 && <p className="pv-given">Du har gitt {votes(given)}</p>}
                <div className="pv-row">
                  <button
                    type="button"
                    className="pv-button pv-primary"
                    aria-describedby={textId}
                    disabled={own.left === 0}
                    onClick={() => vote(doc, participantId, card.id, 1)}
                  >
                    Gi stemme
                  </button>
                  {given > 0 && (
                    <button
                      type="button"
                      className="pv-button"
                      aria-describedby={textId}
                      onClick={() => vote(doc, participantId, card.id, -1)}
                    >
                      Ta tilbake
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
