import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startWebServer } from '../../../electron/web-server';
import { webServerTokenHeader } from '#shared/ipc/web-server-token';
import { applyCpuThrottle } from './cpu-throttle';

const root = join(import.meta.dirname, '..', '..', '..');

export interface WorkerServer {
  url: string;
  /** The key the server gives its page; the test's own calls (answerDialogs) send it too. */
  token: string;
  plansDir: string;
}

/**
 * One local server per Playwright worker, with its own data folder and its own stand-in dialog
 * answers, so workers never take each other's answers. The page finds the token in index.html
 * as in real use; only the test's `request` is given it up front.
 */
export const test = base.extend<
  { cpuThrottle: number },
  { server: WorkerServer; firstRun: boolean }
>({
  cpuThrottle: [applyCpuThrottle, { auto: true }],
  /**
   * A first start of the app: the «Kom i gang» guide has not been shown. Off by default, so the
   * guide does not open over the first plan of every worker; `test.use({ firstRun: true })`.
   */
  firstRun: [false, { scope: 'worker', option: true }],
  server: [
    async ({ firstRun }, use, workerInfo) => {
      const rendererDir = join(root, 'dist', 'renderer');
      if (!existsSync(join(rendererDir, 'index.html'))) {
        throw new Error('Grensesnittet er ikke bygget: kjør «npm run build» før e2e-testene.');
      }
      const dataDir = await mkdtemp(join(tmpdir(), `planverksted-e2e-${workerInfo.workerIndex}-`));
      if (!firstRun) {
        // The app's data folder as after a first start (electron/services/app-settings.ts).
        await mkdir(join(dataDir, 'app'), { recursive: true });
        await writeFile(
          join(dataDir, 'app', 'settings.json'),
          JSON.stringify({ firstRunGuideSeen: true }),
        );
      }
      const server = await startWebServer({
        port: 0,
        dataDir,
        rendererDir,
        templatesDir: join(root, 'templates'),
        appVersion: packageVersion(),
        testHooks: true,
      });
      await use({ url: server.url, token: server.token, plansDir: server.plansDir });
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server.url),
  request: async ({ playwright, server }, use) => {
    const request = await playwright.request.newContext({
      baseURL: server.url,
      extraHTTPHeaders: { [webServerTokenHeader]: server.token },
    });
    await use(request);
    await request.dispose();
  },
});

export { expect };
// Specs take everything from here, so none can reach the shared default `test` by mistake.
export type { APIRequestContext, Locator, Page } from '@playwright/test';

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
    .version;
}
