import type { DragEvent } from 'react';

// Drag and drop with the mouse; every move can also be made with buttons and Alt+arrow keys.
// Own data types, so a dragged item is never dropped as text into a field, and text dragged from
// a field is never taken for an item.
export const DRAG_TYPES = {
  measure: 'application/x-planverksted-tiltak',
  area: 'application/x-planverksted-satsningsomrade',
  chapter: 'application/x-planverksted-chapter',
  body: 'application/x-planverksted-organ',
  card: 'application/x-planverksted-verkstedkort',
  /** A card in a SortableList (strategies, target groups). */
  listItem: 'application/x-planverksted-listeelement',
} as const;

export type DragKind = keyof typeof DRAG_TYPES;

export function startDrag(event: DragEvent, kind: DragKind, id: string): void {
  event.dataTransfer.setData(DRAG_TYPES[kind], id);
  event.dataTransfer.effectAllowed = 'move';
  event.stopPropagation();
}

/** Whether the drag carries an item of this kind (its id can only be read on drop). */
export function carries(event: DragEvent, kind: DragKind): boolean {
  return event.dataTransfer.types.includes(DRAG_TYPES[kind]);
}

/** The id of the dragged item of this kind, on drop; '' when it carries none. */
export function draggedId(event: DragEvent, kind: DragKind): string {
  return event.dataTransfer.getData(DRAG_TYPES[kind]);
}

/** dragleave also fires when moving onto a child; only leaving the element itself counts. */
export function leftElement(event: DragEvent): boolean {
  const to = event.relatedTarget;
  return !(to instanceof Node && event.currentTarget.contains(to));
}
