// Regenerates assets/samples/plant_sensors.csv and plant_sensors_cp949.csv with the same seeded
// generator the benchmark uses (`fitplot generate sensors`, src/cli/generate/sensorCsv.ts), so the
// samples are byte-for-byte reproducible:  node scripts/samples/make-sensor-samples.mjs
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (args) => {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(['scripts/buildCli.mjs']);
// 5,000 one-minute rows (about 3½ days, with a few logging gaps) × 20 sensors; ~0.2 % empty cells.
const common = ['--seed', '20250303', '--columns', '23', '--missing', '0.002'];
run(['dist/cli.cjs', 'generate', 'sensors', '--rows', '5000', ...common, '--out', 'assets/samples/plant_sensors.csv']);
// The first 2,000 of the same rows with Korean names and labels, in CP949 (as Korean Excel saves CSV).
run([
  'dist/cli.cjs',
  'generate',
  'sensors',
  '--rows',
  '2000',
  ...common,
  '--encoding',
  'cp949',
  '--out',
  'assets/samples/plant_sensors_cp949.csv',
]);
