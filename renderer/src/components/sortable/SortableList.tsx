import { Fragment, useRef, type ComponentProps, type ReactNode } from 'react';
import { AddButton } from '../AddButton';
import type { DragHandle } from './DragHandle';
import { useDragReorder } from './use-drag-reorder';

/** What an item needs to be dragged: its class while a drag goes on, and its handle. */
export interface SortableDrag {
  dragClass: string;
  dragHandle: ComponentProps<typeof DragHandle>;
}

interface SortableListProps<T extends { id: string }> {
  items: readonly T[];
  /** The list's accessible name: «Strategier». */
  label: string;
  className: string;
  /** Shown instead of the list while it is empty. */
  empty: string;
  /** An item was dragged to position `to`. */
  onMoveTo: (id: string, to: number) => void;
  children: (item: T, index: number, drag: SortableDrag) => ReactNode;
  addLabel: string;
  onAdd: () => void;
}

/**
 * An ordered list of cards (strategies, target groups) that can be reordered by dragging a
 * handle, with the button that adds one more below it. The cards themselves (SortableCard) have
 * Flytt opp / Flytt ned and Alt + arrows for the keyboard.
 */
export function SortableList<T extends { id: string }>({
  items,
  label,
  className,
  empty,
  onMoveTo,
  children,
  addLabel,
  onAdd,
}: SortableListProps<T>) {
  const listRef = useRef<HTMLOListElement>(null);
  const drag = useDragReorder(
    listRef,
    items.map((item) => item.id),
    onMoveTo,
  );
  return (
    <>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol
          ref={listRef}
          className={`${className}${drag.dragging ? ' is-dragging' : ''}`}
          aria-label={label}
          {...drag.listProps}
        >
          {items.map((item, index) => (
            <Fragment key={item.id}>
              {children(item, index, {
                dragClass: drag.itemClass(item.id),
                dragHandle: drag.handleProps(item.id),
              })}
            </Fragment>
          ))}
        </ol>
      )}
      <AddButton onClick={onAdd}>{addLabel}</AddButton>
    </>
  );
}
