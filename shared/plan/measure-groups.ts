import type { Measure } from '../model/measures';
import type { Plan } from '../model/plan';

/*
 * Shared projects (felles prosjekter) as their own group in a focus area, as Husbanken's form
 * sets them out: the area's own measures first, then the heading «Felles prosjekter» and the
 * shared projects. The order within each group is the order of plan.measures (moved with
 * Alt+arrow), so a file needs no new field for it and a plan written before this reads the same
 * apart from where its shared projects stand. Every list of an area's measures (the app, the
 * budget pages, Word, Excel, the final report) takes its order from here.
 */

export type MeasureGroupKind = 'local' | 'shared';

/** What a user reads above the shared group, in the app and in the documents. */
export const SHARED_PROJECTS_HEADING = 'Felles prosjekter';

/** A measure, or a status report's snapshot of one (where `sharedProject` is a yes/no). */
interface Grouped {
  sharedProject: unknown;
}

export function measureGroupOf(measure: Grouped): MeasureGroupKind {
  return measure.sharedProject ? 'shared' : 'local';
}

export interface MeasureGroup<M> {
  kind: MeasureGroupKind;
  measures: M[];
}

/** The local measures, then the shared projects, each in the order given (stable). */
export function inGroupOrder<M extends Grouped>(measures: readonly M[]): M[] {
  const shared = measures.filter((m) => measureGroupOf(m) === 'shared');
  if (shared.length === 0) return measures.slice();
  return [...measures.filter((m) => measureGroupOf(m) === 'local'), ...shared];
}

/**
 * Where a table of an area's rows, already in group order, gets its «Felles prosjekter» row:
 * before the first shared project (rows without a measure, such as the area's own cost line,
 * belong to no group). Keyed by row index, the form the Word tables take.
 */
export function sharedProjectsHeadingRow<R>(
  rows: readonly R[],
  measureOf: (row: R) => Grouped | null,
): ReadonlyMap<number, string> {
  const first = rows.findIndex((row) => {
    const measure = measureOf(row);
    return measure !== null && measureGroupOf(measure) === 'shared';
  });
  return new Map(first < 0 ? [] : [[first, SHARED_PROJECTS_HEADING]]);
}

/** A focus area's measures as its two groups; either may be empty. */
export function groupsOf<M extends Grouped>(measures: readonly M[]): MeasureGroup<M>[] {
  return [
    { kind: 'local', measures: measures.filter((m) => measureGroupOf(m) === 'local') },
    { kind: 'shared', measures: measures.filter((m) => measureGroupOf(m) === 'shared') },
  ];
}

/** The measures of a focus area as they are listed: [local group, shared group]. */
export function areaMeasureGroups(plan: Plan, focusAreaId: string): MeasureGroup<Measure>[] {
  return groupsOf(plan.measures.filter((m) => m.focusAreaId === focusAreaId));
}

/** The measures of a focus area in the order they are listed (local, then shared). */
export function areaMeasuresInOrder(plan: Plan, focusAreaId: string): Measure[] {
  return inGroupOrder(plan.measures.filter((m) => m.focusAreaId === focusAreaId));
}

const normalise = (code: string) => code.trim().toLocaleUpperCase('nb');

// The codes of local measures, once per measures array: display codes are asked for by every
// row of a 500-measure table.
const localCodeCache = new WeakMap<readonly unknown[], Set<string>>();
function localCodes(measures: readonly (Grouped & { code: string })[]): Set<string> {
  let codes = localCodeCache.get(measures);
  if (!codes) {
    codes = new Set(
      measures.filter((m) => measureGroupOf(m) === 'local').map((m) => normalise(m.code)),
    );
    localCodeCache.set(measures, codes);
  }
  return codes;
}

/**
 * A measure's code where it is read without its heading (messages, Kvalitetssjekk, links, the
 * target-group matrix, report lines): «1A», or «Felles 1A» for a shared project whose code a
 * local measure also has, so the two are never mistaken for each other. `measures` is the list
 * the code is read among: the plan's measures, or a status report's snapshots.
 */
export function displayCodeAmong(
  measures: readonly (Grouped & { code: string })[],
  measure: Grouped & { code: string },
): string {
  const code = measure.code.trim();
  if (!code || measureGroupOf(measure) !== 'shared') return code;
  return localCodes(measures).has(normalise(code)) ? `Felles ${code}` : code;
}

/** `displayCodeAmong` for a measure of the plan. */
export function measureDisplayCode(plan: Pick<Plan, 'measures'>, measure: Measure): string {
  return displayCodeAmong(plan.measures, measure);
}
