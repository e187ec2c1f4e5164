import type { DragEvent } from 'react';

/*
 * Where a dragged item lands, from the pointer's height over the items. Pure arithmetic on boxes,
 * so every list (and the unit tests) agree on what «the upper half» means.
 */

/** The vertical extent of an item on screen (a DOMRect will do). */
export interface VerticalBox {
  top: number;
  height: number;
}

export type DropSide = 'before' | 'after';
export type DropZone = DropSide | 'inside';

/** The upper half of an item places before it, the lower half after it. */
export function sideAt(box: VerticalBox, y: number): DropSide {
  return y < box.top + box.height / 2 ? 'before' : 'after';
}

/**
 * For items that can also hold others (a tree): the upper and lower `edge` place beside the item,
 * the middle places inside it.
 */
export function zoneAt(box: VerticalBox, y: number, edge = 0.3): DropZone {
  const at = (y - box.top) / box.height;
  return at < edge ? 'before' : at > 1 - edge ? 'after' : 'inside';
}

/** The side of the element under the pointer during a drag event. */
export function sideOf(event: DragEvent): DropSide {
  return sideAt(event.currentTarget.getBoundingClientRect(), event.clientY);
}

export function zoneOf(event: DragEvent, edge?: number): DropZone {
  return zoneAt(event.currentTarget.getBoundingClientRect(), event.clientY, edge);
}

/** The index among `boxes` (the other items, in order) at which an item dropped at `y` lands. */
export function landingIndex(boxes: readonly VerticalBox[], y: number): number {
  return boxes.filter((box) => sideAt(box, y) === 'after').length;
}

/**
 * A drop next to the item at `index`, as a position in the list without the dragged item (which
 * was at `from`): what the plan's move-to operations take.
 */
export function dropIndex(from: number, index: number, side: DropSide): number {
  const at = side === 'before' ? index : index + 1;
  return from < at ? at - 1 : at;
}
