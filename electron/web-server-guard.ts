import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { webServerTokenHeader } from '#shared/ipc/web-server-token';

/** A request the local server turns away; the message is short bokmål for whoever sent it. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Who may talk to the local server: only pages it served itself. A foreign Host header means a
 * DNS name rebound to 127.0.0.1 (another site's page); a foreign Origin means a cross-site call;
 * the token proves the caller read index.html, which no other site can.
 */
export function createCallerGuard(port: number, token = randomBytes(32).toString('base64url')) {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origins = new Set([...hosts].map((host) => `http://${host}`));
  const expected = Buffer.from(token);
  return {
    token,
    checkHostAndOrigin(req: IncomingMessage) {
      if (!hosts.has(req.headers.host ?? '')) {
        throw new HttpRefusal(421, 'Avvist: ukjent vertsnavn.');
      }
      const origin = req.headers.origin;
      if (origin !== undefined && !origins.has(origin)) {
        throw new HttpRefusal(403, 'Avvist: kallet kom fra en annen nettside.');
      }
    },
    checkToken(req: IncomingMessage) {
      const sent = Buffer.from(String(req.headers[webServerTokenHeader.toLowerCase()] ?? ''));
      // timingSafeEqual needs equal lengths; the length of a random token tells nothing.
      if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
        throw new HttpRefusal(403, 'Avvist: mangler gyldig nøkkel fra Planverksted-siden.');
      }
    },
  };
}
