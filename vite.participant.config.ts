import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The server serves the page's folder as it is, with index.html at «/» (electron/services/
// participant-files.ts); the source keeps a name of its own beside the app's index.html.
const servedAsIndex: Plugin = {
  name: 'participant-page-as-index',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const page = bundle['participant.html'];
    if (page?.type !== 'asset') return;
    delete bundle['participant.html'];
    this.emitFile({ type: 'asset', fileName: 'index.html', source: page.source });
  },
};

// The participant page (issue 18), built on its own: the workshop server on the local network
// serves exactly these files to the phones, so it carries nothing of the app. Relative asset
// paths, one CSS file (the page's CSP allows no inline style or script), no source maps.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), servedAsIndex],
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
