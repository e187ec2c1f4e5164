import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { Duplex } from 'node:stream';

// The HTTP side of the workshop server: the participant page's files, and the plain-HTTP answers
// (refusals) before a WebSocket is opened. See docs/workshop-sync.md.

export const MAX_URL_LENGTH = 2048;

/** A file the server serves by GET: the participant page and what it loads. */
export interface WorkshopFile {
  body: Uint8Array | string;
  contentType: string;
}

// 'self' in connect-src covers ws:// to the same host and port (CSP Level 3), which is all the
// page's socket needs.
export const PARTICIPANT_PAGE_CSP =
  "default-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** A request turned away, with its status and a sentence in bokmål. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    /**
     * For a refusal the participant must read (locked, removed): the socket is opened and closed
     * at once with this code and the message, since a browser never shows a refused upgrade's
     * status or body, only «could not connect».
     */
    readonly closeCode?: number,
  ) {
    super(message);
  }
}

export const asRefusal = (error: unknown) =>
  error instanceof Refusal ? error : new Refusal(400, 'Ugyldig forespørsel.');

/** Serves exactly the listed files (after the Host check the caller made); throws a Refusal otherwise. */
export function serveFile(
  files: Record<string, WorkshopFile>,
  req: IncomingMessage,
  res: ServerResponse,
) {
  if ((req.url ?? '').length > MAX_URL_LENGTH) throw new Refusal(414, 'Adressen er for lang.');
  if (hasBody(req)) throw new Refusal(413, 'Serveren tar ikke imot innhold.');
  const file = Object.hasOwn(files, requestPath(req)) ? files[requestPath(req)] : undefined;
  if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
    throw new Refusal(404, 'Finnes ikke.');
  }
  res.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Security-Policy': PARTICIPANT_PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    // The join token is in the page's address (after #); no other site may see it.
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

// The path exactly as sent, not normalised: "/deltaker.js/.." or "%2e" are simply not listed.
function requestPath(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0] ?? '/';
}

function hasBody(req: IncomingMessage): boolean {
  return (
    Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined
  );
}

export function sendText(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  res.end(text);
}

// Before the upgrade the socket speaks plain HTTP; the refusal is an ordinary response.
export function refuseUpgrade(socket: Duplex, refusal: Refusal) {
  const body = Buffer.from(refusal.message);
  socket.end(
    `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? ''}\r\n` +
      'Connection: close\r\nContent-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${body.length}\r\n\r\n${refusal.message}`,
  );
}

export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && info.family === 'IPv4' && !info.internal)
    .map((info) => info!.address);
}

/** Whether a socket's remote address is this machine (the facilitator's window). */
export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/**
 * Listens on `port` (the one an earlier run of the workshop had, so the QR code on the wall still
 * works); when it is taken, on a port the system chooses. Resolves to the port it got.
 */
export async function listenOnPort(http: Server, host: string, port: number): Promise<number> {
  const attempt = (wanted: number) =>
    new Promise<void>((done, fail) => {
      http.once('error', fail);
      http.listen(wanted, host, () => {
        http.off('error', fail);
        done();
      });
    });
  try {
    await attempt(port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (port === 0 || (code !== 'EADDRINUSE' && code !== 'EACCES')) throw error;
    await attempt(0);
  }
  const address = http.address();
  return typeof address === 'object' && address ? address.port : 0;
}
