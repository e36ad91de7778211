/**
 * Browser mode: the renderer served as a plain web app (`npm run web`, `npm run web:build` →
 * dist/web). Assets are relative (the same build loads from Electron's app:// origin), the
 * engine worker is an ES module, and the bundled samples are static files at samples/<name>
 * (copied by a small plugin rather than making all of assets/ public: fonts and gallery images
 * are not needed by the page); their list (id, file name, size) is compiled in.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const samplesDir = resolve(root, 'assets/samples');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
/**
 * Cross-origin isolation gives the page SharedArrayBuffer: the model view's Stop then reaches a
 * running fit at its next epoch through a shared flag (the page loads nothing from other origins).
 */
const CROSS_ORIGIN_ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
const SAMPLE_IDS = ['breast-cancer', 'diabetes', 'diabetes-scaled', 'digits', 'filip', 'plant-sensors', 'plant-sensors-cp949'];

/** Sample files are matched to ids by name: `breast_cancer.csv` and `breast-cancer.csv` both give `breast-cancer`. */
function sampleManifest(): { id: string; fileName: string; size: number }[] {
  let files: string[] = [];
  try {
    files = readdirSync(samplesDir).filter((f) => /\.(csv|tsv|txt)$/i.test(f));
  } catch {
    return [];
  }
  const idOf = (file: string) =>
    file
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[_\s.]+/g, '-');
  return SAMPLE_IDS.flatMap((id) => {
    const fileName = files.find((f) => idOf(f) === id);
    return fileName ? [{ id, fileName, size: statSync(resolve(samplesDir, fileName)).size }] : [];
  });
}

/** Serves assets/samples/* at samples/* in dev and emits them into the build. */
function samplesPlugin(): Plugin {
  const files = () => sampleManifest().map((s) => s.fileName);
  return {
    name: 'fitplot-samples',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^.*\/samples\//, ''));
        if (!req.url?.includes('/samples/') || !files().includes(name)) return next();
        res.setHeader('Content-Type', 'text/csv');
        res.end(readFileSync(resolve(samplesDir, name)));
      });
    },
    generateBundle() {
      for (const name of files())
        this.emitFile({ type: 'asset', fileName: `samples/${name}`, source: readFileSync(resolve(samplesDir, name)) });
    },
  };
}

export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  publicDir: false,
  plugins: [react(), samplesPlugin()],
  define: { __FITPLOT_SAMPLES__: JSON.stringify(sampleManifest()), __FITPLOT_VERSION__: JSON.stringify(version) },
  worker: { format: 'es' },
  build: { outDir: resolve(root, 'dist/web'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  server: { port: 5178, strictPort: false, headers: CROSS_ORIGIN_ISOLATION },
  preview: { port: 4178, strictPort: true, host: '127.0.0.1', headers: CROSS_ORIGIN_ISOLATION },
});
