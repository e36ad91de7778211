/** `fitplot fit --compare` and the split flags (--split-file, --folds, --time-split, --time-folds) in-process. */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../../helpers/expectClose';
import { runFitCli as run, tempDir } from '../../helpers/fitCli';

const samples = resolve(__dirname, '../../../assets/samples');

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
