import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { ApiRequestError, dispatchApiCall } from './services/api-dispatch';
import { createPlanService, type DialogPort } from './services/plan-service';
import { loadTemplates } from './services/template-library';
import { CONTENT_SECURITY_POLICY } from './security-policy';

/**
 * The same services as the Electron main process, over HTTP on localhost, so the real renderer
 * can run in a browser for end-to-end tests and for development. Never listens beyond 127.0.0.1.
 */
export interface WebServerOptions {
  port: number;
  dataDir: string;
  rendererDir: string;
  templatesDir: string;
  appVersion: string;
  /** Lets tests answer file dialogs through POST /__test/dialogs. */
  testHooks: boolean;
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

const MAX_BODY = 50 * 1024 * 1024;

export async function startWebServer(options: WebServerOptions) {
  const plansDir = join(options.dataDir, 'planer');
  const appDataDir = join(options.dataDir, 'app');
  await mkdir(plansDir, { recursive: true });
  await mkdir(appDataDir, { recursive: true });

  // Scripted dialog answers: each call takes the next answer; none queued means "cancelled".
  const openAnswers: (string | null)[] = [];
  const saveAnswers: (string | null)[] = [];
  const openedWithSystem: string[] = [];
  const dialogs: DialogPort = {
    chooseFileToOpen: async () => openAnswers.shift() ?? null,
    chooseSaveLocation: async () => saveAnswers.shift() ?? null,
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
    appVersion: options.appVersion,
    transport: 'web',
  });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, { error: 'Intern feil i testserveren.' });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST' || !sameOrigin(req))
        return sendJson(res, 403, { error: 'Avvist.' });
      const body = await readJson(req);
      try {
        const reply = await dispatchApiCall(api, url.pathname.slice('/api/'.length), body);
        return sendJson(res, 200, { reply });
      } catch (error) {
        if (error instanceof ApiRequestError) return sendJson(res, 400, { error: error.message });
        throw error;
      }
    }
    if (url.pathname === '/__test/dialogs' && options.testHooks && req.method === 'POST') {
      const body = (await readJson(req)) as { open?: (string | null)[]; save?: (string | null)[] };
      openAnswers.splice(0, openAnswers.length, ...(body.open ?? []));
      saveAnswers.splice(0, saveAnswers.length, ...(body.save ?? []));
      return sendJson(res, 200, { plansDir, openedWithSystem });
    }
    if (req.method !== 'GET') return sendJson(res, 405, { error: 'Ikke tillatt.' });
    return serveStatic(url.pathname, res);
  }

  async function serveStatic(pathname: string, res: ServerResponse) {
    const root = resolve(options.rendererDir);
    let file = resolve(join(root, normalize(decodeURIComponent(pathname))));
    if (file !== root && !file.startsWith(root + sep)) return sendJson(res, 404, {});
    const info = await stat(file).catch(() => null);
    if (!info || info.isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    // A file can vanish between stat and read (a rebuild of dist/); answer, never crash.
    createReadStream(file)
      .on('error', () => {
        if (!res.headersSent) sendJson(res, 404, {});
        else res.destroy();
      })
      .pipe(res);
  }

  await new Promise<void>((done) => server.listen(options.port, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}`,
    plansDir,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

// Browsers send Origin on cross-site POSTs: a page elsewhere must not drive the local services.
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  return !origin || origin === `http://${req.headers.host}`;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new ApiRequestError('Forespørselen er for stor.');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiRequestError('Forespørselen er ikke gyldig JSON.');
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}
