/**
 * `next` with every part that equals the same part of `previous` replaced by that very object.
 * A plan that arrives in the main process is parsed anew and shares nothing with the one saved
 * before it; comparing two such plans means formatting every measure. After this, comparePlans
 * skips what is the same object, as it does for two undo steps in the window. Items of a list
 * are matched by their stable id where they have one, else by position. Neither plan is changed.
 */
export function shareUnchanged<T>(previous: T, next: T): T {
  return share(previous, next) as T;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function share(previous: unknown, next: unknown): unknown {
  if (previous === next) return previous;
  if (Array.isArray(previous) && Array.isArray(next)) return shareList(previous, next);
  if (isRecord(previous) && isRecord(next)) return shareRecord(previous, next);
  return next;
}

function idOf(item: unknown): unknown {
  return isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
}

function shareList(previous: unknown[], next: unknown[]): unknown[] {
  const byId = new Map<unknown, unknown>();
  for (const item of previous) {
    const id = idOf(item);
    if (id !== undefined) byId.set(id, item);
  }
  let same = previous.length === next.length;
  const shared = next.map((item, i) => {
    const id = idOf(item);
    const counterpart = id !== undefined ? byId.get(id) : previous[i];
    const result = counterpart === undefined ? item : share(counterpart, item);
    if (result !== previous[i]) same = false;
    return result;
  });
  return same ? previous : shared;
}

function shareRecord(
  previous: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, unknown> {
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(previous).length;
  const shared: Record<string, unknown> = {};
  for (const key of keys) {
    const value = Object.hasOwn(previous, key) ? share(previous[key], next[key]) : next[key];
    if (value !== previous[key] || !Object.hasOwn(previous, key)) same = false;
    shared[key] = value;
  }
  return same ? previous : shared;
}
