import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  accelerator,
  ariaKeyShortcuts,
  chordLabel,
  matchesShortcut,
  shortcut,
  shortcuts,
  type KeyEventLike,
} from '#shared/keyboard/shortcuts';
import { repoRoot } from '../../../support/repo-root';

const press = (key: string, mods: Partial<KeyEventLike> = {}): KeyEventLike => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('the one list of keyboard shortcuts', () => {
  it('has unique ids and no chord twice', () => {
    expect(new Set(shortcuts.map((s) => s.id)).size).toBe(shortcuts.length);
    const chords = shortcuts.flatMap((s) => s.chords.map((c) => chordLabel(c)));
    expect(new Set(chords).size).toBe(chords.length);
  });

  it('says every chord as a person reads it, and as the menu and aria-keyshortcuts need it', () => {
    expect(shortcut('redo').chords.map((c) => chordLabel(c))).toEqual(['Ctrl+Shift+Z', 'Ctrl+Y']);
    expect(shortcut('redo').chords.map((c) => chordLabel(c, true))).toEqual([
      'Cmd+Shift+Z',
      'Cmd+Y',
    ]);
    expect(shortcut('move').chords.map((c) => chordLabel(c))).toEqual(['Alt+↑', 'Alt+↓']);
    expect(accelerator('redo')).toBe('CmdOrCtrl+Shift+Z');
    expect(accelerator('print')).toBe('CmdOrCtrl+P');
    expect(accelerator('shortcuts')).toBe('F1');
    expect(ariaKeyShortcuts('redo')).toBe('Control+Shift+Z Control+Y');
    expect(ariaKeyShortcuts('move')).toBe('Alt+ArrowUp Alt+ArrowDown');
  });

  it('matches an event exactly: Ctrl or Cmd, Shift turning Z into redo, no extra modifier', () => {
    expect(matchesShortcut(press('z', { ctrlKey: true }), 'undo')).toBe(true);
    expect(matchesShortcut(press('z', { metaKey: true }), 'undo')).toBe(true);
    // With Shift the key arrives as a capital letter.
    expect(matchesShortcut(press('Z', { ctrlKey: true, shiftKey: true }), 'undo')).toBe(false);
    expect(matchesShortcut(press('Z', { ctrlKey: true, shiftKey: true }), 'redo')).toBe(true);
    expect(matchesShortcut(press('y', { ctrlKey: true }), 'redo')).toBe(true);
    expect(matchesShortcut(press('z', { ctrlKey: true, altKey: true }), 'undo')).toBe(false);
    expect(matchesShortcut(press('z'), 'undo')).toBe(false);
    expect(matchesShortcut(press('ArrowUp', { altKey: true }), 'move')).toBe(true);
    expect(matchesShortcut(press('ArrowUp', { altKey: true, shiftKey: true }), 'move')).toBe(false);
    expect(matchesShortcut(press('F1'), 'shortcuts')).toBe(true);
  });

  it('is what the window and the menu use: no key written beside it in their handlers', () => {
    // The handlers that act on these keys ask the list; a key spelled out there would drift.
    const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
    const editKeys = read('renderer/src/shell/use-edit-shortcuts.ts');
    for (const id of ['undo', 'redo', 'save']) {
      expect(editKeys).toContain(`matchesShortcut(event, '${id}')`);
    }
    expect(editKeys).not.toMatch(/key === '[a-z]'/);
    expect(read('renderer/src/components/lists/MoveButtons.tsx')).toContain(
      "matchesShortcut(event, 'move')",
    );
    expect(read('electron/app-menu.ts')).not.toMatch(/'CmdOrCtrl\+/);
  });
});
