import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { webServerTokenHeader, webServerTokenMeta } from '#shared/ipc/web-server-token';

// The benchmark's own copy of the local web server, and calls to its API.

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The same local server the end-to-end tests use, on its own port. */
export function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  // Not a first start: the «Kom i gang» guide would open over the plan being timed.
  mkdirSync(join(dataDir, 'app'), { recursive: true });
  writeFileSync(join(dataDir, 'app', 'settings.json'), JSON.stringify({ firstRunGuideSeen: true }));
  const child = spawn(
    process.execPath,
    ['dist/electron/web-server.mjs', '--port', String(port), '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`Serveren startet ikke:\n${output}`));
    }, 15_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('kjører på')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Serveren stoppet (kode ${code}):\n${output}`));
    });
  });
}

// The server only answers callers that hold the key it put into index.html; read it as the page does.
const tokens = new Map<string, Promise<string>>();
function pageToken(base: string): Promise<string> {
  let token = tokens.get(base);
  if (!token) {
    const meta = new RegExp(`<meta name="${webServerTokenMeta}" content="([^"]+)"`);
    token = fetch(`${base}/`)
      .then((response) => response.text())
      .then((html) => meta.exec(html)?.[1] ?? '');
    tokens.set(base, token);
  }
  return token;
}

export async function call<T>(base: string, method: string, request: unknown): Promise<T> {
  const response = await fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [webServerTokenHeader]: await pageToken(base) },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { reply?: T; error?: string };
  if (!response.ok) throw new Error(`${method}: ${body.error ?? response.status}`);
  return body.reply as T;
}
