import { useEffect, useState, type PointerEvent, type RefObject } from 'react';

interface Drag {
  id: string;
  from: number;
  /** Position among the other items where the dragged one would land. */
  to: number;
}

const EDGE = 64;
const SCROLL_STEP = 18;

/**
 * Reordering a list by dragging a handle with the mouse (pointer events, so it works the same
 * in Electron and in tests). The keyboard has Flytt opp / Flytt ned and Alt+arrows instead.
 * The list (`listRef`) holds items with `data-drag-id`; `onDrop(id, toIndex)` gets the new
 * position in the list.
 */
export function useDragReorder(
  listRef: RefObject<HTMLOListElement | null>,
  ids: readonly string[],
  onDrop: (id: string, toIndex: number) => void,
) {
  const [drag, setDrag] = useState<Drag | null>(null);

  useEffect(() => {
    if (!drag) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDrag(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [drag]);

  const landingIndex = (id: string, y: number) => {
    const items = [
      ...(listRef.current?.querySelectorAll<HTMLElement>(':scope > [data-drag-id]') ?? []),
    ];
    const others = items.filter((item) => item.dataset.dragId !== id);
    return others.filter((item) => {
      const box = item.getBoundingClientRect();
      return box.top + box.height / 2 < y;
    }).length;
  };

  const scrollNearEdge = (y: number) => {
    const scroller = listRef.current?.closest<HTMLElement>('.shell__main');
    if (!scroller) return;
    const box = scroller.getBoundingClientRect();
    if (y < box.top + EDGE) scroller.scrollBy(0, -SCROLL_STEP);
    else if (y > box.bottom - EDGE) scroller.scrollBy(0, SCROLL_STEP);
  };

  const handleProps = (id: string) => ({
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      if (event.button !== 0) return;
      event.preventDefault();
      event.currentTarget.setPointerCapture?.(event.pointerId);
      const from = ids.indexOf(id);
      setDrag({ id, from, to: from });
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      if (!drag || drag.id !== id) return;
      scrollNearEdge(event.clientY);
      const to = landingIndex(id, event.clientY);
      if (to !== drag.to) setDrag({ ...drag, to });
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      if (!drag || drag.id !== id) return;
      const to = landingIndex(id, event.clientY);
      setDrag(null);
      if (to !== drag.from) onDrop(id, to);
    },
    onPointerCancel: () => setDrag(null),
  });

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

  return { handleProps, itemClass, dragging: drag !== null };
}
