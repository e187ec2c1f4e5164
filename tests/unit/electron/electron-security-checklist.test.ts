import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { planApiChannels } from '#shared/ipc/channels';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from '../../../electron/security-policy';
import { createAppFileHandler } from '../../../electron/app-protocol';
import { fake, type FakeEvent } from '../../support/fake-electron';
import { useTempDir } from '../../support/temp-dir';
import { repoRoot } from '../../support/repo-root';

vi.mock('electron', () => import('../../support/fake-electron'));

// Electron's security checklist (electronjs.org/docs/latest/tutorial/security), one test per
// item that applies to Planverksted. The main process runs against a fake `electron`.

const tempDir = useTempDir();
const repo = repoRoot;
const ownUrl = 'app://planverksted/index.html';

beforeAll(async () => {
  await import('../../../electron/main');
  fake.makeReady();
  await new Promise((done) => setTimeout(done, 0));
});

const window = () => fake.windows[0]!;
const preferences = () => window().options.webPreferences;

/** A web contents as the app sees it when one is created, with the handlers main puts on it. */
function createdContents() {
  const on = new Map<string, (event: FakeEvent, url?: string) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, handler: (event: FakeEvent, url?: string) => void) => on.set(name, handler),
    getURL: () => ownUrl,
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  fake.appHandlers.get('web-contents-created')!({}, contents);
  const fire = (name: string, url?: string) => {
    let prevented = false;
    on.get(name)!({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { fire, open: (url: string) => openHandler!({ url }) };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('the Electron security checklist', () => {
  it('1. context isolation is on', () => {
    expect(preferences().contextIsolation).toBe(true);
  });

  it('2. the window is sandboxed', () => {
    expect(preferences().sandbox).toBe(true);
  });

  it('3. no Node in the page, its workers, frames or webviews', () => {
    expect(preferences()).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
    });
    expect(String(preferences().preload)).toMatch(/preload\.cjs$/);
  });

  it('4. web security stays on and no insecure content runs', () => {
    expect(preferences().webSecurity).toBe(true);
    expect(preferences().allowRunningInsecureContent).toBe(false);
  });

  it('5. the CSP comes as a header with every file of the window', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    const serve = createAppFileHandler(root);
    const found = await serve(new Request(ownUrl));
    expect(found.status).toBe(200);
    expect(found.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    // The handler main registered for app:// answers with the policy even when refusing.
    const missing = await fake.protocolHandlers.get('app')!(
      new Request('app://planverksted/finnes-ikke.js'),
    );
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    // Beyond 'self', only the workshop board's socket on this machine (its server admits the
    // window only with a facilitator token): no other host, no http(s), no wss to the network.
    const connect = /connect-src ([^;]*)/.exec(CONTENT_SECURITY_POLICY)?.[1];
    expect(connect).toBe("'self' ws://127.0.0.1:*");
  });

  it("6. the page's <meta> CSP is the same policy (less the header-only frame-ancestors)", () => {
    const html = readFileSync(join(repo, 'renderer', 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
    expect(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
  });

  it('7. the window is served from its own app:// scheme, not file://', () => {
    expect(window().loadedUrls).toEqual([ownUrl]);
    expect(fake.privilegedSchemes).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      },
    ]);
    expect(fake.privilegedSchemes[0]).not.toHaveProperty('privileges.bypassCSP', true);
  });

  it('8. navigation away from the page is denied', () => {
    const contents = createdContents();
    expect(contents.fire('will-navigate', 'https://example.org/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-navigate', 'app://planverksted/annen.html')).toBe(true);
    expect(contents.fire('will-navigate', ownUrl)).toBe(false);
  });

  it('9. new windows are denied', () => {
    const contents = createdContents();
    for (const url of ['https://www.husbanken.no/', 'file:///etc/passwd', ownUrl]) {
      expect(contents.open(url)).toEqual({ action: 'deny' });
    }
  });

  it('10. webviews cannot be attached', () => {
    expect(createdContents().fire('will-attach-webview')).toBe(true);
  });

  it('11. permission requests are denied', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      fake.permission.request!({}, permission, (allowed: boolean) => answers.push(allowed));
    }
    expect(answers).toEqual([false, false, false, false]);
  });

  it('12. permission checks are denied', () => {
    expect(fake.permission.check!()).toBe(false);
  });

  it('13. IPC answers only our own page in our own window', async () => {
    const handler = fake.ipcHandlers.get(planApiChannels.getAppInfo)!;
    const from = (sender: unknown, url: string) => handler({ sender, senderFrame: { url } }, {});
    await expect(from(window().webContents, ownUrl)).resolves.toMatchObject({ version: '9.9.9' });
    await expect(from({}, ownUrl)).rejects.toThrow('ukjent avsender');
    for (const url of [
      'https://example.org/',
      'file:///app/dist/renderer/index.html',
      'app://evil/index.html',
    ]) {
      await expect(from(window().webContents, url)).rejects.toThrow('ukjent avsender');
    }
  });

  it('14. links leave for the browser only as https (trusted hosts directly, others asked)', async () => {
    const contents = createdContents();
    fake.opened.length = 0;
    fake.messageBoxes.length = 0;
    contents.open('https://www.husbanken.no/startlan');
    contents.fire('will-navigate', 'javascript:alert(1)');
    contents.fire('will-navigate', 'file:///etc/passwd');
    fake.messageBoxAnswer = 1; // Avbryt
    contents.fire('will-navigate', 'https://husbanken.no.example.com/');
    await settle();
    expect(fake.opened).toEqual(['https://www.husbanken.no/startlan']);
    expect(fake.messageBoxes.map((box) => box.message)).toEqual([
      'Vil du åpne husbanken.no.example.com i nettleseren?',
    ]);
    fake.messageBoxAnswer = 0; // Åpne
    contents.open('https://www.example.org/rapport');
    await settle();
    expect(fake.opened).toEqual([
      'https://www.husbanken.no/startlan',
      'https://www.example.org/rapport',
    ]);
  });

  it('15. one running instance: the lock is taken and later starts are handed over', () => {
    expect(fake.singleInstanceLockRequests).toBe(1);
    expect(fake.appHandlers.has('second-instance')).toBe(true);
  });

  it('16. Electron is a current, supported release', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8'));
    const range = /^[\^~]?(\d+)\.(\d+)\.(\d+)$/.exec(pkg.devDependencies.electron);
    expect(range, `electron range ${pkg.devDependencies.electron}`).not.toBeNull();
    expect(Number(range![1])).toBeGreaterThanOrEqual(45);
    const pinned = String(lock.packages['node_modules/electron'].version).split('.').map(Number);
    expect(compareVersions(pinned, [45, 6, 1])).toBeGreaterThanOrEqual(0);
  });

  it("17. the packaged app's fuses are set, in electron-builder's own schema", () => {
    // Read with the YAML parser and schema electron-builder itself uses.
    const builderRequire = createRequire(
      createRequire(import.meta.url).resolve('app-builder-lib/package.json'),
    );
    const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
    const config = yaml.load(readFileSync(join(repo, 'electron-builder.yml'), 'utf8')) as {
      electronFuses?: Record<string, boolean>;
    };
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Misspelt keys would be ignored silently; electron-builder's schema knows the real ones.
    const schema = builderRequire('./scheme.json') as {
      properties: Record<string, { anyOf?: { $ref?: string }[] }>;
      definitions: Record<string, object>;
    };
    expect(schema.properties.electronFuses?.anyOf).toContainEqual({
      $ref: '#/definitions/FuseOptionsV1',
    });
    const validate = new Ajv({ strict: false, allErrors: true }).compile(
      schema.definitions.FuseOptionsV1!,
    );
    expect(validate(config.electronFuses), JSON.stringify(validate.errors)).toBe(true);
  });
});

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
