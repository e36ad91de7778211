/**
 * `fitplot fit` / `fitplot predict` in-process (runCli with an explicit registry): exit codes,
 * JSON shape and numbers (diabetes OLS as statsmodels, see tests/golden/models), the model file
 * round trip, atomic output that leaves the input untouched, and clear errors.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync, existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import type { CliIO } from '../../../src/cli/command';
import { fitCommand } from '../../../src/cli/commands/fit';
import { predictCommand } from '../../../src/cli/commands/predict';
import { expectClose } from '../../helpers/expectClose';

const samples = resolve(__dirname, '../../../assets/samples');
const golden = JSON.parse(readFileSync(resolve(__dirname, '../../golden/models/fixtures/diabetes.json'), 'utf8')) as {
  ols: { params: number[]; rsquared: number; bse: number[] };
};

async function run(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), stderrIsTTY: false, cwd };
  const code = await runCli(args, io, [fitCommand, predictCommand]);
  return { code, out, err };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'fitplot-fit-'));
}

describe('fitplot fit linear', () => {
  it('OLS on diabetes.csv fitted on all rows reproduces statsmodels in the JSON report', async () => {
    const r = await run(['fit', 'linear', join(samples, 'diabetes.csv'), '--target', 'target', '--validation', '0', '--json'], tempDir());
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.model).toBe('linear');
    expect(j.features).toEqual(['age', 'sex', 'bmi', 'bp', 's1', 's2', 's3', 's4', 's5', 's6']);
    expectClose([j.intercept, ...Object.values(j.coefficients as Record<string, number>)], golden.ols.params, { rtol: 1e-6 });
    expectClose(j.inference.r2, golden.ols.rsquared, { rtol: 1e-6 });
    expectClose(j.inference.coefficients.bmi.standardError, golden.ols.bse[3]!, { rtol: 1e-6 });
    expect(j.split).toMatchObject({ kind: 'none', trainRows: 442, validationRows: 0 });
    expect(j.diagnosis.verdict).toBe('unknown');
  });

  it('gradient descent with scaling reports curves, original-unit coefficients and a diagnosis', async () => {
    const r = await run(
      [
        'fit',
        'linear',
        join(samples, 'diabetes.csv'),
        '--target',
        'target',
        '--method',
        'gd',
        '--scale',
        'standard',
        '--lr',
        '0.1',
        '--epochs',
        '300',
        '--json',
      ],
      tempDir(),
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.curves.epochs.length).toBe(300);
    expect(j.curves.validationLoss.length).toBe(300);
    expect(Object.keys(j.coefficientsOriginalUnits)).toEqual(j.features);
    expect(['good fit', 'underfitting', 'overfitting']).toContain(j.diagnosis.verdict);
    expect(j.split.kind).toBe('random');
    expect(j.split.validationRows).toBe(88); // round(0.2 × 442)
  });

  it('a diverged fit exits 1, saves nothing, and advises a smaller rate and scaling (never NaN)', async () => {
    const dir = tempDir();
    const r = await run(
      ['fit', 'linear', join(samples, 'diabetes.csv'), '--target', 'target', '--method', 'gd', '--lr', '100', '--save', 'm.json', '--json'],
      dir,
    );
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'm.json'))).toBe(false);
    expect(r.err).toMatch(/diverged; m.json was not written/);
    const j = JSON.parse(r.out);
    expect(j.stopReason).toBe('diverged');
    expect(j.saved).toBeUndefined();
    expect(j.diagnosis.verdict).toBe('unstable');
    expect(j.diagnosis.advice).toEqual([
      { key: 'model.advice.smallerLearningRate', params: { learningRate: 100 } },
      { key: 'model.advice.scaleFeatures' },
    ]);
    for (const v of Object.values(j.coefficients as Record<string, number>)) expect(Number.isFinite(v)).toBe(true);
    const text = await run(
      ['fit', 'linear', join(samples, 'diabetes.csv'), '--target', 'target', '--method', 'gd', '--lr', '100', '--scale', 'standard'],
      dir,
    );
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/advice: Use a smaller learning rate than --lr 100\./);
    expect(text.out).not.toMatch(/--scale standard\)/);
  });

  it('usage errors exit 2; a missing column exits 1 with the column list', async () => {
    expect((await run(['fit', 'quadratic', 'x.csv', '--target', 'y'], tempDir())).code).toBe(2);
    expect((await run(['fit', 'linear', join(samples, 'diabetes.csv')], tempDir())).code).toBe(2);
    expect(
      (await run(['fit', 'linear', join(samples, 'diabetes.csv'), '--target', 'target', '--validation', '0.2', '--folds', '5'], tempDir()))
        .code,
    ).toBe(2);
    const r = await run(['fit', 'linear', join(samples, 'diabetes.csv'), '--target', 'nope'], tempDir());
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Target column 'nope'.*\n.*Columns are: age, sex/);
  });
});

describe('fitplot fit logistic + predict', () => {
  it('fits breast_cancer.csv with the text diagnosis column, saves, and predicts to a new CSV atomically', async () => {
    const dir = tempDir();
    const input = join(dir, 'bc.csv');
    copyFileSync(join(samples, 'breast_cancer.csv'), input);
    const before = readFileSync(input);
    const header = before.toString('utf8').split('\n')[0]!;
    const features = header
      .split(',')
      .filter((c) => c !== 'diagnosis' && c !== 'target')
      .slice(0, 10)
      .join(',');
    const r = await run(
      ['fit', 'logistic', input, '--target', 'diagnosis', '--features', features, '--scale', 'standard', '--save', 'model.json', '--json'],
      dir,
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.classes.length).toBe(2);
    expect(j.positiveClass).toBe(j.classes[1]);
    expect(j.metrics.validation.accuracy).toBeGreaterThan(0.9);
    expect(j.metrics.validation.confusion.flat().reduce((a: number, b: number) => a + b, 0)).toBe(j.split.validationRows);
    expect(j.metrics.validation.roc.x[0]).toBe(0);
    const p = await run(['predict', 'model.json', 'bc.csv', '--out', 'out.csv', '--json'], dir);
    expect(p.err).toBe('');
    expect(p.code).toBe(0);
    expect(JSON.parse(p.out)).toMatchObject({ rows: 569, predicted: 569, skipped: 0 });
    expect(readFileSync(input).equals(before)).toBe(true);
    const lines = readFileSync(join(dir, 'out.csv'), 'utf8').trimEnd().split('\n');
    expect(lines.length).toBe(570);
    expect(lines[0]).toContain(`predicted_diagnosis,probability_${j.classes[0]},probability_${j.classes[1]}`);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--save and --python never replace the data file, also through a symbolic link', async () => {
    const dir = tempDir();
    copyFileSync(join(samples, 'diabetes.csv'), join(dir, 'data.csv'));
    symlinkSync(join(dir, 'data.csv'), join(dir, 'link.csv'));
    const before = readFileSync(join(dir, 'data.csv'), 'utf8');
    for (const out of [
      ['--save', 'data.csv'],
      ['--python', 'link.csv'],
    ]) {
      const r = await run(['fit', 'linear', 'data.csv', '--target', 'target', ...out], dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(`${out[0]} ${out[1]} is the input file .*an input is never overwritten`));
    }
    expect(readFileSync(join(dir, 'data.csv'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['data.csv', 'link.csv']);
  });

  it('predict names a missing feature column and writes nothing', async () => {
    const dir = tempDir();
    expect(
      (await run(['fit', 'linear', join(samples, 'diabetes.csv'), '--target', 'target', '--features', 'bmi,bp', '--save', 'm.json'], dir))
        .code,
    ).toBe(0);
    writeFileSync(join(dir, 'new.csv'), 'bmi,pressure\n30,90\n');
    const r = await run(['predict', 'm.json', 'new.csv', '--out', 'out.csv'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Column 'bp' is not in new.csv/);
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
  });
});

describe('fitplot fit --compare', () => {
  it('puts least squares and gradient descent side by side with the distance per epoch', async () => {
    const r = await run(
      [
        'fit',
        'linear',
        join(samples, 'diabetes.csv'),
        '--target',
        'target',
        '--features',
        'bmi,s5',
        '--method',
        'gd',
        '--scale',
        'standard',
        '--lr',
        '0.5',
        '--epochs',
        '200',
        '--compare',
        '--json',
      ],
      tempDir(),
    );
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out).comparison;
    expect(c.distanceToOptimum.length).toBe(200);
    expectClose(c.gradientDescent.coefficients, c.leastSquares.coefficients, { rtol: 1e-6 });
    const text = await run(
      [
        'fit',
        'linear',
        join(samples, 'diabetes.csv'),
        '--target',
        'target',
        '--features',
        'bmi',
        '--method',
        'sgd',
        '--epochs',
        '5',
        '--lr',
        '0.001',
        '--compare',
      ],
      tempDir(),
    );
    expect(text.out).toMatch(/least squares vs gradient descent/);
  });
});

describe('fitplot fit splits from the command line', () => {
  it('--split-file uses the given rows; --folds reports the k-fold mean and spread', async () => {
    const dir = tempDir();
    const train = Array.from({ length: 300 }, (_, i) => i);
    const validation = Array.from({ length: 142 }, (_, i) => 300 + i);
    writeFileSync(join(dir, 'split.json'), JSON.stringify({ train, validation }));
    const r = await run(
      ['fit', 'linear', join(samples, 'diabetes.csv'), '--target', 'target', '--split-file', 'split.json', '--json'],
      dir,
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.split).toMatchObject({ kind: 'explicit', trainRows: 300, validationRows: 142 });
    expect(j.split.validation[0]).toBe(300);
    const bad = await run(['fit', 'linear', join(samples, 'diabetes.csv'), '--target', 'target', '--split-file', 'nope.json'], dir);
    expect(bad.code).toBe(2);
    const k = JSON.parse(
      (await run(['fit', 'linear', join(samples, 'diabetes.csv'), '--target', 'target', '--folds', '5', '--json'], dir)).out,
    );
    expect(k.crossValidation.folds).toBe(5);
    expect(k.crossValidation.mean).toBeGreaterThan(0.4);
    expect(k.split.kind).toBe('kfold');
  });

  it('--time-split without a datetime column takes the last rows in file order, and says so', async () => {
    const j = JSON.parse(
      (await run(['fit', 'linear', join(samples, 'diabetes.csv'), '--target', 'target', '--time-split', '0.25', '--json'], tempDir())).out,
    );
    expect(j.split).toMatchObject({ kind: 'time', trainRows: 331, validationRows: 111 }); // round(0.25 × 442) = 111
    expect(j.split.validation[0]).toBe(331);
    expect(j.warnings).toContainEqual({ key: 'model.warning.timeSplitFileOrder', params: { fraction: 0.25 } });
  });

  it('--folds on a time series warns of shuffled folds; --time-folds uses expanding windows; each fold’s rows are listed', async () => {
    const dir = tempDir();
    const lines = Array.from(
      { length: 40 },
      (_, i) =>
        `2025-01-${String(1 + (i % 28)).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:00:00,${i % 9},${2 * (i % 9) + (i % 4)}`,
    );
    writeFileSync(join(dir, 'ts.csv'), `time,x,y\n${lines.join('\n')}\n`);
    const shuffled = JSON.parse(
      (await run(['fit', 'linear', 'ts.csv', '--target', 'y', '--features', 'x', '--folds', '4', '--json'], dir)).out,
    );
    expect(shuffled.warnings).toContainEqual({ key: 'model.warning.shuffledFoldsTimeSeries', params: { column: 'time', folds: 4 } });
    expect(shuffled.split.folds.length).toBe(4);
    expect(shuffled.split.folds.flatMap((f: { validation: number[] }) => f.validation).sort((a: number, b: number) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i),
    );
    const ordered = JSON.parse(
      (await run(['fit', 'linear', 'ts.csv', '--target', 'y', '--features', 'x', '--time-folds', '4', '--json'], dir)).out,
    );
    expect(ordered.warnings.map((w: { key: string }) => w.key)).not.toContain('model.warning.shuffledFoldsTimeSeries');
    expect(ordered.crossValidation.folds).toBe(4);
    const time = (row: number) => lines[row]!.slice(0, 19);
    for (const f of ordered.split.folds as { train: number[]; validation: number[] }[]) {
      expect(f.train.map(time).sort().at(-1)! <= f.validation.map(time).sort()[0]!).toBe(true);
    }
  });
});

describe('fitplot fit model options (generated from MODEL_SPECS)', () => {
  it('an option the method does not use exits 2 naming the method and its options', async () => {
    const r = await run(
      ['fit', 'linear', join(samples, 'diabetes.csv'), '--target', 'target', '--method', 'ols', '--alpha', '0.5'],
      tempDir(),
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--alpha is not used by --method ols; its options are: --no-intercept\./);
    const gd = await run(
      ['fit', 'linear', join(samples, 'diabetes.csv'), '--target', 'target', '--method', 'gd', '--batch-size', '8'],
      tempDir(),
    );
    expect(gd.code).toBe(2);
    expect(gd.err).toMatch(
      /--batch-size is not used by --method gd; its options are: --lr, --lr-schedule, --lr-decay, --epochs, --init, --early-stopping, --patience, --penalty, --alpha\./,
    );
  });

  it('a negative value after a space gets the range error, as with =', async () => {
    for (const args of [['--alpha', '-1'], ['--alpha=-1']]) {
      const r = await run(['fit', 'linear', join(samples, 'diabetes.csv'), '--target', 'target', '--method', 'ridge', ...args], tempDir());
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--alpha must be ≥ 0 \(got -1\)\./);
    }
  });

  it('the report records every setting, the solver and how the run ended', async () => {
    const j = JSON.parse(
      (
        await run(
          [
            'fit',
            'logistic',
            join(samples, 'breast_cancer.csv'),
            '--target',
            'diagnosis',
            '--features',
            'mean radius,mean texture',
            '--method',
            'sgd',
            '--scale',
            'standard',
            '--epochs',
            '30',
            '--json',
          ],
          tempDir(),
        )
      ).out,
    );
    expect(j.settings).toMatchObject({
      learningRate: 0.01,
      learningRateSchedule: 'constant',
      epochs: 30,
      shuffle: false,
      init: 'zeros',
      seed: 0,
      penalty: 'l2',
      C: 1,
      threshold: 0.5,
    });
    expect(j.settings.lambda).toBeCloseTo(1 / j.split.trainRows, 15);
    expect(j).toMatchObject({
      method: 'sgd',
      solver: 'gradient descent (sgd)',
      stopReason: 'maxEpochs',
      epochsRun: 30,
      epochsRequested: 30,
      separation: false,
    });
    expect(j.defaults).toEqual([
      'learningRate',
      'learningRateSchedule',
      'shuffle',
      'init',
      'seed',
      'penalty',
      'earlyStopping',
      'C',
      'threshold',
    ]);
    const text = await run(
      ['fit', 'logistic', join(samples, 'breast_cancer.csv'), '--target', 'diagnosis', '--features', 'mean radius', '--scale', 'standard'],
      tempDir(),
    );
    expect(text.out).toMatch(
      /method newton \(newton\): --penalty l2 \(default\), λ=0\.00219\d*, --C 1 \(default\), --threshold 0\.5 \(default\); converged after \d+ epochs\/iterations/,
    );
  });
});

describe('fitplot predict reports what it could not predict and copies cells exactly (issue 11)', () => {
  const train = [
    'time,line,temp,out',
    ...Array.from(
      { length: 30 },
      (_, i) =>
        `2025-03-0${1 + (i % 5)} 0${i % 10}:00:00,${'ABC'[i % 3]},${(20 + (i % 7) * 0.5).toFixed(3)},${(3 * (20 + (i % 7) * 0.5) + (i % 3) * 2 + (i % 4) * 0.1).toFixed(2)}`,
    ),
  ].join('\n');

  it('unseen levels by column, level and count; text in a number feature by line and value; cells copied as written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'train.csv'), `${train}\n`);
    expect((await run(['fit', 'linear', 'train.csv', '--target', 'out', '--features', 'line,temp', '--save', 'm.json'], dir)).code).toBe(0);
    // Two text cells among twelve: the loader keeps 'temp' a number column and reports them.
    const more = Array.from({ length: 7 }, (_, i) => `2025-03-04 1${i}:00:00,A,2${i}.25`);
    const rows = [
      '2025-03-03 06:00:00,A,2.460',
      '2025-03-03 07:00:00,D,21.5',
      '2025-03-03 08:00:00,B,n/a?',
      '2025-03-03 09:00:00,D,22',
      '2025-03-03 10:00:00,C,"20,5"',
      ...more,
    ];
    writeFileSync(join(dir, 'new.csv'), `time,line,temp\n${rows.join('\n')}\n`);
    const r = await run(['predict', 'm.json', 'new.csv', '--out', 'out.csv', '--json'], dir);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ rows: 12, predicted: 8, skipped: 4 });
    expect(j.messages).toContainEqual({ key: 'model.predict.unseenLevel', params: { column: 'line', level: 'D', count: 2 } });
    expect(j.messages).toContainEqual({
      key: 'model.predict.invalidCells',
      params: { column: 'temp', count: 2, lines: [4, 6], values: ['n/a?', '20,5'] },
    });
    const out = readFileSync(join(dir, 'out.csv'), 'utf8').trimEnd().split('\n');
    expect(out[0]).toBe('time,line,temp,predicted_out');
    expect(out[1]).toMatch(/^2025-03-03 06:00:00,A,2\.460,-?\d/);
    expect(out[2]).toBe('2025-03-03 07:00:00,D,21.5,');
    expect(out[5]).toBe('2025-03-03 10:00:00,C,"20,5",');
    const text = await run(['predict', 'm.json', 'new.csv', '--out', 'out2.csv'], dir);
    expect(text.out).toMatch(/8 of 12 rows predicted \(4 without a prediction\)/);
    expect(text.out).toMatch(/Column 'line': level 'D' was not in the training data \(2 rows\); those rows have no prediction\./);
    expect(text.out).toMatch(/Column 'temp': 2 cell\(s\) are not numbers, e\.g\. "n\/a\?" \(line 4\), "20,5" \(line 6\)/);
  });
});

describe('fitplot fit --learning-curve / --validation-curve', () => {
  it('reports scores by training size and by alpha, in JSON and text', async () => {
    const args = [
      'fit',
      'linear',
      join(samples, 'diabetes.csv'),
      '--target',
      'target',
      '--method',
      'ridge',
      '--learning-curve',
      '--validation-curve',
      'alpha=0.01,1,100',
    ];
    const j = JSON.parse((await run([...args, '--json'], tempDir())).out);
    expect(j.learningCurve.values.at(-1)).toBe(354); // all 442 − 88 training rows
    expect(j.learningCurve.values.length).toBe(6);
    expect(j.validationCurve).toMatchObject({ param: 'alpha', values: [0.01, 1, 100] });
    expect(j.validationCurve.trainScore[0]).toBeGreaterThan(j.validationCurve.trainScore[2]);
    const text = await run(args, tempDir());
    expect(text.out).toMatch(/learning curve \(score by training rows\)/);
    expect(text.out).toMatch(/validation curve \(score by alpha\)/);
    expect(
      (await run(['fit', 'linear', join(samples, 'diabetes.csv'), '--target', 'target', '--validation-curve', 'gamma=1'], tempDir())).code,
    ).toBe(2);
  });
});
