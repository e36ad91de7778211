// Bundles the `fitplot` command (src/cli) into dist/cli.cjs so `npx fitplot` starts fast in a
// fresh checkout. Native packages stay external: they are resolved from node_modules at run time.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../src/cli/main.ts', import.meta.url))) {
  console.log('build:cli: src/cli/main.ts not present yet — nothing to build');
  process.exit(0);
}
// The Node worker entry (worker_threads) is bundled beside the CLI when it exists.
const entryPoints = { cli: 'src/cli/main.ts' };
if (existsSync(new URL('../src/worker/nodeWorker.ts', import.meta.url))) entryPoints.nodeWorker = 'src/worker/nodeWorker.ts';
await build({
  entryPoints,
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['@resvg/resvg-js'],
  logLevel: 'warning',
});
