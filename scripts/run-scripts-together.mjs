// Runs several npm scripts at once and fails if any fails: `npm test` starts lint, typecheck and
// build this way. Each of them is mostly one single-threaded process (eslint, prettier, tsc), so
// in a row they left one of the CI's two cores idle for about two minutes. Each script's output is
// held back and printed whole when it ends, so the lines of two tools never interleave.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('Bruk: node scripts/run-scripts-together.mjs <npm-skript> …');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(name) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npm, ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const ok = code === 0;
      process.stdout.write(Buffer.concat(output));
      console.log(
        ok
          ? `✓ npm run ${name} (${seconds} s)`
          : `✗ npm run ${name} feilet (${signal ?? `kode ${code}`}, ${seconds} s)`,
      );
      resolve(ok);
    });
  });
}

const results = await Promise.all(names.map(run));
const failed = names.filter((_, i) => !results[i]);
if (failed.length > 0) {
  console.error(`Feilet: ${failed.map((name) => `npm run ${name}`).join(', ')}`);
  process.exit(1);
}
