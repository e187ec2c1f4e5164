// `npm run export -- plan.bsplan ut.docx`: builds first if dist/ lacks the command or its chart
// page, then runs the bundled command with the same arguments.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'electron', 'export-cli.mjs');
const chartPage = join(root, 'dist', 'renderer', 'chart-render.html');

if (!existsSync(cli) || !existsSync(chartPage)) {
  console.error('Bygger Planverksted først (npm run build) …');
  // The build's output goes to stderr, so stdout carries only the command's own report.
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
    shell: process.platform === 'win32',
  });
  if (built.status !== 0) {
    console.error('Byggingen mislyktes, så ingenting er eksportert.');
    process.exit(1);
  }
}
await import(pathToFileURL(cli).href);
