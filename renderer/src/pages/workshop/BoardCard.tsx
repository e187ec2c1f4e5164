import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { WorkshopCard } from '#shared/model/workshop';
import { carries, draggedId, startDrag } from '../../components/sortable/drag-data';
import { sideOf, type DropSide } from '../../components/sortable/drop-position';

interface BoardCardProps {
  card: WorkshopCard;
  /** Owner and target groups in words, for the line under the text. */
  ownerName: string;
  groupNames: string[];
  measureCode: string | null;
  /** The card Tab reaches in its column (roving tabindex): the active card, or the first. */
  current: boolean;
  /** The card the action bar works on (last focused or clicked). */
  active: boolean;
  selected: boolean;
  editing: boolean;
  onFocusCard: (id: string) => void;
  onVote: (id: string, delta: 1 | -1) => void;
  onToggleSelect: (id: string) => void;
  onSaveText: (id: string, text: string) => void;
  onStopEditing: (id: string) => void;
  /** A double click on the text edits it in place (as Enter does). */
  onStartEditing: (id: string) => void;
  /** A card was dropped on the upper or lower half of this one. */
  onDropOnCard: (cardId: string, targetId: string, side: DropSide) => void;
}

/** One idea on the board: big text, votes with − and +, and what has been decided about it. */
export const BoardCard = memo(function BoardCard({
  card,
  ownerName,
  groupNames,
  measureCode,
  current,
  active,
  selected,
  editing,
  onFocusCard,
  onVote,
  onToggleSelect,
  onSaveText,
  onStopEditing,
  onStartEditing,
  onDropOnCard,
}: BoardCardProps) {
  const metaId = useId();
  const promoted = card.measureId !== null;
  const state = [
    promoted && measureCode ? `Tiltak ${measureCode}` : promoted ? 'Tiltak' : '',
    !promoted && card.accepted ? 'Godtatt' : '',
  ].filter(Boolean);
  const classes = [
    'ws-card',
    active && 'ws-card--active',
    selected && 'ws-card--selected',
    card.accepted && 'ws-card--accepted',
    promoted && 'ws-card--promoted',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <li
      className="ws-card-slot"
      onDragOver={(event) => {
        if (carries(event, 'card')) event.preventDefault();
      }}
      onDrop={(event) => {
        const dragged = draggedId(event, 'card');
        if (!dragged) return;
        // Taken here, so the column does not also move the card to its end.
        event.preventDefault();
        onDropOnCard(dragged, card.id, sideOf(event));
      }}
    >
      <div
        className={classes}
        data-card-id={card.id}
        role="group"
        aria-roledescription="kort"
        aria-label={card.text}
        aria-describedby={metaId}
        tabIndex={current ? 0 : -1}
        draggable={!editing && !promoted}
        onDragStart={(event) => startDrag(event, 'card', card.id)}
        onFocus={(event) => {
          if (event.target === event.currentTarget) onFocusCard(card.id);
        }}
        onClick={(event) => {
          // A click on the card (not on its buttons) makes it the one the action bar works on.
          if (event.target instanceof HTMLElement && event.target.closest('button, textarea'))
            return;
          event.currentTarget.focus();
        }}
      >
        {(state.length > 0 || selected) && (
          <p className="ws-card__state">
            {state.map((s) => (
              <span key={s} className="ws-badge">
                {s}
              </span>
            ))}
            {selected && <span className="ws-badge ws-badge--selected">Valgt</span>}
          </p>
        )}
        {editing ? (
          <CardTextEditor
            text={card.text}
            onSave={(text) => onSaveText(card.id, text)}
            onDone={() => onStopEditing(card.id)}
          />
        ) : (
          <p className="ws-card__text" onDoubleClick={() => !promoted && onStartEditing(card.id)}>
            {card.text}
          </p>
        )}
        <div className="ws-card__meta" id={metaId}>
          <span className="visually-hidden">
            {card.votes === 1 ? '1 stemme' : `${card.votes} stemmer`}.{' '}
            {state.length > 0 && `${state.join(', ')}.`} {selected && 'Valgt.'}
          </span>
          {ownerName && <span className="ws-chip ws-chip--owner">Ansvarlig: {ownerName}</span>}
          {groupNames.map((g) => (
            <span key={g} className="ws-chip">
              {g}
            </span>
          ))}
          {card.mergedFrom.length > 0 && (
            <span className="ws-chip ws-chip--quiet">
              {card.mergedFrom.length === 1
                ? 'Slått sammen av 2 kort'
                : `Slått sammen av ${card.mergedFrom.length + 1} kort`}
            </span>
          )}
        </div>
        <div className="ws-card__controls">
          <button
            type="button"
            className="ws-button ws-button--select"
            aria-pressed={selected}
            aria-label={`Velg «${card.text}»`}
            title="Velg kortet (mellomrom). To valgte kort kan slås sammen."
            tabIndex={current ? 0 : -1}
            onClick={() => onToggleSelect(card.id)}
          >
            <span aria-hidden="true">{selected ? '✓' : ''}</span>
          </button>
          <div className="ws-votes">
            <button
              type="button"
              className="ws-button ws-button--vote"
              aria-label={`Ta bort en stemme fra «${card.text}»`}
              tabIndex={current ? 0 : -1}
              onClick={() => onVote(card.id, -1)}
            >
              −
            </button>
            <span className="ws-votes__count" aria-hidden="true">
              {card.votes}
            </span>
            <button
              type="button"
              className="ws-button ws-button--vote"
              aria-label={`Gi en stemme til «${card.text}»`}
              tabIndex={current ? 0 : -1}
              onClick={() => onVote(card.id, 1)}
            >
              +
            </button>
          </div>
        </div>
      </div>
    </li>
  );
});

/** Edit in place: Enter saves, Shift+Enter makes a new line, Esc goes back without saving. */
function CardTextEditor({
  text,
  onSave,
  onDone,
}: {
  text: string;
  onSave: (text: string) => void;
  onDone: () => void;
}) {
  const [draft, setDraft] = useState(text);
  // Enter or Esc ends the edit; the blur that may follow must not save a second time.
  const done = useRef(false);
  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    if (save && draft.trim() && draft.trim() !== text) onSave(draft);
    onDone();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(false);
    }
  };
  return (
    <textarea
      className="ws-card__editor"
      aria-label="Teksten på kortet"
      value={draft}
      rows={Math.min(6, Math.max(2, draft.split('\n').length + 1))}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
    />
  );
}
