import type { DragEvent } from 'react';

// Drag and drop with the mouse; every move can also be made with buttons and Alt+arrow keys.
// Own data types, so a dragged measure is never dropped as text into a field.
export const MEASURE_DRAG = 'application/x-planverksted-tiltak';
export const AREA_DRAG = 'application/x-planverksted-satsningsomrade';

export function startDrag(event: DragEvent, type: string, id: string): void {
  event.dataTransfer.setData(type, id);
  event.dataTransfer.effectAllowed = 'move';
  event.stopPropagation();
}

export function carries(event: DragEvent, type: string): boolean {
  return event.dataTransfer.types.includes(type);
}

/** Whether the pointer is in the upper half of the element under it. */
export function isUpperHalf(event: DragEvent): boolean {
  const rect = event.currentTarget.getBoundingClientRect();
  return event.clientY < rect.top + rect.height / 2;
}

/** dragleave also fires when moving onto a child; only leaving the element itself counts. */
export function leftElement(event: DragEvent): boolean {
  const to = event.relatedTarget;
  return !(to instanceof Node && event.currentTarget.contains(to));
}
