/**
 * Undo/redo as plain data: snapshots of an immutable document. Consecutive changes with the same
 * key close together in time (typing in one field) are merged into one step.
 */
export interface UndoHistory<T> {
  past: T[];
  present: T;
  future: T[];
  /** Key and time of the last recorded change, for merging typing into one step. */
  lastKey: string | null;
  lastAt: number;
}

export const UNDO_LIMIT = 200;
export const COALESCE_MS = 1000;

export function createHistory<T>(present: T): UndoHistory<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 };
}

export interface RecordOptions {
  /** Changes with the same key (e.g. "info.title") within COALESCE_MS become one undo step. */
  key?: string | null;
  /** Time of the change in ms; injected so the module stays pure. */
  at: number;
  /**
   * For typing that reaches the plan after a pause (a held draft): when that run of typing
   * began. It is merged with the previous step if it began within COALESCE_MS of that step's
   * `at`, just as if every keystroke had been recorded on its own.
   */
  since?: number;
  /**
   * Merge with the last step whenever the key is the same, however long apart: the caller ends
   * the run by changing the key (the chapter editor does when the caret is moved), so a slow
   * machine that takes a second per keystroke groups typing exactly as a fast one does.
   */
  untimed?: boolean;
  limit?: number;
}

export function record<T>(
  history: UndoHistory<T>,
  next: T,
  options: RecordOptions,
): UndoHistory<T> {
  if (Object.is(next, history.present)) return history;
  const key = options.key ?? null;
  const merge =
    key !== null &&
    key === history.lastKey &&
    history.future.length === 0 &&
    (options.untimed === true || (options.since ?? options.at) - history.lastAt <= COALESCE_MS);
  if (merge) return { ...history, present: next, lastAt: options.at };
  const limit = options.limit ?? UNDO_LIMIT;
  const past = [...history.past, history.present];
  return {
    past: past.length > limit ? past.slice(past.length - limit) : past,
    present: next,
    future: [],
    lastKey: key,
    lastAt: options.at,
  };
}

export function canUndo<T>(history: UndoHistory<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: UndoHistory<T>): boolean {
  return history.future.length > 0;
}

export function undo<T>(history: UndoHistory<T>): UndoHistory<T> {
  if (!canUndo(history)) return history;
  const previous = history.past[history.past.length - 1]!;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    // Typing after an undo starts a new step instead of merging into the undone one.
    lastKey: null,
    lastAt: 0,
  };
}

export function redo<T>(history: UndoHistory<T>): UndoHistory<T> {
  if (!canRedo(history)) return history;
  const [next, ...rest] = history.future;
  return {
    past: [...history.past, history.present],
    present: next!,
    future: rest,
    lastKey: null,
    lastAt: 0,
  };
}

/** Replaces the present without creating a step (e.g. stamping a timestamp after undo). */
export function replacePresent<T>(history: UndoHistory<T>, present: T): UndoHistory<T> {
  return { ...history, present };
}
