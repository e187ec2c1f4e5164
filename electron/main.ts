import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  session,
  shell,
  type IpcMainInvokeEvent,
} from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  desktopEvents,
  planApiChannels,
  type MenuCommand,
  type PlanApiMethod,
} from '../shared/ipc/channels';
import { dispatchApiCall } from './services/api-dispatch';
import { buildAppMenu } from './app-menu';
import { createPlanService } from './services/plan-service';
import { loadTemplates } from './services/template-library';

const appRoot = app.getAppPath();

// Tests (and people who keep plans elsewhere) can point the app at its own data folder.
const dataDirOverride = process.env.PLANVERKSTED_DATA_DIR;
if (dataDirOverride) app.setPath('userData', join(dataDirOverride, 'app'));
const plansDir = dataDirOverride ? join(dataDirOverride, 'planer') : null;
const rendererIndex = join(appRoot, 'dist', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;

let mainWindow: BrowserWindow | null = null;
let closeConfirmed = false;
let windowUnresponsive = false;

if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

/** Only our own page in our own window may call the services. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  return (
    mainWindow !== null &&
    event.sender === mainWindow.webContents &&
    event.senderFrame?.url.split('#')[0] === rendererUrl
  );
}

function registerIpc() {
  const api = createPlanService({
    plansDir: plansDir ?? join(app.getPath('documents'), 'Planverksted'),
    appDataDir: app.getPath('userData'),
    templates: () => loadTemplates(join(appRoot, 'templates')),
    appVersion: app.getVersion(),
    transport: 'electron',
    dialogs: {
      async chooseFileToOpen() {
        const result = await dialog.showOpenDialog(mainWindow!, {
          title: 'Åpne plan',
          properties: ['openFile'],
          filters: [{ name: 'Planverksted-plan', extensions: ['bsplan'] }],
        });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      async chooseSaveLocation(suggestedFileName, filter) {
        const result = await dialog.showSaveDialog(mainWindow!, {
          title: filter.extensions.includes('bsplan') ? 'Lagre plan som' : 'Eksporter',
          defaultPath: join(app.getPath('documents'), 'Planverksted', suggestedFileName),
          filters: [filter],
        });
        return result.canceled ? null : (result.filePath ?? null);
      },
      openWithSystem: (path) => shell.openPath(path),
    },
  });

  for (const [method, channel] of Object.entries(planApiChannels) as [PlanApiMethod, string][]) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event)) throw new Error('Avvist: ukjent avsender.');
      return dispatchApiCall(api, method, payload);
    });
  }

  ipcMain.on(desktopEvents.closeReady, (event) => {
    if (!mainWindow || event.sender !== mainWindow.webContents) return;
    closeConfirmed = true;
    mainWindow.close();
  });
}

function lockDownSessions() {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (url !== contents.getURL()) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Links in a plan (e.g. to Husbanken) open in the user's browser, never inside the app.
      if (/^https:\/\//.test(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

function sendMenuCommand(command: MenuCommand) {
  mainWindow?.webContents.send(desktopEvents.menuCommand, command);
}

function createWindow() {
  mainWindow = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 900,
    minHeight: 600,
    title: 'Planverksted',
    show: false,
    backgroundColor: '#f7f6f2',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  mainWindow.webContents.session.setSpellCheckerLanguages(['nb']);
  mainWindow.once('ready-to-show', () => mainWindow?.show());

  // Give the window the chance to save what is pending before it goes. The window decides:
  // it confirms once saved, or keeps the user in the plan when saving failed. Only a window
  // that can no longer answer (crashed or hung) is closed without asking it.
  mainWindow.on('close', (event) => {
    if (closeConfirmed || !mainWindow) return;
    const contents = mainWindow.webContents;
    if (contents.isCrashed() || windowUnresponsive) return;
    event.preventDefault();
    contents.send(desktopEvents.closeRequested);
  });
  mainWindow.on('unresponsive', () => (windowUnresponsive = true));
  mainWindow.on('responsive', () => (windowUnresponsive = false));
  mainWindow.on('closed', () => {
    mainWindow = null;
    closeConfirmed = false;
  });

  void mainWindow.loadFile(rendererIndex);
}

app.whenReady().then(() => {
  lockDownSessions();
  registerIpc();
  Menu.setApplicationMenu(buildAppMenu(sendMenuCommand, !app.isPackaged));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
