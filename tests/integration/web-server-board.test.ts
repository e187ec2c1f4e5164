import { createConnection } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import type { WorkshopSharing } from '#shared/ipc/contract';
import { webServerTokenHeader } from '#shared/ipc/web-server-token';
import { startWebServer } from '../../electron/web-server';
import { chromiumExecutable } from '../e2e/support/chromium';
import { repoRoot } from '../support/repo-root';
import { useTempDir } from '../support/temp-dir';
import { testWorkshop, writeParticipantPage } from '../support/workshop-host-fixtures';

// The test web server as the e2e tests use it: the real renderer (npm run build) in Chromium, a
// board shared through the API, and the window's own socket to it, under the window's CSP.

const tempDir = useTempDir();
let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumExecutable() });
}, 60_000);
afterAll(() => browser?.close());

describe('a workshop board shared from the test web server', () => {
  it('lets the window’s page open its facilitator socket, and stops the board when the server closes', async () => {
    const root = await tempDir();
    const participantDir = join(root, 'participant');
    await writeParticipantPage(participantDir);
    const server = await startWebServer({
      port: 0,
      dataDir: root,
      rendererDir: join(repoRoot, 'dist', 'renderer'),
      templatesDir: join(repoRoot, 'templates'),
      appVersion: '0.0.0',
      testHooks: false,
      participantDir,
    });
    let boardPort = 0;
    const call = async (method: string, body: unknown) => {
      const response = await fetch(`${server.url}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [webServerTokenHeader]: server.token },
        body: JSON.stringify(body),
      });
      return ((await response.json()) as { reply: unknown }).reply;
    };
    try {
      const templates = (await call('listTemplates', {})) as { id: string }[];
      const created = (await call('createPlan', {
        templateId: templates[0]!.id,
        title: 'Verkstedplan',
      })) as { ok: true; opened: { path: string } };
      const started = (await call('startWorkshopSharing', {
        path: created.opened.path,
        workshop: testWorkshop,
        focusAreas: [],
      })) as { ok: true; sharing: WorkshopSharing };
      expect(started.ok).toBe(true);

      const page = await browser.newPage();
      await page.goto(server.url);
      const opens = (url: string) =>
        page.evaluate(
          (target) =>
            new Promise<string>((done) => {
              const ws = new WebSocket(target);
              ws.onopen = () => {
                ws.close();
                done('åpen');
              };
              ws.onerror = () => done('feil');
            }),
          url,
        );
      expect(await opens(started.sharing.facilitatorUrl)).toBe('åpen');
      // Without the token the board's server turns the page away.
      boardPort = Number(new URL(started.sharing.facilitatorUrl).port);
      expect(await opens(`ws://127.0.0.1:${boardPort}/verksted?facilitator=gjettet`)).toBe('feil');
    } finally {
      await server.close();
    }
    const boardClosed = await new Promise<boolean>((done) => {
      const socket = createConnection({ port: boardPort, host: '127.0.0.1' });
      socket.once('connect', () => {
        socket.destroy();
        done(false);
      });
      socket.once('error', () => done(true));
    });
    expect(boardClosed).toBe(true);
  }, 60_000);
});
