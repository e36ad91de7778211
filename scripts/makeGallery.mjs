// Renders the README gallery: one small PNG per chart type from the bundled samples
// (assets/samples), through the built CLI (`node scripts/buildCli.mjs` first) — the same path
// a user's `fitplot chart` takes. Usage: node scripts/makeGallery.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = `${root}dist/cli.cjs`;
if (!existsSync(cli)) {
  console.error('makeGallery: dist/cli.cjs is missing — run `npm run build:cli` first.');
  process.exit(1);
}
const out = `${root}assets/gallery`;
mkdirSync(out, { recursive: true });

const size = ['--width', '640', '--height', '400', '--scale', '1.5'];
const samples = `${root}assets/samples`;
const charts = [
  [
    'scatter',
    'breast_cancer.csv',
    '--x',
    'mean radius',
    '--y',
    'mean texture',
    '--color',
    'diagnosis',
    '--title',
    'Breast cancer: radius vs texture',
  ],
  ['box', 'breast_cancer.csv', '--x', 'diagnosis', '--y', 'mean area', '--title', 'Mean area by diagnosis'],
  [
    'heatmap',
    'breast_cancer.csv',
    ...[
      'mean radius',
      'mean texture',
      'mean perimeter',
      'mean area',
      'mean smoothness',
      'mean compactness',
      'mean concavity',
      'mean symmetry',
    ].flatMap((c) => ['--y', c]),
  ],
  ['histogram', 'diabetes.csv', '--x', 'bmi', '--title', 'Diabetes: body-mass index'],
  ['scatter', 'diabetes.csv', '--x', 'bmi', '--y', 'target', '--trend', '--title', 'Disease progression vs BMI', '--out-name', 'trend'],
  ['bubble', 'diabetes.csv', '--x', 'bmi', '--y', 'target', '--size', 's5', '--title', 'Progression vs BMI, size = s5'],
  [
    'line',
    'plant_sensors.csv',
    '--x',
    'timestamp',
    '--y',
    'temp_inlet_c',
    '--y',
    'temp_outlet_c',
    '--title',
    'Plant sensors: inlet and outlet temperature',
  ],
  [
    'bar',
    'plant_sensors.csv',
    '--x',
    'line',
    '--y',
    'power_kw',
    '--agg',
    'mean',
    '--group',
    'status',
    '--title',
    'Mean power by line and status',
  ],
  ['pie', 'plant_sensors.csv', '--x', 'status', '--donut', '--title', 'Machine status (share of minutes)'],
  [
    'bar',
    'plant_sensors_cp949.csv',
    '--x',
    '라인',
    '--y',
    '전력',
    '--agg',
    'sum',
    '--lang',
    'ko',
    '--theme',
    'dark',
    '--horizontal',
    '--title',
    '라인별 전력 합계 (CP949 파일)',
    '--out-name',
    'korean',
  ],
];

let failed = false;
for (const [kind, file, ...rest] of charts) {
  const nameAt = rest.indexOf('--out-name');
  const name = nameAt >= 0 ? rest.splice(nameAt, 2)[1] : kind;
  const target = `${out}/${file.replace(/\.csv$/, '')}-${name}.png`;
  const run = spawnSync(process.execPath, [cli, 'chart', kind, `${samples}/${file}`, ...rest, ...size, '--out', target], {
    encoding: 'utf8',
  });
  process.stdout.write(run.stderr);
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
