import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Asset paths are relative: the same build is served from app://planverksted/ in Electron and
// from the local web server in tests.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The Word export runs in a module worker (docx-job.ts); ES format lets it share chunks.
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
  },
});
