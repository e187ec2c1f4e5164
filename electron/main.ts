import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type IpcMainInvokeEvent,
} from 'electron';
import { join } from 'node:path';
import {
  desktopEvents,
  planApiChannels,
  type MenuCommand,
  type PlanApiMethod,
} from '#shared/ipc/channels';
import { dispatchApiCall } from './services/api-dispatch';
import { buildAppMenu } from './app-menu';
import { createPlanService, type PlanService } from './services/plan-service';
import { loadSamplePlan, loadTemplates } from './services/template-library';
import {
  APP_ORIGIN,
  APP_PAGE_URL,
  APP_SCHEME,
  appSchemePrivileges,
  createAppFileHandler,
} from './app-protocol';
import { createExternalLinkOpener } from './open-external';
import { isPlanFilePath, planFilesFromArgv } from './file-arguments';
import { PlanFileInbox } from './plan-file-inbox';

const appRoot = app.getAppPath();

// Tests (and people who keep plans elsewhere) can point the app at its own data folder.
const dataDirOverride = process.env.PLANVERKSTED_DATA_DIR;
if (dataDirOverride) app.setPath('userData', join(dataDirOverride, 'app'));
const plansDir = dataDirOverride ? join(dataDirOverride, 'planer') : null;

let mainWindow: BrowserWindow | null = null;
let planService: PlanService | null = null;
let closeConfirmed = false;
let windowUnresponsive = false;
/** Set once the services and the first window exist; files before that wait for it. */
let started = false;
const planFiles = new PlanFileInbox();

// Must happen before ready: only then can the scheme get an origin and a secure context.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

// One running app: a second start (double-click on another .bsplan) hands its files to this one.
const isFirstInstance = app.requestSingleInstanceLock();
if (!isFirstInstance) app.quit();
else {
  for (const path of planFilesFromArgv(process.argv, process.cwd())) planFiles.add(path);
}

app.on('second-instance', (_event, argv, workingDirectory) => {
  for (const path of planFilesFromArgv(argv, workingDirectory)) planFiles.add(path);
  if (started) showWindow();
});

// macOS hands over double-clicked files this way, possibly before the app is ready.
app.on('open-file', (event, path) => {
  event.preventDefault();
  if (!isPlanFilePath(path)) return;
  planFiles.add(path);
  if (started) showWindow();
});

function showWindow() {
  if (!mainWindow) return createWindow();
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** Only our own page in our own window may call the services. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  return (
    mainWindow !== null &&
    event.sender === mainWindow.webContents &&
    event.senderFrame?.url.split('#')[0] === APP_PAGE_URL
  );
}

function registerIpc() {
  const api = createPlanService({
    plansDir: plansDir ?? join(app.getPath('documents'), 'Planverksted'),
    appDataDir: app.getPath('userData'),
    templates: () => loadTemplates(join(appRoot, 'templates')),
    samplePlan: () => loadSamplePlan(join(appRoot, 'templates')),
    appVersion: app.getVersion(),
    transport: 'electron',
    workshop: {
      participantDir: join(appRoot, 'dist', 'participant'),
      facilitatorOrigins: [APP_ORIGIN],
    },
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
      async chooseFolder() {
        const result = await dialog.showOpenDialog(mainWindow!, {
          title: 'Velg mappe for skjemaene',
          defaultPath: join(app.getPath('documents'), 'Planverksted'),
          properties: ['openDirectory', 'createDirectory'],
        });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      async chooseFilesToOpen(filter) {
        const result = await dialog.showOpenDialog(mainWindow!, {
          title: 'Les inn utfylte skjema',
          properties: ['openFile', 'multiSelections'],
          filters: [filter],
        });
        return result.canceled ? null : result.filePaths;
      },
      openWithSystem: (path) => shell.openPath(path),
    },
  });
  planService = api;

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

const openExternalLink = createExternalLinkOpener({
  async ask(question, url) {
    const options = {
      type: 'question' as const,
      buttons: ['Åpne', 'Avbryt'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
      title: 'Åpne lenke',
      message: question,
      detail: url,
    };
    const answer = mainWindow
      ? await dialog.showMessageBox(mainWindow, options)
      : await dialog.showMessageBox(options);
    return answer.response === 0;
  },
  async tell(message) {
    const options = { type: 'info' as const, title: 'Lenken åpnes ikke', message };
    if (mainWindow) await dialog.showMessageBox(mainWindow, options);
    else await dialog.showMessageBox(options);
  },
  open: (url) => shell.openExternal(url),
});

function lockDownSessions() {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    // A clicked link in a plan (e.g. to Husbanken) leaves for the browser, never inside the app.
    contents.on('will-navigate', (event, url) => {
      if (url === contents.getURL()) return;
      event.preventDefault();
      void openExternalLink(url);
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      void openExternalLink(url);
      return { action: 'deny' };
    });
  });
}

function sendMenuCommand(command: MenuCommand) {
  mainWindow?.webContents.send(desktopEvents.menuCommand, command);
}

/** Lets the window open a plan the system handed over (it may only open paths handed out). */
function deliverPlanFile(path: string) {
  planService?.handOut(path);
  mainWindow?.webContents.send(desktopEvents.openPlanFile, path);
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
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
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
    // The workshop boards are the window's: with it gone, no server stays open on the network.
    void planService?.stopWorkshops();
    planFiles.disconnect();
    mainWindow = null;
    closeConfirmed = false;
  });

  // Plan files wait until the page (and with it the preload, which keeps them) has loaded.
  mainWindow.loadURL(APP_PAGE_URL).then(
    () => planFiles.connect(deliverPlanFile),
    (error: unknown) => console.error('Vinduet kunne ikke lastes:', error),
  );
}

app.whenReady().then(() => {
  if (!isFirstInstance) return;
  protocol.handle(APP_SCHEME, createAppFileHandler(join(appRoot, 'dist', 'renderer')));
  lockDownSessions();
  registerIpc();
  Menu.setApplicationMenu(
    buildAppMenu(sendMenuCommand, !app.isPackaged, {
      // The window's print stylesheet leaves out the menus and buttons.
      print: () => mainWindow?.webContents.print(),
    }),
  );
  createWindow();
  started = true;
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

// Quitting waits for every shared workshop board to stop and be written beside its draft.
let workshopsStopped = false;
app.on('before-quit', (event) => {
  if (workshopsStopped || !planService) return;
  event.preventDefault();
  void planService.stopWorkshops().finally(() => {
    workshopsStopped = true;
    app.quit();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
