/**
 * Every keyboard shortcut of the app in one list: the menu takes its accelerators from here, the
 * window's key handlers match events against it, and «Hurtigtaster» shows it, so what the help
 * says is what the keys do.
 */

export interface KeyChord {
  /** `KeyboardEvent.key` as it arrives (letters lower case), e.g. 'z', 'ArrowUp', 'F1'. */
  key: string;
  /** Ctrl (Cmd on a Mac). */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export type ShortcutGroup = 'plan' | 'lister' | 'hjelp';

export const shortcutGroupLabels: Record<ShortcutGroup, string> = {
  plan: 'Planen',
  lister: 'Lister og skjema',
  hjelp: 'Hjelp',
};

export interface Shortcut {
  id: string;
  group: ShortcutGroup;
  /** What the keys do, in bokmål. */
  what: string;
  /** Alternatives: any of them does the same. */
  chords: KeyChord[];
  /** Only in the desktop app's menu (a browser keeps these keys for itself). */
  desktopOnly?: boolean;
}

export const shortcuts = [
  {
    id: 'new-plan',
    group: 'plan',
    what: 'Ny plan',
    chords: [{ key: 'n', mod: true }],
    desktopOnly: true,
  },
  {
    id: 'open-plan',
    group: 'plan',
    what: 'Åpne plan',
    chords: [{ key: 'o', mod: true }],
    desktopOnly: true,
  },
  {
    id: 'save',
    group: 'plan',
    what: 'Lagre nå (planen lagres også av seg selv)',
    chords: [{ key: 's', mod: true }],
  },
  {
    id: 'save-as',
    group: 'plan',
    what: 'Lagre som en ny fil',
    chords: [{ key: 's', mod: true, shift: true }],
    desktopOnly: true,
  },
  { id: 'undo', group: 'plan', what: 'Angre', chords: [{ key: 'z', mod: true }] },
  {
    id: 'redo',
    group: 'plan',
    what: 'Gjør om',
    chords: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
  },
  {
    id: 'go-export',
    group: 'plan',
    what: 'Gå til Eksport (Word eller Excel)',
    chords: [{ key: 'e', mod: true }],
    desktopOnly: true,
  },
  {
    id: 'print',
    group: 'plan',
    what: 'Skriv ut siden du ser på',
    chords: [{ key: 'p', mod: true }],
  },
  {
    id: 'close-plan',
    group: 'plan',
    what: 'Lukk planen',
    chords: [{ key: 'w', mod: true }],
    desktopOnly: true,
  },
  {
    id: 'move',
    group: 'lister',
    what: 'Flytt et mål, en strategi, et tiltak eller en annen del opp eller ned i listen',
    chords: [
      { key: 'ArrowUp', alt: true },
      { key: 'ArrowDown', alt: true },
    ],
  },
  {
    id: 'move-level',
    group: 'lister',
    what: 'Flytt en enhet i organisasjonskartet inn under eller ut av enheten over',
    chords: [
      { key: 'ArrowRight', alt: true },
      { key: 'ArrowLeft', alt: true },
    ],
  },
  {
    id: 'cancel',
    group: 'lister',
    what: 'Lukk en dialog eller et skjema uten å lagre det, eller angre det du skrev i et tallfelt',
    chords: [{ key: 'Escape' }],
  },
  { id: 'shortcuts', group: 'hjelp', what: 'Vis hurtigtastene', chords: [{ key: 'F1' }] },
] as const satisfies readonly Shortcut[];

export type ShortcutId = (typeof shortcuts)[number]['id'];

export function shortcut(id: ShortcutId): Shortcut {
  return shortcuts.find((s) => s.id === id)!;
}

const keyNames: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
};

/** The keys as a person reads them: «Ctrl+Shift+Z», «Alt+↑». */
export function chordLabel(chord: KeyChord, mac = false): string {
  const parts: string[] = [];
  if (chord.mod) parts.push(mac ? 'Cmd' : 'Ctrl');
  if (chord.alt) parts.push(mac ? 'Option' : 'Alt');
  if (chord.shift) parts.push('Shift');
  parts.push(keyNames[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key));
  return parts.join('+');
}

/** Electron's accelerator for the first chord: «CmdOrCtrl+Shift+Z». */
export function accelerator(id: ShortcutId): string {
  const chord = shortcut(id).chords[0]!;
  const parts: string[] = [];
  if (chord.mod) parts.push('CmdOrCtrl');
  if (chord.alt) parts.push('Alt');
  if (chord.shift) parts.push('Shift');
  parts.push(chord.key.length === 1 ? chord.key.toUpperCase() : chord.key.replace(/^Arrow/, ''));
  return parts.join('+');
}

/** The value of `aria-keyshortcuts`: every chord, «Control+Shift+Z Control+Y». */
export function ariaKeyShortcuts(id: ShortcutId): string {
  return shortcut(id)
    .chords.map((chord) => {
      const parts: string[] = [];
      if (chord.mod) parts.push('Control');
      if (chord.alt) parts.push('Alt');
      if (chord.shift) parts.push('Shift');
      parts.push(chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
      return parts.join('+');
    })
    .join(' ');
}

/** What a key handler needs of a keyboard event (DOM and React events both have it). */
export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Whether the event is one of the shortcut's chords, exactly (no extra modifier). */
export function matchesShortcut(event: KeyEventLike, id: ShortcutId): boolean {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return shortcut(id).chords.some(
    (chord) =>
      chord.key === key &&
      Boolean(chord.mod) === mod &&
      Boolean(chord.shift) === event.shiftKey &&
      Boolean(chord.alt) === event.altKey,
  );
}
