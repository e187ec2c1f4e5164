import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

export interface ChildWebServer {
  url: string;
  /** The app's services die at once, as when the app crashes or the machine loses power. */
  kill(): Promise<void>;
}

/**
 * The local web server in a process of its own (dist/electron/web-server.mjs), for a test that
 * must kill the app's services mid-workshop and start them again on the same data folder. The
 * worker's own server runs inside the Playwright worker and cannot be killed.
 */
export async function startChildWebServer(dataDir: string): Promise<ChildWebServer> {
  await mkdir(join(dataDir, 'app'), { recursive: true });
  await writeFile(
    join(dataDir, 'app', 'settings.json'),
    JSON.stringify({ firstRunGuideSeen: true, userName: 'Testfasilitator' }),
  );
  const child = spawn(
    process.execPath,
    [join(root, 'dist', 'electron', 'web-server.mjs'), '--port', '0', '--data-dir', dataDir],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const fail = (why: string) => reject(new Error(`${why}\n${out}`));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /kjører på (http:\/\/\S+)/.exec(out);
      if (found) resolve(found[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => fail(`Tjeneren stoppet (kode ${code}) før den svarte.`));
  });
  return { url, kill: () => killNow(child) };
}

async function killNow(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGKILL');
  await exited;
}
