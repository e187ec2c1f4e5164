import { createServer, request as httpRequest } from 'node:http';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { maxExportDataLength, maxRequestBodyBytes, planApiContract } from '#shared/ipc/contract';
import { ApiReplyError } from '#shared/ipc/reply-check';
import { webServerTokenHeader } from '#shared/ipc/web-server-token';
import { startWebServer, type WebServerOptions } from '../../electron/web-server';
import { createHttpPlanApi } from '../../renderer/src/api/http-plan-api';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const servers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(options: Partial<WebServerOptions> = {}) {
  const root = await tempDir();
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>Planverksted</title></head></html>',
  );
  await writeFile(join(rendererDir, 'app.js'), 'console.log("Planverksted");');
  await writeFile(join(root, 'hemmelig.txt'), 'ikke for nettleseren');
  const server = await startWebServer({
    port: 0,
    dataDir: join(root, 'data'),
    rendererDir,
    templatesDir: join(import.meta.dirname, '..', '..', 'templates'),
    appVersion: '1.0.0',
    testHooks: false,
    ...options,
  });
  servers.push(server);
  return server;
}

type Server = Awaited<ReturnType<typeof start>>;

/** A POST as the served page makes it (its token), with headers changed per test. */
function post(server: Server, path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { [webServerTokenHeader]: server.token, ...headers },
    body,
  });
}

/** fetch() will not send a foreign Host header; a page on a rebound DNS name does. */
function rawRequest(
  server: Server,
  options: { method?: string; path: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = httpRequest(
      `${server.url}${options.path}`,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

describe('the local server that gives the browser the same services', () => {
  it('serves PlanApi over HTTP with the same contract', async () => {
    const server = await start();
    const api = createHttpPlanApi(server.url, server.token);
    expect((await api.getAppInfo({})).transport).toBe('web');
    const created = await api.createPlan({ templateId: 'oslo-bydel', title: 'Plan for Bydel Ås' });
    expect(created.ok && created.opened.fileName).toBe('Plan for Bydel Ås.bsplan');
    expect((await api.listRecentPlans({})).map((r) => r.title)).toEqual(['Plan for Bydel Ås']);
  });

  it('writes an export where the stand-in save dialog points, and says so in the contract', async () => {
    const server = await start({ testHooks: true });
    const target = join(server.plansDir, 'kart.mmd');
    await post(server, '/__test/dialogs', JSON.stringify({ save: [target, null] }));
    const api = createHttpPlanApi(server.url, server.token);
    const request = {
      kind: 'mmd',
      suggestedName: 'kart',
      data: 'flowchart TD\n  A --> B',
      encoding: 'utf8',
    } as const;
    expect(await api.exportFile(request)).toEqual({
      ok: true,
      path: target,
      fileName: 'kart.mmd',
    });
    expect(await readFile(target, 'utf8')).toBe('flowchart TD\n  A --> B');
    expect(await api.exportFile(request)).toEqual({ ok: false, canceled: true });
  });

  it('refuses malformed requests with a message, and unknown calls', async () => {
    const server = await start();
    const api = createHttpPlanApi(server.url, server.token);
    await expect(api.openRecentPlan({ path: 7 as unknown as string })).rejects.toThrow(
      'Ugyldig forespørsel',
    );
    const unknown = await post(server, '/api/deleteEverything', '{}');
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error).toBe('Ukjent kall: deleteEverything');
  });

  it('answers a body that is not JSON with 400 and a message, and changes nothing', async () => {
    const server = await start();
    const response = await post(server, '/api/createPlan', '{"templateId": "oslo-bydel", ');
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('Forespørselen er ikke gyldig JSON.');
    expect(await readdir(server.plansDir)).toEqual([]);
  });

  it('answers an oversize body with 413 and a message, and still serves the next call', async () => {
    const server = await start({ maxRequestBytes: 1024 });
    const title = 'Å'.repeat(2000);
    const response = await post(
      server,
      '/api/createPlan',
      JSON.stringify({ templateId: 'oslo-bydel', title }),
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error).toBe('Forespørselen er for stor (over 1024 byte).');
    // Without a length up front (streamed), it is counted as it comes.
    const body = JSON.stringify({ templateId: 'oslo-bydel', title });
    const streamed = await fetch(`${server.url}/api/createPlan`, {
      method: 'POST',
      headers: { [webServerTokenHeader]: server.token },
      body: new Blob([body]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await readdir(server.plansDir)).toEqual([]);
    const api = createHttpPlanApi(server.url, server.token);
    expect((await api.getAppInfo({})).name).toBeTruthy();
  });

  it('by default takes any export the contract takes, and answers a larger body with 413', async () => {
    // The largest export request the contract accepts fits the body limit the server uses.
    const envelope = { kind: 'docx', suggestedName: 'x'.repeat(300), data: '', encoding: 'base64' };
    expect(planApiContract.exportFile.request.safeParse(envelope).success).toBe(true);
    expect(JSON.stringify(envelope).length + maxExportDataLength).toBeLessThanOrEqual(
      maxRequestBodyBytes,
    );
    const server = await start();
    // A body announced one byte over the limit is refused before it is read; the message names
    // the limit, which is the contract's 200 MB and no longer 64 MB.
    const tooLarge = await rawRequest(server, {
      method: 'POST',
      path: '/api/exportFile',
      headers: {
        Host: new URL(server.url).host,
        [webServerTokenHeader]: server.token,
        'Content-Length': String(maxRequestBodyBytes + 1),
      },
      body: '{}',
    });
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.body).error).toBe('Forespørselen er for stor (over 200 MB).');
  });

  it('turns a reply outside the contract into a clear error in the page, not odd data', async () => {
    // Another program on the port, or a server that answers something else: 200, but no reply.
    const answers = [
      { reply: { name: 'Planverksted', version: '1.0.0', transport: 'ftp' } },
      { svar: 'hei' },
    ];
    const impostor = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(answers.shift()));
    });
    await new Promise<void>((done) => impostor.listen(0, '127.0.0.1', done));
    servers.push({ close: () => new Promise<void>((done) => impostor.close(() => done())) });
    const address = impostor.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const api = createHttpPlanApi(`http://127.0.0.1:${port}`, 'nøkkel');
    await expect(api.getAppInfo({})).rejects.toThrow(
      /^Tjenesten svarte utenfor kontrakten \(getAppInfo\): .*transport/,
    );
    await expect(api.listRecentPlans({})).rejects.toThrow(ApiReplyError);
  });

  it('answers a malformed %-escape in the address with 400', async () => {
    const server = await start();
    const response = await fetch(`${server.url}/%E0%A4%A`);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('Ugyldig adresse: feil %-koding.');
  });

  it('refuses calls from other web pages (Origin)', async () => {
    const server = await start();
    const response = await post(server, '/api/listRecentPlans', '{}', {
      Origin: 'https://ondsinnet.example',
    });
    expect(response.status).toBe(403);
    expect((await response.json()).error).toBe('Avvist: kallet kom fra en annen nettside.');
  });

  it('refuses a page on a DNS name rebound to 127.0.0.1 (Host), even with matching Origin', async () => {
    const server = await start();
    const port = new URL(server.url).port;
    const host = `ondsinnet.example:${port}`;
    const call = await rawRequest(server, {
      method: 'POST',
      path: '/api/listRecentPlans',
      headers: { Host: host, Origin: `http://${host}`, [webServerTokenHeader]: server.token },
      body: '{}',
    });
    expect(call.status).toBe(421);
    expect(JSON.parse(call.body).error).toBe('Avvist: ukjent vertsnavn.');
    // Nor may it read the page, which holds the token.
    const page = await rawRequest(server, { path: '/', headers: { Host: host } });
    expect(page.status).toBe(421);
    expect(page.body).not.toContain(server.token);
    // The real names with the real port only.
    const otherPort = await rawRequest(server, { path: '/', headers: { Host: '127.0.0.1:1' } });
    expect(otherPort.status).toBe(421);
    const localhost = await rawRequest(server, {
      path: '/',
      headers: { Host: `localhost:${port}` },
    });
    expect(localhost.status).toBe(200);
  });

  it('refuses API calls without the token the page was given, or with a wrong one', async () => {
    const server = await start();
    const missing = await fetch(`${server.url}/api/listRecentPlans`, {
      method: 'POST',
      body: '{}',
    });
    expect(missing.status).toBe(403);
    expect((await missing.json()).error).toBe(
      'Avvist: mangler gyldig nøkkel fra Planverksted-siden.',
    );
    const wrong = await post(server, '/api/listRecentPlans', '{}', {
      [webServerTokenHeader]: `${server.token.slice(0, -1)}x`,
    });
    expect(wrong.status).toBe(403);
    await expect(createHttpPlanApi(server.url, 'gjettet').listRecentPlans({})).rejects.toThrow(
      'Avvist',
    );
  });

  it('gives the page its token in a meta tag, a new one per start, and keeps the CSP', async () => {
    const first = await start();
    const second = await start();
    expect(first.token).not.toBe(second.token);
    expect(first.token.length).toBeGreaterThanOrEqual(32);
    for (const path of ['/', '/index.html', '/plan/tiltak']) {
      const page = await fetch(`${first.url}${path}`);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await page.text()).toContain(
        `<head><meta name="planverksted-token" content="${first.token}" /><title>Planverksted</title>`,
      );
    }
    // Other files need no token and get none.
    const script = await fetch(`${first.url}/app.js`);
    expect(script.status).toBe(200);
    expect(await script.text()).toBe('console.log("Planverksted");');
  });

  it('serves nothing outside its folder', async () => {
    const server = await start();
    const escape = await fetch(`${server.url}/..%2Fhemmelig.txt`);
    expect(await escape.text()).not.toContain('ikke for nettleseren');
  });

  it('offers scripted dialog answers only when test hooks are on, and only to its own page', async () => {
    const plain = await start();
    expect((await post(plain, '/__test/dialogs', '{}')).status).toBe(405);
    const hooked = await start({ testHooks: true });
    const reply = await post(hooked, '/__test/dialogs', '{"open":[null]}');
    expect((await reply.json()).plansDir).toBe(hooked.plansDir);

    const malformed = await post(hooked, '/__test/dialogs', '{"save":"/tmp/x"}');
    expect(malformed.status).toBe(400);

    const noToken = await fetch(`${hooked.url}/__test/dialogs`, { method: 'POST', body: '{}' });
    expect(noToken.status).toBe(403);
    const foreign = await post(hooked, '/__test/dialogs', '{}', {
      Origin: 'https://ondsinnet.example',
    });
    expect(foreign.status).toBe(403);
    const port = new URL(hooked.url).port;
    const rebound = await rawRequest(hooked, {
      method: 'POST',
      path: '/__test/dialogs',
      headers: { Host: `ondsinnet.example:${port}`, [webServerTokenHeader]: hooked.token },
      body: '{"save":["/tmp/angrep.txt"]}',
    });
    expect(rebound.status).toBe(421);
  });

  it('listens on 127.0.0.1 only', async () => {
    const server = await start();
    // 127.0.0.2 is loopback too on Linux: a server bound to every address would answer there.
    const elsewhere = server.url.replace('127.0.0.1', '127.0.0.2');
    await expect(fetch(elsewhere)).rejects.toThrow();
  });
});
