import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The participant page (issue 18), built on its own: the workshop server on the local network
// serves exactly these files to the phones, so it carries nothing of the app. Relative asset
// paths, one CSS file (the page's CSP allows no inline style or script), no source maps.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/participant',
    emptyOutDir: true,
    target: ['chrome100', 'safari15', 'firefox100'],
    sourcemap: false,
    // One chunk, nothing to preload: no preload polyfill in the bundle.
    modulePreload: false,
    assetsInlineLimit: 0,
    rolldownOptions: { input: resolve(import.meta.dirname, 'renderer/participant.html') },
  },
});
