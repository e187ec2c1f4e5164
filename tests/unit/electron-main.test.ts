import { beforeAll, describe, expect, it, vi } from 'vitest';
import { desktopEvents, planApiChannels } from '../../shared/ipc/channels';

// The Electron binary cannot run here, so the main process is exercised against a fake
// `electron` module that records what the real one would have been asked to do.
const fake = vi.hoisted(() => {
  const appHandlers = new Map<string, (...args: unknown[]) => void>();
  const ipcHandlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const ipcListeners = new Map<string, (event: unknown) => void>();
  const windows: FakeWindow[] = [];
  class FakeWindow {
    handlers = new Map<string, (event: { preventDefault: () => void }) => void>();
    sent: unknown[][] = [];
    closed = 0;
    webContents = {
      send: (...args: unknown[]) => this.sent.push(args),
      session: { setSpellCheckerLanguages: () => undefined },
      isCrashed: () => false,
    };
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      windows.push(this);
    }
    on(name: string, handler: (event: { preventDefault: () => void }) => void) {
      this.handlers.set(name, handler);
    }
    once() {}
    loadFile() {
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    close() {
      this.closed++;
      this.handlers.get('close')?.({ preventDefault: () => undefined });
    }
    static getAllWindows() {
      return windows;
    }
  }
  const permission = {
    request: null as null | ((...a: unknown[]) => void),
    check: null as null | (() => boolean),
  };
  const opened: string[] = [];
  return { appHandlers, ipcHandlers, ipcListeners, windows, FakeWindow, permission, opened };
});

vi.mock('electron', () => ({
  app: {
    getAppPath: () => '/app',
    getPath: (name: string) => `/tmp/planverksted-fake/${name}`,
    getVersion: () => '9.9.9',
    setPath: () => undefined,
    isPackaged: true,
    requestSingleInstanceLock: () => true,
    quit: () => undefined,
    on: (name: string, handler: (...args: unknown[]) => void) =>
      fake.appHandlers.set(name, handler),
    whenReady: () => Promise.resolve(),
  },
  BrowserWindow: fake.FakeWindow,
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) =>
      fake.ipcHandlers.set(channel, handler),
    on: (channel: string, listener: (event: unknown) => void) =>
      fake.ipcListeners.set(channel, listener),
  },
  Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => undefined },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: (...a: unknown[]) => void) => (fake.permission.request = h),
      setPermissionCheckHandler: (h: () => boolean) => (fake.permission.check = h),
    },
  },
  shell: { openExternal: async (url: string) => void fake.opened.push(url) },
  dialog: {},
}));

const ownUrl = 'file:///app/dist/renderer/index.html';

beforeAll(async () => {
  await import('../../electron/main');
  await new Promise((resolve) => setTimeout(resolve, 0));
});

const window = () => fake.windows[0]!;
const eventFrom = (sender: unknown, url = ownUrl) => ({ sender, senderFrame: { url } });

describe('the Electron main process', () => {
  it('opens one window that is isolated, sandboxed and without Node', () => {
    expect(fake.windows).toHaveLength(1);
    expect(window().options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(window().options.webPreferences.preload)).toMatch(/preload\.cjs$/);
  });

  it('handles exactly the contract channels', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.values(planApiChannels).sort());
  });

  it('answers our own page and refuses any other sender', async () => {
    const handler = fake.ipcHandlers.get(planApiChannels.getAppInfo)!;
    await expect(handler(eventFrom(window().webContents), {})).resolves.toEqual({
      name: 'Planverksted',
      version: '9.9.9',
      transport: 'electron',
    });
    await expect(handler(eventFrom({}), {})).rejects.toThrow('ukjent avsender');
    await expect(
      handler(eventFrom(window().webContents, 'https://example.org/'), {}),
    ).rejects.toThrow('ukjent avsender');
  });

  it('parses every payload before a service sees it', async () => {
    const handler = fake.ipcHandlers.get(planApiChannels.openRecentPlan)!;
    await expect(handler(eventFrom(window().webContents), { path: 42 })).rejects.toThrow(
      'Ugyldig forespørsel',
    );
    const save = fake.ipcHandlers.get(planApiChannels.savePlan)!;
    await expect(
      save(eventFrom(window().webContents), {
        path: '/x.bsplan',
        plan: { schemaVersion: 1 },
        baseRevision: '',
      }),
    ).resolves.toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('denies permissions, navigation and new windows', () => {
    const answers: boolean[] = [];
    fake.permission.request!({}, 'media', (allowed: boolean) => answers.push(allowed));
    expect(answers).toEqual([false]);
    expect(fake.permission.check!()).toBe(false);

    let navigate: (event: { preventDefault: () => void }, url: string) => void = () => undefined;
    let openHandler: (details: { url: string }) => { action: string } = () => ({ action: 'allow' });
    const contents = {
      on: (name: string, h: typeof navigate) => name === 'will-navigate' && (navigate = h),
      getURL: () => ownUrl,
      setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    };
    fake.appHandlers.get('web-contents-created')!({}, contents);
    const prevented: string[] = [];
    navigate({ preventDefault: () => prevented.push('x') }, 'https://example.org/');
    expect(prevented).toEqual(['x']);
    expect(openHandler({ url: 'https://www.husbanken.no/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.opened).toEqual(['https://www.husbanken.no/']);
  });

  it('lets the window save before it closes', () => {
    let prevented = false;
    window().handlers.get('close')!({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(window().sent).toContainEqual([desktopEvents.closeRequested]);
    fake.ipcListeners.get(desktopEvents.closeReady)!({ sender: window().webContents });
    expect(window().closed).toBe(1);
  });
});
