import { useState, type DragEvent } from 'react';
import { carries, draggedId, leftElement, type DragKind } from './drag-data';

interface DropSpotOptions<Spot extends string> {
  /** The kinds of item this element takes, most specific first. */
  kinds: readonly DragKind[];
  /** Where on this element an item of `kind` would land, or null when it cannot land here. */
  spotAt: (event: DragEvent<HTMLElement>, kind: DragKind) => Spot | null;
  onDrop: (id: string, spot: Spot, kind: DragKind) => void;
  /** Keep the drag from reaching the elements around this one (a measure inside its area). */
  isolate?: boolean;
}

/**
 * An element that dragged items can be dropped on: the spot to draw while one hovers over it
 * (before, after, inside …), and the handlers to spread on the element.
 */
export function useDropSpot<Spot extends string>({
  kinds,
  spotAt,
  onDrop,
  isolate = false,
}: DropSpotOptions<Spot>) {
  const [spot, setSpot] = useState<Spot | null>(null);
  const kindOf = (event: DragEvent) => kinds.find((kind) => carries(event, kind)) ?? null;

  const dropProps = {
    onDragOver: (event: DragEvent<HTMLElement>) => {
      const kind = kindOf(event);
      if (!kind) return;
      const at = spotAt(event, kind);
      if (at === null) {
        setSpot(null);
        return;
      }
      event.preventDefault();
      if (isolate) event.stopPropagation();
      event.dataTransfer.dropEffect = 'move';
      if (at !== spot) setSpot(at);
    },
    onDragLeave: (event: DragEvent<HTMLElement>) => {
      if (leftElement(event)) setSpot(null);
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      const kind = kindOf(event);
      setSpot(null);
      // An element inside this one has taken the drop already.
      if (!kind || event.defaultPrevented) return;
      const at = spotAt(event, kind);
      const id = draggedId(event, kind);
      if (at === null || !id) return;
      event.preventDefault();
      if (isolate) event.stopPropagation();
      onDrop(id, at, kind);
    },
  };
  return { spot, dropProps, clear: () => setSpot(null) };
}
