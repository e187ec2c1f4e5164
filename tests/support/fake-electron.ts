/**
 * The Electron binary cannot run here, so the main process is exercised against this fake
 * `electron` module, which records what the real one would have been asked to do. Use with
 * `vi.mock('electron', () => import('../support/fake-electron'))` and read `fake`.
 */
type Handler = (...args: unknown[]) => unknown;
export type FakeEvent = { preventDefault: () => void };

let markReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => (markReady = resolve));

export const fake = {
  appHandlers: new Map<string, Handler>(),
  ipcHandlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
  ipcListeners: new Map<string, (event: unknown) => void>(),
  windows: [] as FakeWindow[],
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  permission: {
    request: null as null | Handler,
    check: null as null | (() => boolean),
  },
  opened: [] as string[],
  /** Each native message box shown, and the button the fake user presses (0 = the first). */
  messageBoxes: [] as { message: string; detail?: string; buttons?: string[] }[],
  messageBoxAnswer: 0,
  singleInstanceLockRequests: 0,
  /** The app becomes ready only when a test says so, to see what happens before. */
  makeReady() {
    markReady();
  },
};

export class FakeWindow {
  handlers = new Map<string, (event: FakeEvent) => void>();
  sent: unknown[][] = [];
  closed = 0;
  focused = 0;
  loadedUrls: string[] = [];
  webContents = {
    send: (...args: unknown[]) => this.sent.push(args),
    session: { setSpellCheckerLanguages: () => undefined },
    isCrashed: () => false,
  };
  constructor(readonly options: { webPreferences: Record<string, unknown> }) {
    fake.windows.push(this);
  }
  on(name: string, handler: (event: FakeEvent) => void) {
    this.handlers.set(name, handler);
  }
  once() {}
  loadURL(url: string) {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  loadFile(path: string) {
    this.loadedUrls.push(`file://${path}`);
    return Promise.resolve();
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {
    this.focused++;
  }
  isDestroyed() {
    return false;
  }
  close() {
    this.closed++;
    this.handlers.get('close')?.({ preventDefault: () => undefined });
  }
  static getAllWindows() {
    return fake.windows;
  }
}

export const app = {
  getAppPath: () => '/app',
  getPath: (name: string) => `/tmp/planverksted-fake/${name}`,
  getVersion: () => '9.9.9',
  setPath: () => undefined,
  isPackaged: true,
  requestSingleInstanceLock: () => {
    fake.singleInstanceLockRequests++;
    return true;
  },
  quit: () => undefined,
  on: (name: string, handler: Handler) => fake.appHandlers.set(name, handler),
  whenReady: () => ready,
};

export const BrowserWindow = FakeWindow;

export const ipcMain = {
  handle: (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) =>
    fake.ipcHandlers.set(channel, handler),
  on: (channel: string, listener: (event: unknown) => void) =>
    fake.ipcListeners.set(channel, listener),
};

export const Menu = { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => undefined };

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privilegedSchemes.push(...schemes),
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
    fake.protocolHandlers.set(scheme, handler),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (h: Handler) => (fake.permission.request = h),
    setPermissionCheckHandler: (h: () => boolean) => (fake.permission.check = h),
  },
};

export const shell = {
  openExternal: async (url: string) => void fake.opened.push(url),
  openPath: async () => '',
};

type MessageBoxOptions = { message: string; detail?: string; buttons?: string[] };
export const dialog = {
  showMessageBox: async (...args: unknown[]) => {
    fake.messageBoxes.push(args.at(-1) as MessageBoxOptions);
    return { response: fake.messageBoxAnswer, checkboxChecked: false };
  },
};
