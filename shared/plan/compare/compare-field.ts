import { fieldLabel } from '../labels';
import type { EntryField } from './compare-engine';

// One field of an item in words, and the raw keys reference fields are judged on.

/** A field labelled as the rest of the app labels it (labels.ts), unless told otherwise. */
export function field(
  key: string,
  value: string,
  options: { label?: string; same?: string; long?: boolean } = {},
): EntryField {
  const { label = fieldLabel(key.split('.').pop() ?? key) ?? key, ...rest } = options;
  return { key, label, value, ...rest };
}

/** What a reference field is judged on: the ids it points at, not their names just now. */
export const idsOf = (ids: readonly string[]): string => ids.join(',');
export const partyKey = (ref: { kind: string; id: string } | null): string =>
  ref ? `${ref.kind}:${ref.id}` : '';
