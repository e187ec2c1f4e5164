import type { ReactNode } from 'react';
import { ItemActions } from '../lists/ItemActions';
import { moveKeyHandler } from '../lists/MoveButtons';
import { DragHandle } from './DragHandle';
import type { SortableDrag } from './SortableList';

interface SortableCardProps {
  id: string;
  idBase: string;
  className: string;
  drag: SortableDrag;
  heading: ReactNode;
  /** For screen readers: «strategi 1», «målgruppen Eldre». */
  what: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
  children: ReactNode;
}

/**
 * One card in a SortableList: a drag handle, the heading and Flytt opp / Flytt ned / Slett
 * (also Alt + arrows anywhere in the card), then the card's fields. The article itself takes
 * focus after a drag, so the user stays on what they moved.
 */
export function SortableCard({
  id,
  idBase,
  className,
  drag,
  heading,
  what,
  index,
  count,
  onMove,
  onDelete,
  children,
}: SortableCardProps) {
  return (
    <li
      className={`${className} ${drag.dragClass}`.trim()}
      data-entity-id={id}
      data-drag-id={id}
      onKeyDown={moveKeyHandler(onMove)}
    >
      <article id={idBase} tabIndex={-1} aria-labelledby={`${idBase}-heading`}>
        <div className="strategy-card__head">
          <DragHandle {...drag.dragHandle} />
          <h3 id={`${idBase}-heading`} className="strategy-card__heading">
            {heading}
          </h3>
          <ItemActions
            idBase={idBase}
            what={what}
            index={index}
            count={count}
            onMove={onMove}
            onDelete={onDelete}
          />
        </div>
        {children}
      </article>
    </li>
  );
}
