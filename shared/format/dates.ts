import { MONTH_NAMES } from './partial-date';

/** 2014-01-31 → 31.01.2014 (Norwegian date format). Invalid input is returned unchanged. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}

/** 31.01.2014 (or 31.1.2014) → 2014-01-31; null when it is not a real date. */
export function parseNorwegianDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 2027-03-12 → «12. mars 2027», as a decision is written; other text is shown unchanged. */
export function formatLongDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match && MONTH_NAMES[Number(match[2]) - 1];
  return match && month ? `${Number(match[3])}. ${month} ${match[1]}` : iso;
}
