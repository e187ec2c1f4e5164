import { localIsoDate } from '#shared/format/local-date';
import { matchesSearch } from '#shared/format/search-text';
import type { ChangeEntry, PlanPart } from '#shared/model/plan-history';

// The change log's filters: plain passes over an array (5 000 entries need no index).

export interface ChangeLogFilter {
  part: PlanPart | '';
  /** ISO dates (ÅÅÅÅ-MM-DD), inclusive, in the user's own time zone; '' for no limit. */
  from: string;
  to: string;
  text: string;
}

export const noFilter: ChangeLogFilter = { part: '', from: '', to: '', text: '' };

/** How many entries are shown at first, and added by each «Vis flere». */
export const LOG_PAGE_SIZE = 200;

/** The entries that match, newest first (the log is stored oldest first). */
export function filterChangeLog(
  log: readonly ChangeEntry[],
  filter: ChangeLogFilter,
): ChangeEntry[] {
  const matches: ChangeEntry[] = [];
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log[i]!;
    if (filter.part && entry.part !== filter.part) continue;
    if (filter.from || filter.to) {
      const day = localIsoDate(new Date(entry.at));
      if (filter.from && day < filter.from) continue;
      if (filter.to && day > filter.to) continue;
    }
    if (filter.text.trim() && !matchesSearch(`${entry.text} ${entry.who}`, filter.text)) continue;
    matches.push(entry);
  }
  return matches;
}

/** «Siste 7 dager»: from six days before today up to today. */
export function lastDays(today: Date, days: number): Pick<ChangeLogFilter, 'from' | 'to'> {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { from: localIsoDate(from), to: localIsoDate(today) };
}

export function isFiltered(filter: ChangeLogFilter): boolean {
  return Boolean(filter.part || filter.from || filter.to || filter.text.trim());
}
