// Characters that make a Word/Excel XML part ill-formed or that no keyboard types on purpose:
// C0/C1 controls except tab and newline, and the Unicode noncharacters (U+FDD0–U+FDEF and the
// last two code points of every plane). The `u` flag makes astral noncharacters one match.
const UNWANTED =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/gu;
// A high half not followed by a low half, or a low half with no high half before it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Anything that may need work; plain text (the common case) returns untouched and fast.
// eslint-disable-next-line no-control-regex -- as above
const SUSPECT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/**
 * User text as the plan keeps it: line breaks as LF, no control characters but tab and
 * newline, no noncharacters, lone surrogates as U+FFFD, and composed (NFC) so "å" is one letter.
 */
export function cleanText(text: string): string {
  const cleaned = SUSPECT.test(text)
    ? text.replace(/\r\n?/g, '\n').replace(LONE_SURROGATE, '\uFFFD').replace(UNWANTED, '')
    : text;
  return cleaned.normalize('NFC');
}

/**
 * Every string in `value` through cleanText, for plan changes made in the window. Parts that
 * are the same objects as in `previous` were cleaned before and are skipped, so a keystroke in a
 * large plan costs only the path it changed. Returns `value` itself when nothing needed cleaning.
 */
export function cleanTextDeep<T>(value: T, previous?: unknown): T {
  return cleanValue(value, previous) as T;
}

function cleanValue(value: unknown, previous: unknown): unknown {
  if (value === previous) return value;
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) {
    const before: unknown[] = Array.isArray(previous) ? previous : [];
    const known = new Set<unknown>(before);
    let changed = false;
    const items = value.map((item: unknown, index) => {
      const cleaned = known.has(item) ? item : cleanValue(item, before[index]);
      if (cleaned !== item) changed = true;
      return cleaned;
    });
    return changed ? items : value;
  }
  if (value !== null && typeof value === 'object') {
    const before =
      previous !== null && typeof previous === 'object'
        ? (previous as Record<string, unknown>)
        : undefined;
    let changed = false;
    const entries = Object.entries(value).map(([key, item]) => {
      const cleaned = cleanValue(item, before?.[key]);
      if (cleaned !== item) changed = true;
      return [key, cleaned] as const;
    });
    return changed ? Object.fromEntries(entries) : value;
  }
  return value;
}
