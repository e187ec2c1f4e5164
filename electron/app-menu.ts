import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '#shared/ipc/channels';
import { accelerator } from '#shared/keyboard/shortcuts';

/** What the menu does in the main process itself rather than in the window. */
export interface MenuActions {
  /** «Skriv ut …»: the system's print dialog for the page the window shows. */
  print: () => void;
}

/**
 * The application menu in bokmål. Undo, redo and save are the plan's own (the window handles
 * their keys itself), so their shortcuts are shown but not registered here. The keys come from
 * the one list of shortcuts (shared/keyboard/shortcuts.ts) that «Hurtigtaster» shows.
 */
export function buildAppMenu(
  send: (command: MenuCommand) => void,
  developer: boolean,
  actions: MenuActions,
): Menu {
  const command = (
    label: string,
    name: MenuCommand,
    accelerator?: string,
    registerAccelerator = true,
  ): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator,
    click: () => send(name),
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fil',
      submenu: [
        command('Ny plan …', 'new-plan', accelerator('new-plan')),
        command('Åpne plan …', 'open-plan', accelerator('open-plan')),
        { type: 'separator' },
        command('Lagre', 'save', accelerator('save'), false),
        command('Lagre som …', 'save-as', accelerator('save-as')),
        { type: 'separator' },
        command('Eksporter til Word eller Excel …', 'go-export', accelerator('go-export')),
        { label: 'Skriv ut …', accelerator: accelerator('print'), click: actions.print },
        { type: 'separator' },
        command('Lukk plan', 'close-plan', accelerator('close-plan')),
        { type: 'separator' },
        { role: 'quit', label: 'Avslutt' },
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        command('Angre', 'undo', accelerator('undo'), false),
        command('Gjør om', 'redo', accelerator('redo'), false),
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopier' },
        { role: 'paste', label: 'Lim inn' },
        { role: 'selectAll', label: 'Merk alt' },
      ],
    },
    {
      label: 'Vis',
      submenu: [
        { role: 'zoomIn', label: 'Større tekst' },
        { role: 'zoomOut', label: 'Mindre tekst' },
        { role: 'resetZoom', label: 'Vanlig tekststørrelse' },
        { type: 'separator' },
        command('Verksted', 'go-workshop'),
        { role: 'togglefullscreen', label: 'Fullskjerm' },
        ...(developer ? ([{ role: 'toggleDevTools', label: 'Utviklerverktøy' }] as const) : []),
      ],
    },
    {
      label: 'Hjelp',
      role: 'help',
      submenu: [
        command('Kom i gang', 'show-guide'),
        command('Hurtigtaster', 'show-shortcuts', accelerator('shortcuts')),
        { type: 'separator' },
        command('Om Planverksted', 'show-about'),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
