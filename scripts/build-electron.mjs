// Bundles the main process, the preload and the local web server into CommonJS files in
// dist/electron. The preload must be a single CommonJS file because the window is sandboxed.
// Each file is written beside its target and renamed into place: a test that starts the local
// server while another test rebuilds (the README script test) never reads half a file.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { build as esbuild } from 'esbuild';

async function build(options) {
  const result = await esbuild({ ...options, write: false });
  await Promise.all(
    result.outputFiles.map(async (file) => {
      await mkdir(dirname(file.path), { recursive: true });
      const temporary = `${file.path}.${process.pid}.tmp`;
      await writeFile(temporary, file.contents);
      await rename(temporary, file.path);
    }),
  );
  return result;
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // ESM-only dependencies use import.meta.url; give CommonJS an equivalent.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.cjs',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: ['electron/web-server-cli.ts'],
    outfile: 'dist/electron/web-server.mjs',
    format: 'esm',
    banner: {
      js: "import { createRequire } from 'node:module'; import { fileURLToPath as __f } from 'node:url'; import { dirname as __d } from 'node:path'; const require = createRequire(import.meta.url); const __filename = __f(import.meta.url); const __dirname = __d(__filename);",
    },
    define: {},
  }),
  // The headless export (npm run export). Playwright stays outside the bundle: it is only
  // loaded when a chart is drawn, from node_modules.
  build({
    ...common,
    entryPoints: ['electron/cli/export-cli.ts'],
    outfile: 'dist/electron/export-cli.mjs',
    format: 'esm',
    external: ['playwright-core'],
    // Aliased: a bundled dependency imports createRequire under its own name.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __f } from 'node:url'; import { dirname as __d } from 'node:path'; const require = __cr(import.meta.url); const __filename = __f(import.meta.url); const __dirname = __d(__filename);",
    },
    define: {},
  }),
]);
