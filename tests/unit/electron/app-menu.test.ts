import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '#shared/ipc/channels';

// The menu as a template: Electron's Menu is stood in for, so the items can be read and clicked.
vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }));
const { buildAppMenu } = await import('../../../electron/app-menu');

interface Item {
  label?: string;
  accelerator?: string;
  click?: () => void;
  submenu?: Item[];
}

function items(send: (command: MenuCommand) => void): Item[] {
  const menus = buildAppMenu(send, false) as unknown as Item[];
  return menus.flatMap((menu) => menu.submenu ?? []);
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

  it('uses no shortcut twice', () => {
    const accelerators = items(() => undefined)
      .map((item) => item.accelerator)
      .filter((a): a is string => Boolean(a));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
