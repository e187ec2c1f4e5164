import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The page the headless export (npm run export) draws charts on, built on its own after the app
// (into the same dist/renderer, served by the same local server) so the app's own chunks, and
// what its start-up code loads, stay exactly as they are.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: false,
    assetsDir: 'chart-render-assets',
    target: 'chrome130',
    // Mermaid's chunks are large and only ever loaded by this page; no need to warn again.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: { input: resolve(import.meta.dirname, 'renderer/chart-render.html') },
  },
});
