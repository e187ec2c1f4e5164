import type { Plan } from '../../model/plan';
import type { ChangeEntry } from '../../model/plan-history';
import type { ChangeDescription } from '../compare/plan-comparison';

/**
 * The newest stretch of the log, still open: its entries are made anew at each save from the
 * plan as it was when the stretch began. So typing in a field over many autosaves is one entry
 * («fra A til C», not A→B and B→C), and a change undone before the stretch closes leaves none.
 */
export interface LogTail {
  baseline: Plan;
  /** Where the stretch's entries begin in the log. */
  start: number;
  openedAt: number;
  who: string;
}

/** A stretch closes this long after it opened; later edits start a new one. */
export const LOG_STRETCH_MS = 10 * 60 * 1000;

export interface RecordedChanges {
  log: ChangeEntry[];
  tail: LogTail;
}

const keyOf = (entry: Pick<ChangeEntry, 'part' | 'kind' | 'entityId' | 'field'>) =>
  `${entry.part}|${entry.kind}|${entry.entityId}|${entry.field}`;

/**
 * The log after a save of `next` (the plan before it was `previous`). An entry that was already
 * in the open stretch keeps its id and time, so it is the same entry, only told anew.
 */
export function recordChanges(
  log: readonly ChangeEntry[],
  tail: LogTail | null,
  previous: Plan,
  next: Plan,
  who: string,
  at: Date,
  describe: (before: Plan, after: Plan) => ChangeDescription[],
  newId: () => string,
): RecordedChanges {
  const now = at.getTime();
  const open =
    tail !== null &&
    tail.who === who &&
    now - tail.openedAt < LOG_STRETCH_MS &&
    tail.start <= log.length
      ? tail
      : { baseline: previous, start: log.length, openedAt: now, who };
  const earlier = new Map(log.slice(open.start).map((entry) => [keyOf(entry), entry]));
  const iso = at.toISOString();
  const told = describe(open.baseline, next).map((description): ChangeEntry => {
    const known = earlier.get(keyOf(description));
    return {
      id: known?.id ?? newId(),
      at: known?.at ?? iso,
      who,
      part: description.part,
      kind: description.kind,
      entityId: description.entityId,
      field: description.field,
      text: description.text,
    };
  });
  return { log: [...log.slice(0, open.start), ...told], tail: open };
}
