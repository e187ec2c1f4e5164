import { useId, useRef } from 'react';
import * as Y from 'yjs';
import { cardsOf, readCardFields, type BoardFocusArea } from '#shared/workshop-sync/board-doc';
import { OwnIdea, type OwnIdeaView } from './OwnIdea';

/** The participant's own ideas on this device's board (merged or promoted ones too, marked). */
function ownIdeas(doc: Y.Doc, participantId: string): OwnIdeaView[] {
  const ideas: OwnIdeaView[] = [];
  for (const [id, map] of cardsOf(doc).entries()) {
    if (!(map instanceof Y.Map)) continue;
    const card = readCardFields(map);
    if (card.authorId !== participantId || card.deleted) continue;
    ideas.push({
      id,
      text: card.text,
      focusAreaId: card.focusAreaId,
      createdAt: card.createdAt,
      parked: card.parked,
      accepted: card.accepted,
      measureId: card.measureId,
      mergedFrom: card.mergedFrom,
      mergedInto: card.mergedInto,
    });
  }
  return ideas.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export function OwnIdeas({
  doc,
  participantId,
  areas,
}: {
  doc: Y.Doc;
  participantId: string;
  areas: BoardFocusArea[];
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const ideas = ownIdeas(doc, participantId);
  return (
    <section className="pv-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        Dine ideer ({ideas.length})
      </h2>
      {ideas.length === 0 ? (
        <p className="pv-muted">Ideene du legger til, kommer her. Du kan endre og slette dem.</p>
      ) : (
        <ul className="pv-list">
          {ideas.map((idea) => (
            <OwnIdea
              key={idea.id}
              doc={doc}
              idea={idea}
              areas={areas}
              onDeleted={() => heading.current?.focus()}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
