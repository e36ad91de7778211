// Bundles the `fitplot` command (src/cli) into dist/cli.cjs so `npx fitplot` starts fast in a
// fresh checkout. Native packages stay external: they are resolved from node_modules at run time.
import { existsSync } from 'node:fs';

// esbuild is a devDependency: a production install (`npm ci --omit=dev` of a built copy) runs this
// `prepare` script without it, and then uses the dist/ that was built before.
let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  if (existsSync(new URL('../dist/cli.cjs', import.meta.url))) {
    console.log('build:cli: esbuild is not installed (production install); using the dist/ already built');
    process.exit(0);
  }
  console.error(
    'build:cli: esbuild is not installed and dist/cli.cjs does not exist: install the devDependencies (npm ci) to build the command',
  );
  process.exit(1);
}

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
