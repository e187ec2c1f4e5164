import { fileURLToPath } from 'node:url';

/** The repository's root folder, however deep the test that asks sits. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
