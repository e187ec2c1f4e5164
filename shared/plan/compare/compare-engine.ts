import type { PlanPart } from '../../model/plan-history';
import { planPartLabels } from '../../model/plan-history';
import type { ChangeCounts, FieldChange, ItemChange, PartComparison } from './plan-comparison';

// The one way two lists of a part's items are compared: matched by stable id, never by place.
// Each part's items are first described in words (compare-entries-*.ts), so this file knows
// nothing about goals or measures: it only sees ids, parents, order and fields as text.

/** One field of an item in words, as the reader of the plan would say it. */
export interface EntryField {
  /** Stable key (the model's field name): 'owner', 'cost.2027'. */
  key: string;
  label: string;
  /** The value in words; '' for empty. */
  value: string;
  /** What equality is judged on when the words could hide a difference (a logo's bytes). */
  same?: string;
  /** A long text (a chapter, a description): shown as excerpts around the first difference. */
  long?: boolean;
}

/** One item of a part, as compare-plans reads it. */
export interface CompareEntry {
  id: string;
  /** Short name for sentences: «Tiltak 2B», «Delmål 1.2». */
  ref: string;
  /** Full name for lists: «Tiltak 2B «Boligtorg»». */
  label: string;
  /** The item it stands under; a change of parent is a move. None: the part's top level. */
  parent?: string | null;
  /** Where it stands, as a noun for «flyttet fra … til …»: «Hovedmål 1». */
  parentLabel?: string;
  /** The list its order counts in (default: its parent): a measure's area and group. */
  siblings?: string;
  /** Fields whose change belongs to a move when the parent changed (a measure's new code). */
  placementFields?: readonly string[];
  /**
   * The fields in words, made only when needed: most items of a 500-measure plan are the very
   * same objects after a save (plans are immutable and share what did not change).
   */
  fields: () => EntryField[];
  /** The model object the item was read from; the same object before and after: no change. */
  source?: object;
  /** For an added or removed item: its content in a few words («kostnad 250 000 kr»). */
  summary?: string;
  /**
   * Told only when it changes, never as added or removed: a line's way of financing comes and
   * goes with its money, which is told already.
   */
  changesOnly?: boolean;
}

export interface PartEntries {
  entries: CompareEntry[];
  /** False where the order means nothing (budget lines per year): then no order moves. */
  ordered: boolean;
}

/** What a reader sees for an empty value. */
export const EMPTY_VALUE = '(tom)';

const shown = (value: string) => (value.trim() === '' ? EMPTY_VALUE : value);

/** How much of a long text is shown on either side of its first difference. */
const EXCERPT = 90;

/** «…the words around the first place the two texts differ…», for each side. */
export function excerpts(before: string, after: string): [string, string] {
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before[start] === after[start]) start += 1;
  // Back to the start of a word a little before the difference, so the excerpt has context.
  let from = Math.max(0, start - 30);
  while (from > 0 && !/\s/.test(before[from - 1] ?? after[from - 1] ?? ' ')) from -= 1;
  const cut = (text: string) => {
    if (text.trim() === '') return EMPTY_VALUE;
    let piece = text.slice(from, from + EXCERPT);
    const cutShort = from + EXCERPT < text.length;
    // Cut at a word's end, not inside it.
    if (cutShort && /\S/.test(text[from + EXCERPT] ?? '')) piece = piece.replace(/\s*\S*$/, '');
    piece = piece.replace(/\s+/g, ' ').trim();
    return `${from > 0 ? '… ' : ''}${piece}${cutShort ? ' …' : ''}`;
  };

  return [cut(before), cut(after)];
}

function fieldChanges(
  beforeFields: EntryField[],
  afterFields: EntryField[],
  skip: Set<string>,
): FieldChange[] {
  const old = new Map(beforeFields.map((f) => [f.key, f]));
  const keys = new Set(afterFields.map((f) => f.key));
  // A field only the old item had (an amount from a source no longer used) reads as emptied.
  const gone = beforeFields
    .filter((f) => !keys.has(f.key))
    .map((f) => ({ ...f, value: '', same: undefined }));
  const changes: FieldChange[] = [];
  for (const field of [...afterFields, ...gone]) {
    if (skip.has(field.key)) continue;
    const was = old.get(field.key);
    const a = was ? (was.same ?? was.value) : '';
    const b = field.same ?? field.value;
    if (a === b) continue;
    const wasValue = was?.value ?? '';
    const [beforeText, afterText] = field.long
      ? excerpts(wasValue, field.value)
      : [shown(wasValue), shown(field.value)];
    // The same words for a different content («12 kort» → «12 kort»): say that it changed.
    const afterWords = afterText === beforeText ? `${afterText} (innholdet er endret)` : afterText;
    changes.push({
      field: field.key,
      label: field.label,
      before: beforeText,
      after: afterWords,
      ...(field.long ? { long: true } : {}),
    });
  }
  return changes;
}

/** Positions (indexes into `values`) of one longest strictly increasing subsequence. */
export function longestIncreasing(
  values: readonly number[],
  stays: (index: number) => boolean = () => false,
): Set<number> {
  if (values.length <= TIE_BREAK_LIMIT) return longestPreferringStays(values, stays);
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}

/** Up to this many siblings, ties are broken by hand (quadratic); past it, any longest run. */
const TIE_BREAK_LIMIT = 300;

/**
 * Of the longest runs, the one that keeps the most items at the same place number, so a swap of
 * two neighbours after an insertion says «flyttet fra plass 1 til plass 3» for the one that did
 * go somewhere, not «fra plass 2 til plass 2» for the one that stayed. Still equal, the items
 * that came forward are the moved ones (as when one is moved up with Alt+↑).
 */
function longestPreferringStays(
  values: readonly number[],
  stays: (index: number) => boolean,
): Set<number> {
  const length = new Array<number>(values.length).fill(1);
  const kept: number[] = values.map((_, i) => (stays(i) ? 1 : 0));
  const previous = new Array<number>(values.length).fill(-1);
  const better = (i: number, j: number) =>
    length[j]! + 1 > length[i]! ||
    (length[j]! + 1 === length[i]! && kept[j]! + (stays(i) ? 1 : 0) >= kept[i]!);
  let best = -1;
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < i; j++) {
      if (values[j]! < values[i]! && better(i, j)) {
        length[i] = length[j]! + 1;
        kept[i] = kept[j]! + (stays(i) ? 1 : 0);
        previous[i] = j;
      }
    }
    if (
      best < 0 ||
      length[i]! > length[best]! ||
      (length[i] === length[best] && kept[i]! >= kept[best]!)
    )
      best = i;
  }
  const result = new Set<number>();
  for (let i = best; i >= 0; i = previous[i]!) result.add(i);
  return result;
}

const siblingKey = (e: CompareEntry) => e.siblings ?? e.parent ?? '';

/** Each entry's place (0-based) among its siblings, by id. */
function places(entries: readonly CompareEntry[]): Map<string, { key: string; index: number }> {
  const counts = new Map<string, number>();
  const result = new Map<string, { key: string; index: number }>();
  for (const e of entries) {
    const key = siblingKey(e);
    const index = counts.get(key) ?? 0;
    counts.set(key, index + 1);
    result.set(e.id, { key, index });
  }
  return result;
}

/**
 * The ids that changed place among their siblings. Only items in the same sibling list before
 * and after take part, and only those outside a longest run kept in order count as moved, so an
 * insertion or a removal never makes the others count as moved.
 */
function reordered(before: readonly CompareEntry[], after: readonly CompareEntry[]): Set<string> {
  const beforePlaces = places(before);
  const afterPlaces = places(after);
  const groups = new Map<string, { id: string; was: number; now: number }[]>();
  for (const e of after) {
    const was = beforePlaces.get(e.id);
    const key = siblingKey(e);
    if (!was || was.key !== key) continue;
    const group = groups.get(key) ?? [];
    group.push({ id: e.id, was: was.index, now: afterPlaces.get(e.id)!.index });
    groups.set(key, group);
  }
  const moved = new Set<string>();
  for (const group of groups.values()) {
    const kept = longestIncreasing(
      group.map((g) => g.was),
      (i) => group[i]!.was === group[i]!.now,
    );
    group.forEach((g, i) => {
      if (!kept.has(i)) moved.add(g.id);
    });
  }
  return moved;
}

const prints = new WeakMap<object, string>();

/**
 * A stable print of an object for equality, kept per object: plans are immutable and share what
 * did not change, so an unchanged report or workshop is printed once, not on every save.
 */
export function fingerprint(value: object): string {
  let print = prints.get(value);
  if (print === undefined) {
    print = JSON.stringify(value);
    prints.set(value, print);
  }
  return print;
}

const emptyCounts = (): ChangeCounts => ({ added: 0, changed: 0, removed: 0, moved: 0 });

/** One part's comparison: every item in `after`'s order, then the removed ones. */
export function comparePart(
  part: PlanPart,
  before: PartEntries,
  after: PartEntries,
): PartComparison {
  const old = new Map(before.entries.map((e) => [e.id, e]));
  const now = new Set(after.entries.map((e) => e.id));
  const orderMoves = after.ordered ? reordered(before.entries, after.entries) : new Set<string>();
  const beforePlaces = after.ordered ? places(before.entries) : new Map();
  const afterPlaces = after.ordered ? places(after.entries) : new Map();
  const items: ItemChange[] = [];
  const counts = emptyCounts();
  const base = (e: CompareEntry) => ({ part, entityId: e.id, label: e.label, ref: e.ref });

  for (const entry of after.entries) {
    const was = old.get(entry.id);
    if (!was) {
      if (entry.changesOnly) continue;
      items.push({ ...base(entry), kind: 'added', fields: [], ...summaryOf(entry) });
      counts.added += 1;
      continue;
    }
    const newParent = (was.parent ?? null) !== (entry.parent ?? null);
    const skip = new Set(newParent ? (entry.placementFields ?? []) : []);
    const same = entry.source !== undefined && entry.source === was.source;
    const [wasFields, nowFields] = same ? [[], []] : [was.fields(), entry.fields()];
    const fields = fieldChanges(wasFields, nowFields, skip);
    let place: { from: string; to: string } | null = null;
    if (newParent) {
      const differs = [...skip].filter((key) => fieldDiffers(wasFields, nowFields, key));
      const folded = (list: EntryField[]) =>
        differs
          .map((key) => list.find((f) => f.key === key))
          .filter((f) => f !== undefined && f.value.trim() !== '')
          .map((f) => ` (${f!.label} ${f!.value})`)
          .join('');
      place = {
        from: (was.parentLabel ?? '') + folded(wasFields),
        to: (entry.parentLabel ?? '') + folded(nowFields),
      };
    } else if (orderMoves.has(entry.id)) {
      const within = entry.parentLabel ? ` under ${entry.parentLabel}` : '';
      place = {
        from: `plass ${beforePlaces.get(entry.id)!.index + 1}`,
        to: `plass ${afterPlaces.get(entry.id)!.index + 1}${within}`,
      };
    }
    if (fields.length > 0) {
      // Moved and changed is one change: 'changed', with where it now stands as a field.
      if (place) fields.push({ field: 'placement', label: 'plassering', ...beforeAfter(place) });
      items.push({ ...base(entry), kind: 'changed', fields, ...(place ?? {}) });
      counts.changed += 1;
    } else if (place) {
      items.push({ ...base(entry), kind: 'moved', fields: [], ...place });
      counts.moved += 1;
    }
  }
  for (const entry of before.entries) {
    if (now.has(entry.id) || entry.changesOnly) continue;
    items.push({ ...base(entry), kind: 'removed', fields: [], ...summaryOf(entry) });
    counts.removed += 1;
  }
  return { part, label: planPartLabels[part], ...counts, items };
}

const beforeAfter = (place: { from: string; to: string }) => ({
  before: place.from,
  after: place.to,
});

const summaryOf = (e: CompareEntry) => (e.summary ? { summary: e.summary } : {});

function fieldDiffers(a: EntryField[], b: EntryField[], key: string): boolean {
  const x = a.find((f) => f.key === key);
  const y = b.find((f) => f.key === key);
  return (x?.same ?? x?.value ?? '') !== (y?.same ?? y?.value ?? '');
}

export function addCounts(parts: readonly ChangeCounts[]): ChangeCounts {
  const total = emptyCounts();
  for (const p of parts) {
    total.added += p.added;
    total.changed += p.changed;
    total.removed += p.removed;
    total.moved += p.moved;
  }
  return total;
}
