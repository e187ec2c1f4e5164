/** Small immutable list helpers shared by the plan operations. */

/** Moves the item with the given id one or more places; unchanged when it cannot move. */
export function moveById<T extends { id: string }>(
  list: readonly T[],
  id: string,
  delta: number,
): T[] | null {
  const from = list.findIndex((item) => item.id === id);
  const to = from + delta;
  if (from < 0 || delta === 0 || to < 0 || to >= list.length) return null;
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** True when every field in `fields` already has that value in `item` (so nothing would change). */
export function hasSameValues<T extends object>(item: T, fields: Partial<T>): boolean {
  return (Object.keys(fields) as (keyof T)[]).every((key) => Object.is(item[key], fields[key]));
}
