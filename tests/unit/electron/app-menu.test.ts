import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '#shared/ipc/channels';
import { accelerator, shortcuts } from '#shared/keyboard/shortcuts';

// The menu as a template: Electron's Menu is stood in for, so the items can be read and clicked.
vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }));
const { buildAppMenu } = await import('../../../electron/app-menu');

interface Item {
  label?: string;
  accelerator?: string;
  registerAccelerator?: boolean;
  click?: () => void;
  submenu?: Item[];
}

function menus(send: (command: MenuCommand) => void, print: () => void = () => undefined): Item[] {
  return buildAppMenu(send, false, { print }) as unknown as Item[];
}

function items(send: (command: MenuCommand) => void): Item[] {
  return menus(send).flatMap((menu) => menu.submenu ?? []);
}

describe('the application menu', () => {
  it('has Eksporter (Ctrl+E) under Fil and Verksted under Vis, sending their commands', () => {
    const sent: MenuCommand[] = [];
    const all = items((command) => sent.push(command));
    const exportItem = all.find((item) => item.label?.startsWith('Eksporter'));
    const workshopItem = all.find((item) => item.label === 'Verksted');
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+E');
    exportItem?.click?.();
    workshopItem?.click?.();
    expect(sent).toEqual(['go-export', 'go-workshop']);
  });

  it('has «Skriv ut …» (Ctrl+P) under Fil, printing in the main process', () => {
    const printed: string[] = [];
    const sent: MenuCommand[] = [];
    const file = menus(
      (command) => sent.push(command),
      () => printed.push('skrevet ut'),
    ).find((menu) => menu.label === 'Fil');
    const print = file?.submenu?.find((item) => item.label === 'Skriv ut …');
    expect(print?.accelerator).toBe('CmdOrCtrl+P');
    expect(print?.registerAccelerator).not.toBe(false);
    print?.click?.();
    expect(printed).toEqual(['skrevet ut']);
    expect(sent).toEqual([]);
  });

  it('ends with a Hjelp menu: Kom i gang, Hurtigtaster (F1) and Om Planverksted', () => {
    const sent: MenuCommand[] = [];
    const help = menus((command) => sent.push(command)).at(-1);
    expect(help?.label).toBe('Hjelp');
    const entries = (help?.submenu ?? []).filter((item) => item.label);
    expect(entries.map((item) => item.label)).toEqual([
      'Kom i gang',
      'Hurtigtaster',
      'Om Planverksted',
    ]);
    expect(entries[1]?.accelerator).toBe('F1');
    for (const item of entries) item.click?.();
    expect(sent).toEqual(['show-guide', 'show-shortcuts', 'show-about']);
  });

  it('takes its keys from the shortcut list that Hurtigtaster shows', () => {
    const all = items(() => undefined);
    const keyOf = (label: string) => all.find((item) => item.label === label)?.accelerator;
    expect(keyOf('Angre')).toBe(accelerator('undo'));
    expect(keyOf('Gjør om')).toBe('CmdOrCtrl+Shift+Z');
    expect(keyOf('Lagre som …')).toBe('CmdOrCtrl+Shift+S');
    const listed = new Set(shortcuts.map((s) => accelerator(s.id)));
    for (const item of all) if (item.accelerator) expect(listed).toContain(item.accelerator);
  });

  it('uses no shortcut twice', () => {
    const accelerators = items(() => undefined)
      .map((item) => item.accelerator)
      .filter((a): a is string => Boolean(a));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
