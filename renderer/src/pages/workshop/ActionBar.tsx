import type { WorkshopCard } from '#shared/model/workshop';
import { whyNotPromotable } from './promote-messages';

interface ActionBarProps {
  card: WorkshopCard | null;
  canMoveLeft: boolean;
  canMoveRight: boolean;
  selectedCount: number;
  acceptedCount: number;
  onMove: (direction: -1 | 1) => void;
  onEdit: () => void;
  onPark: () => void;
  onOwner: () => void;
  onTargetGroup: () => void;
  onAccept: () => void;
  onMerge: () => void;
  onPromote: () => void;
}

/**
 * Big buttons for the card the facilitator is on (the last one clicked or focused), with the
 * same actions as the keys shown on them; then merging and promoting, which act on several cards.
 */
export function ActionBar({
  card,
  canMoveLeft,
  canMoveRight,
  selectedCount,
  acceptedCount,
  onMove,
  onEdit,
  onPark,
  onOwner,
  onTargetGroup,
  onAccept,
  onMerge,
  onPromote,
}: ActionBarProps) {
  const open = card !== null && card.measureId === null;
  const acceptable = card !== null && (card.accepted || whyNotPromotable(card) === null);
  // aria-disabled keeps the buttons focusable and explains themselves when the card changes.
  const disabled = (ok: boolean) => ({ 'aria-disabled': !ok || undefined });
  const guard = (ok: boolean, run: () => void) => () => {
    if (ok) run();
  };
  return (
    <div className="ws-actions" role="toolbar" aria-label="Handlinger for kortet">
      <p className="ws-actions__card" aria-live="off">
        {card ? (
          <>
            <span className="ws-actions__label">Kort:</span>{' '}
            <span className="ws-actions__text">{card.text.split('\n')[0]}</span>
          </>
        ) : (
          <span className="ws-actions__label">Velg et kort</span>
        )}
      </p>
      <div className="ws-actions__group">
        <button
          type="button"
          className="ws-button"
          aria-label="Flytt kortet til venstre"
          aria-keyshortcuts="Alt+ArrowLeft"
          {...disabled(open && canMoveLeft)}
          onClick={guard(open && canMoveLeft, () => onMove(-1))}
        >
          ◀ Flytt
        </button>
        <button
          type="button"
          className="ws-button"
          aria-label="Flytt kortet til høyre"
          aria-keyshortcuts="Alt+ArrowRight"
          {...disabled(open && canMoveRight)}
          onClick={guard(open && canMoveRight, () => onMove(1))}
        >
          Flytt ▶
        </button>
        <button
          type="button"
          className="ws-button"
          aria-keyshortcuts="Enter"
          {...disabled(open)}
          onClick={guard(open, onEdit)}
        >
          Endre
        </button>
        <button
          type="button"
          className="ws-button"
          aria-keyshortcuts="P"
          {...disabled(open)}
          onClick={guard(open, onPark)}
        >
          {card?.parked ? 'Hent tilbake' : 'Parker'} <kbd className="ws-key">P</kbd>
        </button>
        <button
          type="button"
          className="ws-button"
          aria-keyshortcuts="E"
          {...disabled(card !== null)}
          onClick={guard(card !== null, onOwner)}
        >
          Ansvarlig <kbd className="ws-key">E</kbd>
        </button>
        <button
          type="button"
          className="ws-button"
          aria-keyshortcuts="M"
          {...disabled(card !== null)}
          onClick={guard(card !== null, onTargetGroup)}
        >
          Målgruppe <kbd className="ws-key">M</kbd>
        </button>
        <button
          type="button"
          className="ws-button"
          aria-keyshortcuts="G"
          aria-pressed={card?.accepted ?? false}
          {...disabled(acceptable)}
          // A card that cannot be accepted says why, on hover and (through onAccept) when pressed.
          title={card !== null && !acceptable ? (whyNotPromotable(card) ?? undefined) : undefined}
          onClick={guard(card !== null, onAccept)}
        >
          {card?.accepted ? '✓ Godtatt' : 'Godta'} <kbd className="ws-key">G</kbd>
        </button>
      </div>
      <div className="ws-actions__group ws-actions__group--board">
        <button
          type="button"
          className="ws-button"
          aria-keyshortcuts="S"
          {...disabled(selectedCount === 2)}
          onClick={guard(selectedCount === 2, onMerge)}
        >
          Slå sammen{selectedCount > 0 && ` (${selectedCount})`}
        </button>
        <button
          type="button"
          className="ws-button ws-button--primary"
          {...disabled(acceptedCount > 0)}
          onClick={onPromote}
        >
          Gjør til tiltak ({acceptedCount})
        </button>
      </div>
    </div>
  );
}
