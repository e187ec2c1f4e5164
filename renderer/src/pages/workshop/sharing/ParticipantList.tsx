import { useLayoutEffect, useRef, useState } from 'react';
import type { ParticipantRow } from './sharing-view';

interface ParticipantListProps {
  participants: ParticipantRow[];
  onRemove: (participantId: string) => void;
}

/** Who has joined, connected or not, with their number of cards; «Fjern» asks first. */
export function ParticipantList({ participants, onRemove }: ParticipantListProps) {
  const [asking, setAsking] = useState<string | null>(null);
  // «Avbryt» puts focus back on the «Fjern» it came from, as that button is drawn again.
  const refocus = useRef<string | null>(null);
  if (participants.length === 0) {
    return <p className="ws-share__empty">Ingen har blitt med ennå.</p>;
  }
  return (
    <ul className="ws-share__people">
      {participants.map((p) => (
        <li key={p.id} className="ws-share__person">
          <span className="ws-share__name">{p.label}</span>
          <span className={p.connected ? 'ws-share__on' : 'ws-share__off'}>
            {p.connected ? 'Tilkoblet' : 'Ikke tilkoblet'}
          </span>
          <span className="ws-share__count">{p.cards === 1 ? '1 kort' : `${p.cards} kort`}</span>
          {asking === p.id ? (
            <RemoveQuestion
              name={p.label}
              onConfirm={() => {
                setAsking(null);
                onRemove(p.id);
              }}
              onCancel={() => {
                refocus.current = p.id;
                setAsking(null);
              }}
            />
          ) : (
            <button
              type="button"
              className="ws-button ws-button--quiet"
              aria-label={`Fjern ${p.label}`}
              ref={(button) => {
                if (button && refocus.current === p.id) {
                  refocus.current = null;
                  button.focus();
                }
              }}
              onClick={() => setAsking(p.id)}
            >
              Fjern
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

function RemoveQuestion({
  name,
  onConfirm,
  onCancel,
}: {
  name: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  // In the commit that shows the question, so the next key lands in it.
  useLayoutEffect(() => cancel.current?.focus(), []);
  return (
    <div
      className="ws-share__ask"
      role="group"
      aria-label={`Fjerne ${name}?`}
      onKeyDown={(event) => {
        // Escape takes back the question, not the whole panel.
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      <p className="ws-share__ask-text">
        Fjern deltakeren og kortene deres? Dette kan ikke angres.
      </p>
      <button type="button" className="ws-button ws-button--danger" onClick={onConfirm}>
        Fjern {name}
      </button>
      <button type="button" ref={cancel} className="ws-button ws-button--quiet" onClick={onCancel}>
        Avbryt
      </button>
    </div>
  );
}
