import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Exports and child processes take seconds on a loaded 2-core machine; a timeout is a guard
    // against a hang, not a speed check (speed figures live in npm run bench).
    testTimeout: 30_000,
  },
});
