import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startWebServer } from './web-server';

// Started by `npm run dev:web` and by the Playwright tests; the bundle lives in dist/electron/.
const root = resolve(__dirname, '..', '..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5178' },
    'data-dir': { type: 'string' },
    'test-hooks': { type: 'boolean', default: false },
  },
});

const dataDir = values['data-dir']
  ? resolve(values['data-dir'])
  : await mkdtemp(join(tmpdir(), 'planverksted-'));

const server = await startWebServer({
  port: Number(values.port),
  dataDir,
  rendererDir: join(root, 'dist', 'renderer'),
  templatesDir: join(root, 'templates'),
  appVersion: process.env.npm_package_version ?? '0.0.0',
  testHooks: values['test-hooks'],
});
console.log(`Planverksted kjører på ${server.url} (data i ${dataDir})`);
