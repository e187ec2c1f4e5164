import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { contentTypeOf } from './content-types';
import { CONTENT_SECURITY_POLICY } from './security-policy';

/**
 * The window is loaded from app://planverksted/ instead of file://, so it has a real origin of
 * its own: the CSP's 'self', the IPC sender check and fetch all mean exactly the app's files.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'planverksted';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before the app is ready. Standard and secure give the page an origin and a secure
 * context (module workers, fetch of its own files, storage). corsEnabled stays off: every request
 * is same-origin, and no other origin should be able to read the app's files.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const headersFor = (contentType: string) => ({
  'Content-Type': contentType,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
});

const refusal = (status: number, text: string) =>
  new Response(text, { status, headers: headersFor('text/plain; charset=utf-8') });

/** Serves files under rootDir, and nothing else, to `protocol.handle(APP_SCHEME, …)`. */
export function createAppFileHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refusal(405, 'Ikke tillatt.');
    }
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return refusal(404, 'Finnes ikke.');
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname);
    } catch {
      return refusal(400, 'Ugyldig adresse.');
    }
    if (relative.includes('\0')) return refusal(400, 'Ugyldig adresse.');
    if (relative.endsWith('/')) relative += 'index.html';
    // The URL parser removes plain ../ segments; encoded ones (%2F, backslashes) end up here.
    const file = resolve(root, `.${relative}`);
    if (!file.startsWith(root + sep)) return refusal(403, 'Avvist.');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return refusal(404, 'Finnes ikke.');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: headersFor(contentTypeOf(file)),
    });
  };
}
