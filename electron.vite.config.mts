// Builds the desktop app into out/: main (CommonJS, Node target), the sandboxed preload (one
// CommonJS file: a sandboxed preload cannot load ES modules or other files) and the renderer
// (renderer/index.html, the same UI as browser mode). main loads the renderer from the app://
// origin served by electron/main/appProtocol.ts, never from file:// (see README.md, "Desktop app and browser mode").
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      lib: { entry: resolve(root, 'electron/main/index.ts') },
      // Main has no runtime dependencies besides Electron and Node: bundle everything.
      externalizeDeps: false,
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      lib: { entry: resolve(root, 'electron/preload/index.ts') },
      externalizeDeps: false,
      rolldownOptions: { output: { format: 'cjs', codeSplitting: false } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    // The Electron host lists samples through main (electron/main/samples.ts), not this constant.
    define: { __FITPLOT_SAMPLES__: '[]' },
    worker: { format: 'es' },
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
      // electron-vite leaves the renderer unminified by default; minified it is half the size (3.9 → 1.9 MB).
      minify: true,
      chunkSizeWarningLimit: 2000,
    },
  },
});
