/*
 * The keys of the workshop board, in one place so the help panel, the hints on buttons and the
 * handler agree. Single letters act on the focused card (not while typing in a field).
 */

export type CardAction =
  | 'focus-up'
  | 'focus-down'
  | 'focus-left'
  | 'focus-right'
  | 'focus-first'
  | 'focus-last'
  | 'move-left'
  | 'move-right'
  | 'move-up'
  | 'move-down'
  | 'edit'
  | 'vote-up'
  | 'vote-down'
  | 'select'
  | 'park'
  | 'accept'
  | 'owner'
  | 'target-group'
  | 'merge';

export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

const plain: Record<string, CardAction> = {
  ArrowUp: 'focus-up',
  ArrowDown: 'focus-down',
  ArrowLeft: 'focus-left',
  ArrowRight: 'focus-right',
  Home: 'focus-first',
  End: 'focus-last',
  Enter: 'edit',
  F2: 'edit',
  '+': 'vote-up',
  '=': 'vote-up',
  '-': 'vote-down',
  ' ': 'select',
  p: 'park',
  g: 'accept',
  e: 'owner',
  m: 'target-group',
  s: 'merge',
};

const withAlt: Record<string, CardAction> = {
  ArrowLeft: 'move-left',
  ArrowRight: 'move-right',
  ArrowUp: 'move-up',
  ArrowDown: 'move-down',
};

/** The action for a key pressed on a focused card, or null when the key is not the board's. */
export function cardKeyAction(event: KeyLike): CardAction | null {
  if (event.ctrlKey || event.metaKey) return null;
  if (event.altKey) return withAlt[event.key] ?? null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return plain[key] ?? null;
}

/** Keys for the numbered lists (owners, target groups): 1–9, 0, then the letters a–z. */
export const PICK_KEYS = [...'1234567890abcdefghijklmnopqrstuvwxyz'];

export function pickIndex(key: string): number {
  return PICK_KEYS.indexOf(key.toLowerCase());
}

/** What the help panel lists. */
export const boardKeyHelp: [keys: string, what: string][] = [
  ['Skriv + Enter', 'ny idé i valgt kolonne (N går til feltet)'],
  ['Piltaster', 'gå mellom kortene'],
  ['Alt + ← / →', 'flytt kortet til kolonnen ved siden av'],
  ['Alt + ↑ / ↓', 'flytt kortet opp eller ned'],
  ['Enter', 'endre teksten (Enter lagrer, Esc avbryter)'],
  ['+ / −', 'gi eller ta bort en stemme'],
  ['Mellomrom', 'velg kortet (to valgte kort kan slås sammen)'],
  ['S', 'slå sammen de to valgte kortene'],
  ['P', 'parker kortet, eller hent det tilbake'],
  ['E, så et tall', 'gi kortet en ansvarlig'],
  ['M, så et tall', 'gi kortet en målgruppe (trykk igjen for å ta bort)'],
  ['G', 'godta kortet som tiltak'],
  ['T', 'start eller stopp tidtakeren'],
  ['Ctrl + Z', 'angre'],
  ['Esc', 'avbryt, eller gå ut av verkstedet'],
];
