// Type-checks each environment with its own narrowed lib/types (see tsconfig.json), so that e.g.
// engine code under src/ cannot use DOM or Node globals. Projects that have no files yet are skipped.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const solution = JSON.parse(readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8'));
let failed = false;
for (const { path } of solution.references) {
  const project = path.endsWith('.json') ? path : `${path}/tsconfig.json`;
  const listed = spawnSync('npx', ['tsc', '-p', project, '--listFilesOnly'], { encoding: 'utf8' });
  if (/TS18003/.test(listed.stdout + listed.stderr)) {
    console.log(`typecheck: ${project} has no files yet — skipped`);
    continue;
  }
  const run = spawnSync('npx', ['tsc', '-p', project], { stdio: 'inherit' });
  console.log(`typecheck: ${project} ${run.status === 0 ? 'ok' : 'FAILED'}`);
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
