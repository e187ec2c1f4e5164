import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';

/**
 * Bundles plan-save-child.ts (or another child script here) into one .mjs in `folder`, so each
 * child starts in node quickly.
 */
export async function buildSaveChild(
  folder: string,
  script = 'plan-save-child.ts',
): Promise<string> {
  const outfile = join(folder, script.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(import.meta.dirname, script)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

export interface SaveChild {
  process: ChildProcessWithoutNullStreams;
  /** The next line the child writes (after 'ready': one per save reply). */
  nextLine(): Promise<string>;
}

export function startSaveChild(script: string, args: string[]): SaveChild {
  const child = spawn(process.execPath, [script, ...args], { stdio: 'pipe' });
  const waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  const lines: string[] = [];
  let stderr = '';
  let ended: Error | null = null;
  child.stderr.on('data', (chunk) => (stderr += chunk));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const next = waiting.shift();
    if (next) next.resolve(line);
    else lines.push(line);
  });
  child.once('close', (code, signal) => {
    ended = new Error(`barneprosessen stoppet (${code ?? signal}): ${stderr}`);
    for (const next of waiting.splice(0)) next.reject(ended);
  });
  return {
    process: child,
    nextLine: () => {
      if (lines.length > 0) return Promise.resolve(lines.shift()!);
      if (ended) return Promise.reject(ended);
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
  };
}
