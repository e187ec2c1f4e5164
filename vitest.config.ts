import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { IntegrationFirstSequencer } from './tests/support/integration-first-sequencer';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Exports and child processes take seconds on a loaded 2-core machine; a timeout is a guard
    // against a hang, not a speed check (speed figures live in npm run bench).
    testTimeout: 30_000,
    // The same guard for hooks: a beforeAll that imports the whole main process took over the
    // default 10 s on a loaded 2-core machine running two workers.
    hookTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: a single worker on the 2-core CI, one
    // core idle while the integration files wait for LibreOffice and child processes. Two at
    // least keep both cores busy; the main process only collects results.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: IntegrationFirstSequencer },
  },
});
