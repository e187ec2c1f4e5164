import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './tests/e2e/support/chromium';

// The real renderer runs in Debian's Chromium against the local server, which uses the same
// services as the Electron main process. `npm test` builds dist/ before this runs.
// A port per run, so several runs (or a developer's own server) never collide. Workers inherit
// the chosen port through the environment.
process.env.PLAYWRIGHT_PORT ??= String(5200 + Math.floor(Math.random() * 2000));
const port = Number(process.env.PLAYWRIGHT_PORT);

export default defineConfig({
  // `npm run screenshots` points this at tests/screens instead.
  testDir: process.env.PLAYWRIGHT_TEST_DIR ?? 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nb-NO',
    viewport: { width: 1360, height: 880 },
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node dist/electron/web-server.mjs --port ${port} --test-hooks`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
