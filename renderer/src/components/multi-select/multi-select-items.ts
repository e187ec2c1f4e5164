import { matchesSearch } from '#shared/format/search-text';

export interface MultiSelectOption {
  id: string;
  label: string;
}

/** A row of the open list: an option to pick or drop, or the offer to create what was typed. */
export type MultiSelectItem =
  { kind: 'option'; option: MultiSelectOption } | { kind: 'create'; name: string };

/** Options sorted the Norwegian way (Å after Ø after Æ after Z). */
export function sortOptions(options: readonly MultiSelectOption[]): MultiSelectOption[] {
  return options
    .slice()
    .sort((a, b) => a.label.trim().localeCompare(b.label.trim(), 'nb', { sensitivity: 'base' }));
}

/**
 * What the list shows for a search: the options whose name contains it, then the offer to create
 * it when it is not the name of an option already (`canCreate` knows how names are compared).
 */
export function listItems(
  sorted: readonly MultiSelectOption[],
  query: string,
  canCreate: ((name: string) => boolean) | null,
): MultiSelectItem[] {
  const items: MultiSelectItem[] = sorted
    .filter((o) => matchesSearch(o.label, query))
    .map((option) => ({ kind: 'option', option }));
  const name = query.replace(/\s+/g, ' ').trim();
  if (name !== '' && canCreate?.(name)) items.push({ kind: 'create', name });
  return items;
}

/**
 * Where the highlight goes after typing: on an option with exactly that name, else on the first
 * row, so Enter picks the best match and creates only when nothing matches.
 */
export function defaultActive(items: readonly MultiSelectItem[], query: string): number {
  const typed = query.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');
  const exact = items.findIndex(
    (item) => item.kind === 'option' && item.option.label.trim().toLocaleLowerCase('nb') === typed,
  );
  return exact >= 0 ? exact : items.length > 0 ? 0 : -1;
}
