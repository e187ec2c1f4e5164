/**
 * Mermaid's layout orders the boxes of a level so that fewer lines cross, which can put
 * «Hovedmål 3» left of «Hovedmål 1». Where the reading order matters more than a crossing, the
 * boxes of a level are put back in the order given, packed from where the first of them stood
 * with the gaps mermaid left between them.
 */

/** A box along the level's own axis: where it starts and how long it is. */
export interface Slot {
  id: string;
  start: number;
  size: number;
}

/**
 * How far to move each box (only those that move) so that the boxes stand in `order`; null when
 * they already do, or when the packed boxes would overlap a box of the same level that is not
 * in `order`.
 */
export function moveIntoOrder(
  slots: readonly Slot[],
  order: readonly string[],
  others: readonly Slot[] = [],
): Map<string, number> | null {
  const byId = new Map(slots.map((s) => [s.id, s]));
  const wanted = order.map((id) => byId.get(id)).filter((s): s is Slot => s !== undefined);
  const now = [...wanted].sort((a, b) => a.start - b.start);
  if (now.every((slot, i) => slot === wanted[i])) return null;
  // The smallest gap mermaid left between neighbours: its node spacing.
  const gaps = now.slice(1).map((slot, i) => slot.start - (now[i]!.start + now[i]!.size));
  const gap = Math.max(0, Math.min(...gaps));
  const moves = new Map<string, number>();
  let cursor = now[0]!.start;
  for (const slot of wanted) {
    if (slot.start !== cursor) moves.set(slot.id, cursor - slot.start);
    const end = cursor + slot.size;
    if (others.some((o) => o.start < end && cursor < o.start + o.size)) return null;
    cursor = end + gap;
  }
  return moves;
}
