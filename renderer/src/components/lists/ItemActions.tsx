import { MoveButtons } from './MoveButtons';

interface ItemActionsProps {
  idBase: string;
  /** For screen readers: "hovedmål 2", "strategi 1". */
  what: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
  className?: string;
}

/** Flytt opp, Flytt ned and Slett, at the head of an item in an ordered list. */
export function ItemActions({
  idBase,
  what,
  index,
  count,
  onMove,
  onDelete,
  className = 'goal-card__actions',
}: ItemActionsProps) {
  return (
    <div className={className}>
      <MoveButtons
        idBase={idBase}
        what={what}
        canMoveUp={index > 0}
        canMoveDown={index < count - 1}
        onMove={onMove}
      />
      <button
        type="button"
        className="button button--quiet button--small button--danger-text"
        aria-label={`Slett ${what}`}
        onClick={onDelete}
      >
        Slett
      </button>
    </div>
  );
}
