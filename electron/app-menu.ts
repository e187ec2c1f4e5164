import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '#shared/ipc/channels';

/**
 * The application menu in bokmål. Undo, redo and save are the plan's own (the window handles
 * their keys itself), so their shortcuts are shown but not registered here.
 */
export function buildAppMenu(send: (command: MenuCommand) => void, developer: boolean): Menu {
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
        command('Ny plan …', 'new-plan', 'CmdOrCtrl+N'),
        command('Åpne plan …', 'open-plan', 'CmdOrCtrl+O'),
        { type: 'separator' },
        command('Lagre', 'save', 'CmdOrCtrl+S', false),
        command('Lagre som …', 'save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        command('Eksporter til Word eller Excel …', 'go-export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        command('Lukk plan', 'close-plan', 'CmdOrCtrl+W'),
        { type: 'separator' },
        { role: 'quit', label: 'Avslutt' },
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        command('Angre', 'undo', 'CmdOrCtrl+Z', false),
        command('Gjør om', 'redo', 'CmdOrCtrl+Shift+Z', false),
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
  ];
  return Menu.buildFromTemplate(template);
}
