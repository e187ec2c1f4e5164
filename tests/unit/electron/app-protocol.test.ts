import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppFileHandler } from '../../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security-policy';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

/** dist/renderer with a few files, and a secret beside it that must stay out of reach. */
async function setup() {
  const dir = await tempDir();
  const root = join(dir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Planverksted</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export const x = 1;');
  await writeFile(join(root, 'assets', 'docx-worker-abc.js'), 'self.onmessage = () => {};');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(root, 'assets', 'font.woff2'), 'wOF2');
  await writeFile(join(root, 'assets', 'data.bin'), 'x');
  await writeFile(join(dir, 'hemmelig.txt'), 'hemmelig');
  const serve = createAppFileHandler(root);
  return (url: string, method = 'GET') => serve(new Request(url, { method }));
}

describe('the app:// file handler', () => {
  it('serves the page and its files with their MIME types', async () => {
    const get = await setup();
    const cases: [string, string][] = [
      ['index.html', 'text/html; charset=utf-8'],
      ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['assets/docx-worker-abc.js', 'text/javascript; charset=utf-8'],
      ['assets/index-abc.css', 'text/css; charset=utf-8'],
      ['assets/logo.svg', 'image/svg+xml'],
      ['assets/font.woff2', 'font/woff2'],
      ['assets/data.bin', 'application/octet-stream'],
    ];
    for (const [path, type] of cases) {
      const response = await get(`app://planverksted/${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('Content-Type'), path).toBe(type);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
    expect(await (await get('app://planverksted/assets/index-abc.js')).text()).toBe(
      'export const x = 1;',
    );
    expect(await (await get('app://planverksted/')).text()).toContain('<title>Planverksted');
  });

  it('puts the CSP header on every answer, refusals too', async () => {
    const get = await setup();
    for (const url of [
      'app://planverksted/index.html',
      'app://planverksted/finnes-ikke.js',
      'app://planverksted/..%2Fhemmelig.txt',
      'app://annen/index.html',
    ]) {
      expect((await get(url)).headers.get('Content-Security-Policy'), url).toBe(
        CONTENT_SECURITY_POLICY,
      );
    }
  });

  it('answers 404 for a file that is not there (no fallback page)', async () => {
    const get = await setup();
    expect((await get('app://planverksted/finnes-ikke.js')).status).toBe(404);
    expect((await get('app://planverksted/assets')).status).toBe(404);
  });

  it('refuses every way out of the folder', async () => {
    const get = await setup();
    for (const url of [
      'app://planverksted/..%2Fhemmelig.txt',
      'app://planverksted/assets/..%2F..%2Fhemmelig.txt',
      'app://planverksted/%2E%2E%2Fhemmelig.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain('hemmelig');
    }
    // Plain ../ segments are removed by the URL parser, so they stay inside the folder.
    const dotted = await get('app://planverksted/../../hemmelig.txt');
    expect(dotted.status).toBe(404);
    expect((await get('app://planverksted/index.html%00.js')).status).toBe(400);
    expect((await get('app://planverksted/%E0%A4%A')).status).toBe(400);
  });

  it('serves only its own host and only reads', async () => {
    const get = await setup();
    expect((await get('app://annen/index.html')).status).toBe(404);
    expect((await get('app://planverksted/index.html', 'POST')).status).toBe(405);
    const head = await get('app://planverksted/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
