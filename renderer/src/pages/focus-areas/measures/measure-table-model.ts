import { costOverYears } from '#shared/budget/financing';
import { compareEnds, compareStarts, formatPartialPeriod } from '#shared/format/partial-date';
import { measureStatuses, type Measure } from '#shared/model/measures';
import type { FocusArea } from '#shared/model/strategies';
import { displayCodeAmong, inGroupOrder } from '#shared/plan/measure-groups';
import { partyKey } from '../../../components/owner/party-labels';

// The table of all measures as pure data: rows, filters and sorting, kept out of React so they
// can be tested and so the table only re-renders rows whose measure changed.

export interface MeasureRow {
  measure: Measure;
  /** «1A», or «Felles 1A» for a shared project whose code a local measure also has. */
  code: string;
  /** Position in the plan: focus area order, then order within the area. */
  order: number;
  areaLabel: string;
  ownerLabel: string;
  period: string;
  /** Whole kroner over the programme period, as on Budsjett. */
  cost: number;
}

export interface MeasureFilter {
  text: string;
  focusAreaId: string;
  /** A party key, NO_OWNER, or '' for everyone. */
  owner: string;
  status: string;
  targetGroupId: string;
  strategyId: string;
}

export const NO_OWNER = 'ingen';
/** The status filter's value for measures whose status nobody has set (null). */
export const NO_STATUS = 'ikke-angitt';
export const emptyFilter: MeasureFilter = {
  text: '',
  focusAreaId: '',
  owner: '',
  status: '',
  targetGroupId: '',
  strategyId: '',
};

export type SortKey =
  'plan' | 'code' | 'title' | 'focusArea' | 'owner' | 'status' | 'progress' | 'period' | 'cost';
export type SortDirection = 'ascending' | 'descending';
export interface MeasureSort {
  key: SortKey;
  direction: SortDirection;
}
export const planOrder: MeasureSort = { key: 'plan', direction: 'ascending' };

/** «2014–2015», «juni 2014 – 30.06.2015»; a «?» for the side not set. */
export function periodLabel(measure: Pick<Measure, 'startDate' | 'endDate'>): string {
  if (!measure.startDate && !measure.endDate) return '';
  return formatPartialPeriod(measure.startDate, measure.endDate, '?');
}

// One row per measure object: a measure that did not change keeps its row (and its period text).
const rowCache = new WeakMap<Measure, MeasureRow>();

export function buildRows(
  focusAreas: readonly FocusArea[],
  measures: readonly Measure[],
  partyLabels: ReadonlyMap<string, string>,
  programmeYears: readonly number[],
): MeasureRow[] {
  const areaLabels = new Map(
    focusAreas.map((f) => [f.id, `${f.code} ${f.title}`.trim() || 'Uten navn']),
  );
  const rows: MeasureRow[] = [];
  const byArea = new Map<string, Measure[]>();
  for (const m of measures) byArea.set(m.focusAreaId, [...(byArea.get(m.focusAreaId) ?? []), m]);
  for (const area of focusAreas) {
    // The area's own measures, then its shared projects, as in the list per focus area.
    for (const measure of inGroupOrder(byArea.get(area.id) ?? [])) {
      const order = rows.length;
      const areaLabel = areaLabels.get(area.id) ?? '';
      const ownerLabel = measure.owner ? (partyLabels.get(partyKey(measure.owner)) ?? '') : '';
      const code = displayCodeAmong(measures, measure);
      const cost = costOverYears(measure.budget, programmeYears);
      let row = rowCache.get(measure);
      if (
        !row ||
        row.order !== order ||
        row.code !== code ||
        row.areaLabel !== areaLabel ||
        row.ownerLabel !== ownerLabel ||
        row.cost !== cost
      ) {
        row = {
          measure,
          code,
          order,
          areaLabel,
          ownerLabel,
          period: row?.period ?? periodLabel(measure),
          cost,
        };
        rowCache.set(measure, row);
      }
      rows.push(row);
    }
  }
  return rows;
}

// Lower-cased search text per measure object: a measure that did not change is not re-read.
const searchTexts = new WeakMap<Measure, string>();
function searchTextOf(m: Measure): string {
  let text = searchTexts.get(m);
  if (text === undefined) {
    text = [m.code, m.title, m.description, m.expectedResult].join('\n').toLocaleLowerCase('nb');
    searchTexts.set(m, text);
  }
  return text;
}

/**
 * The filter without choices that no longer exist (a focus area deleted since, another plan):
 * a filter the user cannot see in its select must not hide measures.
 */
export function validFilter(
  filter: MeasureFilter,
  known: {
    focusAreaIds: ReadonlySet<string>;
    partyKeys: ReadonlySet<string>;
    targetGroupIds: ReadonlySet<string>;
    strategyIds: ReadonlySet<string>;
  },
): MeasureFilter {
  const keep = (value: string, ids: ReadonlySet<string>) => (value && !ids.has(value) ? '' : value);
  const next = {
    ...filter,
    focusAreaId: keep(filter.focusAreaId, known.focusAreaIds),
    owner: filter.owner === NO_OWNER ? NO_OWNER : keep(filter.owner, known.partyKeys),
    targetGroupId: keep(filter.targetGroupId, known.targetGroupIds),
    strategyId: keep(filter.strategyId, known.strategyIds),
  };
  return (Object.keys(next) as (keyof MeasureFilter)[]).every((k) => next[k] === filter[k])
    ? filter
    : next;
}

export function isFiltered(filter: MeasureFilter): boolean {
  return Object.values(filter).some((value) => value.trim() !== '');
}

/** The rows that match every filter; the text search looks in code, title, description and result. */
export function filterRows(rows: readonly MeasureRow[], filter: MeasureFilter): MeasureRow[] {
  const words = filter.text.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
  return rows.filter(({ measure: m }) => {
    if (filter.focusAreaId && m.focusAreaId !== filter.focusAreaId) return false;
    if (
      filter.owner === NO_OWNER
        ? m.owner !== null
        : filter.owner && partyKey(m.owner) !== filter.owner
    )
      return false;
    if (
      filter.status === NO_STATUS ? m.status !== null : filter.status && m.status !== filter.status
    )
      return false;
    if (filter.targetGroupId && !m.targetGroupIds.includes(filter.targetGroupId)) return false;
    if (filter.strategyId && !m.strategyIds.includes(filter.strategyId)) return false;
    if (words.length) {
      const text = searchTextOf(m);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

const collator = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });
const statusOrder = new Map<string, number>(measureStatuses.map((s, i) => [s, i]));

/** Empty values sort last in both directions: a gap is never what the user is looking for. */
function compareText(a: string, b: string, sign: number): number {
  if (!a || !b) return a === b ? 0 : a ? -1 : 1;
  return sign * collator.compare(a, b);
}

/** Years, months and days by the days they cover; a missing date last either way. */
function compareDates(
  a: string | null,
  b: string | null,
  compare: (a: string, b: string) => number,
  sign: number,
): number {
  if (!a || !b) return a === b ? 0 : a ? -1 : 1;
  return sign * compare(a, b);
}

export function sortRows(rows: readonly MeasureRow[], sort: MeasureSort): readonly MeasureRow[] {
  // Rows are built in plan order.
  if (sort.key === 'plan' && sort.direction === 'ascending') return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: MeasureRow, b: MeasureRow): number => {
    const x = a.measure;
    const y = b.measure;
    switch (sort.key) {
      case 'plan':
        return sign * (a.order - b.order);
      case 'code':
        return compareText(x.code.trim(), y.code.trim(), sign);
      case 'title':
        return compareText(x.title.trim(), y.title.trim(), sign);
      case 'focusArea':
        return 0; // rows are built in focus area order, and the sort below is stable
      case 'owner':
        return compareText(a.ownerLabel, b.ownerLabel, sign);
      case 'status':
        // «Ikke angitt» is a gap like an empty text: last in both directions.
        if (x.status === null || y.status === null)
          return x.status === y.status ? 0 : x.status === null ? 1 : -1;
        return sign * ((statusOrder.get(x.status) ?? 0) - (statusOrder.get(y.status) ?? 0));
      case 'progress':
        return sign * (x.progress - y.progress);
      case 'cost':
        // No cost is a gap, as an empty text: last in both directions.
        if (a.cost === 0 || b.cost === 0) return a.cost === b.cost ? 0 : a.cost === 0 ? 1 : -1;
        return sign * (a.cost - b.cost);
      case 'period':
        return (
          compareDates(x.startDate, y.startDate, compareStarts, sign) ||
          compareDates(x.endDate, y.endDate, compareEnds, sign)
        );
    }
  };
  const sorted = rows.slice().sort((a, b) => compare(a, b) || a.order - b.order);
  return sort.key === 'focusArea' && sign < 0 ? reverseAreas(sorted) : sorted;
}

/** Focus areas in reverse order, measures within each area still in plan order. */
function reverseAreas(rows: MeasureRow[]): MeasureRow[] {
  const groups: MeasureRow[][] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.measure.focusAreaId === row.measure.focusAreaId) last.push(row);
    else groups.push([row]);
  }
  return groups.reverse().flat();
}
