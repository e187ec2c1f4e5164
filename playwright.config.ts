import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './tests/e2e/support/chromium';

// The real renderer runs in Debian's Chromium against the local server, which uses the same
// services as the Electron main process. `npm test` builds dist/ before this runs. Each worker
// starts its own server, data folder and dialog answers (tests/e2e/support/worker-server.ts), and
// every test makes its own plan, so tests run side by side, not only files; two at most, as the
// machines are small.
export default defineConfig({
  // `npm run screenshots` points this at tests/screens instead.
  testDir: process.env.PLAYWRIGHT_TEST_DIR ?? 'tests/e2e',
  // Guards against a hang, not speed checks: a loaded 2-core machine with two workers takes about
  // twice as long per test as an idle one.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  workers: Math.min(2, availableParallelism()),
  // Tests, not whole files, are shared out between the workers, so the run does not end with
  // one worker finishing a long file while the other has nothing left to do.
  fullyParallel: true,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    locale: 'nb-NO',
    viewport: { width: 1360, height: 880 },
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
    // No trace by default: recording one (a DOM snapshot at every step) made each test about a
    // quarter slower, passing or not. To see a failure step by step, run the spec again with
    // `npx playwright test <spec> --trace retain-on-failure`; a failing test keeps its screenshot.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
