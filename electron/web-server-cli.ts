import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startWebServer } from './web-server';

// Started by `npm run dev:web`; the bundle lives in dist/electron/. The end-to-end tests start
// startWebServer themselves, one server per Playwright worker.
const root = resolve(__dirname, '..', '..');
const rendererDir = join(root, 'dist', 'renderer');

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '5178' },
      'data-dir': { type: 'string' },
      // npm run dev:web: plans are kept in .tmp/dev-data, so they are still there after a restart.
      dev: { type: 'boolean', default: false },
      'test-hooks': { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\nBruk: [--port 5178] [--data-dir mappe] [--dev]`);
  process.exit(2);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Ugyldig port: ${values.port}`);
  process.exit(2);
}
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('Grensesnittet er ikke bygget ennå: kjør «npm run build» først.');
  process.exit(1);
}

const dataDir = values['data-dir']
  ? resolve(values['data-dir'])
  : values.dev
    ? join(root, '.tmp', 'dev-data')
    : await mkdtemp(join(tmpdir(), 'planverksted-'));

const server = await startWebServer({
  port,
  dataDir,
  rendererDir,
  templatesDir: join(root, 'templates'),
  appVersion: process.env.npm_package_version ?? '0.0.0',
  testHooks: values['test-hooks'],
}).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} er allerede i bruk. Velg en annen med --port.`);
  process.exit(1);
});
console.log(`Planverksted kjører på ${server.url} (data i ${dataDir})`);
