/**
 * `fitplot fit` in-process: exit codes, JSON shape and numbers (diabetes OLS as statsmodels, see
 * tests/golden/models), diverged fits, usage errors, the options generated from MODEL_SPECS, and the
 * learning and validation curves. Logistic fits with predict: fitPredict.test.ts; compare and
 * splits: fitCompareSplits.test.ts.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../../helpers/expectClose';
import { runFitCli as run, tempDir } from '../../helpers/fitCli';

const samples = resolve(__dirname, '../../../assets/samples');
const golden = JSON.parse(readFileSync(resolve(__dirname, '../../golden/models/fixtures/diabetes.json'), 'utf8')) as {
  ols: { params: number[]; rsquared: number; bse: number[] };
};

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
