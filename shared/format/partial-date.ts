// A measure's start or end as Husbanken's forms and real plans give it: a year («2013–2014»), a
// month («juni 2014») or a day. It is stored with that precision as the front of an ISO date —
// "2014", "2014-06", "2014-06-30" — so a file with whole days (version 2) is already valid, the
// text sorts like the date it names, and a person can read the file. See docs/file-format.md.

export type DatePrecision = 'year' | 'month' | 'day';

/** "2014", "2014-06" or "2014-06-30", each a real year, month or day. */
export type PartialDate = string;

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const MONTH_NAMES = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

interface Parts {
  year: number;
  month: number | null;
  day: number | null;
}

function partsOf(value: string): Parts | null {
  const match = SHAPE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (year < 1000) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > daysInMonth(year, month!))) return null;
  return { year, month, day };
}

const build = ({ year, month, day }: Parts): PartialDate =>
  [String(year), ...(month === null ? [] : [pad(month)]), ...(day === null ? [] : [pad(day)])].join(
    '-',
  );

/** True for "2014", "2014-06" and "2014-06-30" when the year, month or day exists. */
export function isPartialDate(value: string): boolean {
  return partsOf(value) !== null;
}

export function precisionOf(value: PartialDate): DatePrecision {
  const parts = partsOf(value);
  if (!parts || parts.month === null) return 'year';
  return parts.day === null ? 'month' : 'day';
}

/** The first day a partial date covers, as ÅÅÅÅ-MM-DD: "2014" → "2014-01-01". */
export function earliestDay(value: PartialDate): string {
  const p = partsOf(value);
  if (!p) return value;
  return `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** The last day a partial date covers, as ÅÅÅÅ-MM-DD: "2014" → "2014-12-31", "2015-02" → "2015-02-28". */
export function latestDay(value: PartialDate): string {
  const p = partsOf(value);
  if (!p) return value;
  const month = p.month ?? 12;
  return `${p.year}-${pad(month)}-${pad(p.day ?? daysInMonth(p.year, month))}`;
}

/** The year a partial date lies in. */
export function yearOf(value: PartialDate): number {
  return Number(value.slice(0, 4));
}

/**
 * Shown as entered: "2014" → «2014», "2014-06" → «juni 2014», "2014-06-30" → «30.06.2014».
 * Empty for no date; text that is not a partial date is shown unchanged.
 */
export function formatPartialDate(value: PartialDate | null | undefined): string {
  if (!value) return '';
  const p = partsOf(value);
  if (!p) return value;
  if (p.month === null) return String(p.year);
  if (p.day === null) return `${MONTH_NAMES[p.month - 1]} ${p.year}`;
  return `${pad(p.day)}.${pad(p.month)}.${p.year}`;
}

/**
 * «2014–2015», «01.03.2027–30.06.2028», «juni 2014 – 30.06.2015» (spaced when a side has a
 * space, as Norwegian writes ranges); `missing` stands for a side not set, or it is left out.
 */
export function formatPartialPeriod(
  start: PartialDate | null,
  end: PartialDate | null,
  missing = '',
): string {
  const [from, to] = [formatPartialDate(start) || missing, formatPartialDate(end) || missing];
  if (!from || !to) return from || to;
  // «2012» to «2012» is the year 2012, written once.
  if (start !== null && start === end) return from;
  return from.includes(' ') || to.includes(' ') ? `${from} – ${to}` : `${from}–${to}`;
}

/** Order of starts: by the first day each covers («2014» starts with 01.01.2014); ties are 0. */
export function compareStarts(a: PartialDate, b: PartialDate): number {
  return earliestDay(a).localeCompare(earliestDay(b));
}

/** Order of ends: by the last day each covers, so «2014» ends after 30.06.2014; ties are 0. */
export function compareEnds(a: PartialDate, b: PartialDate): number {
  return latestDay(a).localeCompare(latestDay(b));
}

/**
 * True when an end lies wholly before a start: its last day is before the start's first day.
 * «2014» to «juni 2014» is fine (they overlap); «2013» to «2014» is fine; «2014» to «2013» is not.
 */
export function endsBeforeStart(start: PartialDate, end: PartialDate): boolean {
  return latestDay(end) < earliestDay(start);
}

/** True when a date's last day is before an ISO day (e.g. today): «2014» is past only in 2015. */
export function isPastBy(value: PartialDate, isoDay: string): boolean {
  return latestDay(value) < isoDay;
}

export type PartialDateParse =
  { ok: true; value: PartialDate | null } | { ok: false; error: string };

const HOW = 'Skriv et år (2014), en måned (juni 2014 eller 06.2014) eller en dag (30.06.2014).';

function monthFromName(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return null;
  const index = MONTH_NAMES.findIndex(
    (m) => m.startsWith(word) || (word === 'sept' && m === 'september'),
  );
  return index === -1 ? null : index + 1;
}

function checked(parts: Parts, text: string): PartialDateParse {
  if (parts.year < 1000 || parts.year > 9999)
    return { ok: false, error: `«${text}» har ikke et firesifret år. ${HOW}` };
  if (parts.month !== null && (parts.month < 1 || parts.month > 12))
    return { ok: false, error: `«${text}» har en måned som ikke finnes (1–12). ${HOW}` };
  if (parts.day !== null && !isPartialDate(build(parts)))
    return { ok: false, error: `«${text}» er ikke en dag som finnes. ${HOW}` };
  return { ok: true, value: build(parts) };
}

/**
 * What a user typed, read as a year, a month or a day. Accepts «2014», «juni 2014», «jun. 2014»,
 * «06.2014», «6/2014», «2014-06», «30.06.2014», «30.6.2014» and «2014-06-30». Empty text is no
 * date. Otherwise a bokmål sentence saying what was wrong and how to write it.
 */
export function parsePartialDate(text: string): PartialDateParse {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return { ok: true, value: null };
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(trimmed)))
    return checked({ year: +m[1]!, month: null, day: null }, trimmed);
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(trimmed)))
    return checked({ year: +m[1]!, month: +m[2]!, day: null }, trimmed);
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed)))
    return checked({ year: +m[1]!, month: +m[2]!, day: +m[3]! }, trimmed);
  if ((m = /^(\d{1,2})[./](\d{4})$/.exec(trimmed)))
    return checked({ year: +m[2]!, month: +m[1]!, day: null }, trimmed);
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed)))
    return checked({ year: +m[3]!, month: +m[2]!, day: +m[1]! }, trimmed);
  if ((m = /^(\d{1,2})\.?\s?([a-zæøå]+\.?)\s(\d{4})$/i.exec(trimmed))) {
    const month = monthFromName(m[2]!);
    if (month !== null) return checked({ year: +m[3]!, month, day: +m[1]! }, trimmed);
  }
  if ((m = /^([a-zæøå]+\.?)\s?(\d{4})$/i.exec(trimmed))) {
    const month = monthFromName(m[1]!);
    if (month !== null) return checked({ year: +m[2]!, month, day: null }, trimmed);
    return { ok: false, error: `«${m[1]}» er ikke en måned. ${HOW}` };
  }
  if (/^\d{1,2}\.\d{1,2}\.\d{2}$/.test(trimmed) || /^\d{2}$/.test(trimmed))
    return { ok: false, error: `«${trimmed}» har ikke et firesifret år. ${HOW}` };
  return { ok: false, error: `«${trimmed}» er ikke en dato. ${HOW}` };
}

/**
 * The same year, month or day `delta` years later, precision kept: "2014" → "2016",
 * "2014-06" → "2016-06"; 29 February becomes 28 February in a year without it.
 */
export function shiftPartialDate(value: PartialDate, delta: number): PartialDate {
  const p = partsOf(value);
  if (!p || delta === 0) return value;
  const year = p.year + delta;
  const day = p.day === null ? null : Math.min(p.day, daysInMonth(year, p.month!));
  return build({ year, month: p.month, day });
}
