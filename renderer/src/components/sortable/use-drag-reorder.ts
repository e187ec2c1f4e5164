import { useState, type DragEvent, type RefObject } from 'react';
import { carries, draggedId, startDrag } from './drag-data';
import { landingIndex } from './drop-position';

interface Drag {
  id: string;
  from: number;
  /** Position among the other items where the dragged one would land. */
  to: number;
}

/**
 * Reordering a list by dragging a handle with the mouse, with the browser's drag and drop like
 * every other list in the app (Esc cancels, the page scrolls near its edges). The keyboard has
 * Flytt opp / Flytt ned and Alt+arrows instead. The list (`listRef`) holds items with
 * `data-drag-id`; `onDrop(id, toIndex)` gets the new position in the list.
 */
export function useDragReorder(
  listRef: RefObject<HTMLOListElement | null>,
  ids: readonly string[],
  onDrop: (id: string, toIndex: number) => void,
) {
  const [drag, setDrag] = useState<Drag | null>(null);

  const landingAt = (id: string, y: number) => {
    const items = [
      ...(listRef.current?.querySelectorAll<HTMLElement>(':scope > [data-drag-id]') ?? []),
    ];
    const others = items.filter((item) => item.dataset.dragId !== id);
    return landingIndex(
      others.map((item) => item.getBoundingClientRect()),
      y,
    );
  };

  const handleProps = (id: string) => ({
    draggable: true,
    onDragStart: (event: DragEvent<HTMLElement>) => {
      startDrag(event, 'listItem', id);
      const from = ids.indexOf(id);
      setDrag({ id, from, to: from });
    },
    onDragEnd: () => setDrag(null),
  });

  // Only a drag that started in this list is taken.
  const listProps = {
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!drag || !carries(event, 'listItem')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const to = landingAt(drag.id, event.clientY);
      if (to !== drag.to) setDrag({ ...drag, to });
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      if (!drag || draggedId(event, 'listItem') !== drag.id) return;
      event.preventDefault();
      const to = landingAt(drag.id, event.clientY);
      setDrag(null);
      if (to !== drag.from) onDrop(drag.id, to);
    },
  };

  /** Where to draw the drop line, and which item is being dragged. */
  const itemClass = (id: string): string => {
    if (!drag) return '';
    if (id === drag.id) return 'is-dragged';
    if (drag.to === drag.from) return '';
    const others = ids.filter((other) => other !== drag.id);
    if (others[drag.to] === id) return 'drop-before';
    if (drag.to === others.length && others[others.length - 1] === id) return 'drop-after';
    return '';
  };

  return { handleProps, listProps, itemClass, dragging: drag !== null };
}
