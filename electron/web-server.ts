import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { z } from 'zod';
import { maxRequestBodyBytes } from '#shared/ipc/contract';
import { webServerTokenMeta } from '#shared/ipc/web-server-token';
import { ApiRequestError, dispatchApiCall } from './services/api-dispatch';
import { createPlanService, type DialogPort } from './services/plan-service';
import { loadSamplePlan, loadTemplates } from './services/template-library';
import { CONTENT_SECURITY_POLICY } from './security-policy';
import { createCallerGuard, HttpRefusal } from './web-server-guard';

/**
 * The same services as the Electron main process, over HTTP on localhost, so the real renderer
 * can run in a browser for end-to-end tests and for development. Never listens beyond 127.0.0.1.
 * No rate limit: only this user's own programs can reach a loopback port, and every call needs
 * the page's per-start token.
 */
export interface WebServerOptions {
  port: number;
  dataDir: string;
  rendererDir: string;
  templatesDir: string;
  appVersion: string;
  /** Lets tests answer file dialogs through POST /__test/dialogs. */
  testHooks: boolean;
  /** Largest request body /api accepts; the default is the contract's largest request. */
  maxRequestBytes?: number;
  /** The built participant page of a workshop board; the default is dist/participant beside rendererDir. */
  participantDir?: string;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

// Exports travel as base64 and are the largest bodies; the contract says how large they may be,
// so an export the desktop app accepts is accepted here too.
const MAX_API_BODY = maxRequestBodyBytes;
const MAX_TEST_HOOK_BODY = 64 * 1024;

const dialogAnswer = z.array(z.string().min(1).nullable()).optional();
const dialogAnswersSchema = z.strictObject({
  open: dialogAnswer,
  save: dialogAnswer,
  /** Folder choices (owner forms out). */
  folder: dialogAnswer,
  /** Many-file choices (owner forms in): each answer is a list of paths, or null (cancelled). */
  openMany: z.array(z.array(z.string().min(1)).nullable()).optional(),
});

export async function startWebServer(options: WebServerOptions) {
  const facilitatorOrigins: string[] = [];
  const plansDir = join(options.dataDir, 'planer');
  const appDataDir = join(options.dataDir, 'app');
  await mkdir(plansDir, { recursive: true });
  await mkdir(appDataDir, { recursive: true });
  const maxApiBody = options.maxRequestBytes ?? MAX_API_BODY;

  // Scripted dialog answers: each call takes the next answer; none queued means "cancelled".
  const openAnswers: (string | null)[] = [];
  const saveAnswers: (string | null)[] = [];
  const folderAnswers: (string | null)[] = [];
  const openManyAnswers: (string[] | null)[] = [];
  const openedWithSystem: string[] = [];
  const dialogs: DialogPort = {
    chooseFileToOpen: async () => openAnswers.shift() ?? null,
    chooseSaveLocation: async () => saveAnswers.shift() ?? null,
    chooseFolder: async () => folderAnswers.shift() ?? null,
    chooseFilesToOpen: async () => openManyAnswers.shift() ?? null,
    // A browser cannot start desktop programs; tests read what would have been opened.
    openWithSystem: async (path) => {
      openedWithSystem.push(path);
      return '';
    },
  };
  const api = createPlanService({
    plansDir,
    appDataDir,
    dialogs,
    templates: () => loadTemplates(options.templatesDir),
    samplePlan: () => loadSamplePlan(options.templatesDir),
    appVersion: options.appVersion,
    transport: 'web',
    workshop: {
      participantDir: options.participantDir ?? join(options.rendererDir, '..', 'participant'),
      // The page's origin, known once listening (below); the board's socket admits only it.
      facilitatorOrigins,
      // The test server never leaves this machine, and neither do its boards.
      listenHost: '127.0.0.1',
      addresses: [],
    },
  });

  // The port is known once listening; no request arrives before that.
  let guard = createCallerGuard(options.port);

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpRefusal) return sendRefusal(req, res, error.status, error.message);
      if (error instanceof ApiRequestError) return sendRefusal(req, res, 400, error.message);
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, { error: 'Intern feil i den lokale serveren.' });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = parseRequestUrl(req.url);
    guard.checkHostAndOrigin(req);
    if (url.pathname.startsWith('/api/')) {
      guard.checkToken(req);
      requirePost(req);
      const body = await readJson(req, maxApiBody);
      const reply = await dispatchApiCall(api, url.pathname.slice('/api/'.length), body);
      return sendJson(res, 200, { reply });
    }
    if (url.pathname === '/__test/dialogs' && options.testHooks) {
      guard.checkToken(req);
      requirePost(req);
      const parsed = dialogAnswersSchema.safeParse(await readJson(req, MAX_TEST_HOOK_BODY));
      if (!parsed.success) throw new HttpRefusal(400, 'Ugyldige dialogsvar.');
      const body = parsed.data;
      openAnswers.splice(0, openAnswers.length, ...(body.open ?? []));
      saveAnswers.splice(0, saveAnswers.length, ...(body.save ?? []));
      folderAnswers.splice(0, folderAnswers.length, ...(body.folder ?? []));
      openManyAnswers.splice(0, openManyAnswers.length, ...(body.openMany ?? []));
      return sendJson(res, 200, { plansDir, openedWithSystem });
    }
    if (req.method !== 'GET') return sendJson(res, 405, { error: 'Ikke tillatt.' });
    return serveStatic(url.pathname, res);
  }

  async function serveStatic(pathname: string, res: ServerResponse) {
    const root = resolve(options.rendererDir);
    let file = resolve(join(root, normalize(decodePath(pathname))));
    if (file !== root && !file.startsWith(root + sep)) return sendJson(res, 404, {});
    const info = await stat(file).catch(() => null);
    if (!info || info.isDirectory()) file = join(root, 'index.html');
    const headers = {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    if (file === join(root, 'index.html')) {
      const html = await readFile(file, 'utf8').catch(() => null);
      if (html === null) return sendJson(res, 404, { error: 'Grensesnittet er ikke bygget.' });
      res.writeHead(200, headers);
      return res.end(withToken(html, guard.token));
    }
    res.writeHead(200, headers);
    // A file can vanish between stat and read (a rebuild of dist/); answer, never crash.
    createReadStream(file)
      .on('error', () => {
        if (!res.headersSent) sendJson(res, 404, {});
        else res.destroy();
      })
      .pipe(res);
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  guard = createCallerGuard(port, guard.token);
  facilitatorOrigins.push(`http://127.0.0.1:${port}`, `http://localhost:${port}`);
  return {
    url: `http://127.0.0.1:${port}`,
    plansDir,
    /** The page's key, for tests that call the server as the page would. */
    token: guard.token,
    close: async () => {
      // Like quitting the app: every shared board stops and is kept in its plan file.
      await api.stopWorkshops();
      await new Promise<void>((done) => {
        server.close(() => done());
        // A browser keeps idle connections open; they must not hold the server alive.
        server.closeAllConnections();
      });
    },
  };
}

// The token goes in a meta tag, not an inline script, so the CSP stays as strict as in Electron.
function withToken(html: string, token: string): string {
  const meta = `<meta name="${webServerTokenMeta}" content="${token}" />`;
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('index.html har ingen <head>, så siden kan ikke få nøkkelen.');
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

function parseRequestUrl(raw: string | undefined): URL {
  try {
    return new URL(raw ?? '/', 'http://127.0.0.1');
  } catch {
    throw new HttpRefusal(400, 'Ugyldig adresse.');
  }
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    throw new HttpRefusal(400, 'Ugyldig adresse: feil %-koding.');
  }
}

function requirePost(req: IncomingMessage) {
  if (req.method !== 'POST') throw new HttpRefusal(405, 'Bare POST er tillatt her.');
}

async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const text = (await readBody(req, maxBytes)).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpRefusal(400, 'Forespørselen er ikke gyldig JSON.');
  }
}

// Refuses as soon as the body is too large; what is still coming is read and dropped (see
// sendRefusal), so the client gets the answer instead of a broken connection.
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    new HttpRefusal(413, `Forespørselen er for stor (over ${formatMegabytes(maxBytes)}).`);
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.reject(tooLarge());
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > maxBytes) return;
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        fail(tooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

function formatMegabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} byte`;
}

// A refusal may come before the body is read; the rest is discarded so the client gets the answer.
function sendRefusal(req: IncomingMessage, res: ServerResponse, status: number, message: string) {
  if (res.headersSent) return res.destroy();
  if (!req.complete) req.resume();
  sendJson(res, status, { error: message });
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}
