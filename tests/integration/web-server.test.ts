import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer } from '../../electron/web-server';
import { createHttpPlanApi } from '../../renderer/src/api/http-plan-api';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const servers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(testHooks = false) {
  const root = await tempDir();
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Planverksted</title>');
  await writeFile(join(root, 'hemmelig.txt'), 'ikke for nettleseren');
  const server = await startWebServer({
    port: 0,
    dataDir: join(root, 'data'),
    rendererDir,
    templatesDir: join(import.meta.dirname, '..', '..', 'templates'),
    appVersion: '1.0.0',
    testHooks,
  });
  servers.push(server);
  return server;
}

describe('the local server that gives the browser the same services', () => {
  it('serves PlanApi over HTTP with the same contract', async () => {
    const server = await start();
    const api = createHttpPlanApi(server.url);
    expect((await api.getAppInfo({})).transport).toBe('web');
    const created = await api.createPlan({ templateId: 'oslo-bydel', title: 'Plan for Bydel Ås' });
    expect(created.ok && created.opened.fileName).toBe('Plan for Bydel Ås.bsplan');
    expect((await api.listRecentPlans({})).map((r) => r.title)).toEqual(['Plan for Bydel Ås']);
  });

  it('refuses malformed requests with a message, and unknown calls', async () => {
    const server = await start();
    const api = createHttpPlanApi(server.url);
    await expect(api.openRecentPlan({ path: 7 as unknown as string })).rejects.toThrow(
      'Ugyldig forespørsel',
    );
    const response = await fetch(`${server.url}/api/deleteEverything`, {
      method: 'POST',
      body: '{}',
    });
    expect(response.status).toBe(400);
  });

  it('refuses calls from other web pages', async () => {
    const server = await start();
    const response = await fetch(`${server.url}/api/listRecentPlans`, {
      method: 'POST',
      headers: { Origin: 'https://ondsinnet.example' },
      body: '{}',
    });
    expect(response.status).toBe(403);
  });

  it('serves the app with a strict CSP and nothing outside its folder', async () => {
    const server = await start();
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Planverksted</title>');
    const escape = await fetch(`${server.url}/..%2Fhemmelig.txt`);
    expect(await escape.text()).not.toContain('ikke for nettleseren');
  });

  it('offers scripted dialog answers only when test hooks are on', async () => {
    const plain = await start(false);
    expect(
      (await fetch(`${plain.url}/__test/dialogs`, { method: 'POST', body: '{}' })).status,
    ).toBe(405);
    const hooked = await start(true);
    const reply = await fetch(`${hooked.url}/__test/dialogs`, {
      method: 'POST',
      body: '{"open":[null]}',
    });
    expect((await reply.json()).plansDir).toBe(hooked.plansDir);
  });
});
