// Type-to-filter in lists of names. People type «ostensjo» for «Østensjø» and «nav» for «NAV»,
// so the comparison ignores case and marks on letters; it is for finding, never for identity
// (two partners «Å» and «A» are different partners).

const FOLDED: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l' };

/** A name as search compares it: lower case, without accents, single spaces. */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('nb')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[øæßđł]/g, (c) => FOLDED[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a name contains what was typed, anywhere in it; empty search matches everything. */
export function matchesSearch(name: string, query: string): boolean {
  const q = foldForSearch(query);
  return q === '' || foldForSearch(name).includes(q);
}
