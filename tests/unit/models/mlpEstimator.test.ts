/**
 * MLPClassifier / MLPRegressor as estimators: JSON round trip, stop reasons (early stopping,
 * divergence, a stop request), progress per epoch, and the messages for bad input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DenseMatrix } from '../../../src/linalg';
import { matrix } from '../../../src/linalg';
import { SeededRandom } from '../../../src/stats/random';
import { FitplotError } from '../../../src/table/errors';
import { MLPClassifier } from '../../../src/models/mlp/MLPClassifier';
import { MLPRegressor } from '../../../src/models/mlp/MLPRegressor';
import type { EpochProgress } from '../../../src/models/estimatorContract';

/** n rows of p standard-normal features and a target computed from each row. */
function sample(
  n: number,
  p: number,
  seed: number,
  target: (row: Float64Array, rng: SeededRandom) => number,
): { x: DenseMatrix; y: number[] } {
  const rng = new SeededRandom(seed);
  const x = new Float64Array(n * p);
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) x[i * p + j] = rng.nextNormal();
    y.push(target(x.subarray(i * p, i * p + p), rng));
  }
  return { x: matrix(n, p, x), y };
}

/** Class = sign(x₀·x₁) (XOR of the signs) on 4 features, two of them noise: no linear boundary separates it. */
const twoClasses = (n: number, seed: number) => sample(n, 4, seed, (r) => (r[0]! * r[1]! > 0 ? 1 : 0));
const regression = (n: number, seed: number) => sample(n, 3, seed, (r, rng) => Math.sin(r[0]!) + r[1]! ** 2 + 0.1 * rng.nextNormal());

const errorOf = (fn: () => unknown): FitplotError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof FitplotError) return e;
    throw e;
  }
  throw new Error('no error thrown');
};

describe('MLPClassifier', () => {
  const train = twoClasses(400, 1);
  const val = twoClasses(200, 2);

  it('learns an interaction a linear model cannot (validation accuracy ≥ 0.9) and survives a JSON round trip', () => {
    const m = new MLPClassifier({
      hidden: [16],
      activation: 'tanh',
      method: 'minibatch',
      batchSize: 16,
      learningRate: 0.1,
      epochs: 200,
      randomState: 3,
    }).fit(train.x, train.y, { validation: val });
    expect(m.score(val.x, val.y)).toBeGreaterThanOrEqual(0.9);
    const back = MLPClassifier.fromJSON(JSON.parse(JSON.stringify(m.toJSON())));
    expect(Array.from(back.predictProba(val.x))).toEqual(Array.from(m.predictProba(val.x)));
    expect(Array.from(back.predict(val.x))).toEqual(Array.from(m.predict(val.x)));
    const proba = m.predictProba(val.x);
    for (let i = 0; i < val.x.rows; i++) expect(proba[2 * i]! + proba[2 * i + 1]!).toBeCloseTo(1, 12);
  });

  it("early stopping ends after `patience` epochs without improvement and keeps the best epoch's weights", () => {
    const m = new MLPClassifier({
      hidden: [32],
      activation: 'relu',
      init: 'he',
      method: 'minibatch',
      batchSize: 8,
      learningRate: 0.5,
      epochs: 500,
      earlyStopping: true,
      patience: 5,
      randomState: 1,
    });
    m.fit(train.x, train.y, { validation: val });
    expect(m.stopReason).toBe('earlyStopped');
    const c = m.curves!;
    expect(c.epochs.length).toBeLessThan(500);
    expect(c.epochs.length).toBe(m.bestEpoch + 5);
    // The kept weights are those of the best epoch: their validation loss is the curve's minimum.
    const best = c.validationLoss[m.bestEpoch - 1]!;
    expect(Math.min(...c.validationLoss)).toBe(best);
    expect(m.warnings.map((w) => w.key)).toContain('model.warning.earlyStopped');
    expect(m.score(val.x, val.y)).toBe(c.validationMetric[m.bestEpoch - 1]);
  });

  it('reports progress after every epoch and stops when asked, keeping the weights of the last epoch', () => {
    const seen: EpochProgress[] = [];
    const m = new MLPClassifier({ hidden: [4], method: 'gd', epochs: 50 });
    m.fit(train.x, train.y, { validation: val, control: { onEpoch: (p) => seen.push(p), shouldStop: () => seen.length >= 3 } });
    expect(m.stopReason).toBe('stopped');
    expect(m.warnings).toContainEqual({ key: 'model.warning.stopped', params: { epoch: 3, epochs: 50 } });
    expect(seen.map((p) => p.epoch)).toEqual([1, 2, 3]);
    expect(seen.every((p) => p.epochs === 50 && p.validationLoss !== undefined)).toBe(true);
    expect(m.curves!.epochs).toEqual([1, 2, 3]);
    expect(m.score(train.x, train.y)).toBe(m.curves!.trainMetric[2]);
  });

  it('classifies the bundled handwritten digits (10 classes, softmax) at ≥ 0.95 on held-out rows', () => {
    const lines = readFileSync(join(__dirname, '../../../assets/samples/digits.csv'), 'utf8').trim().split('\n').slice(1);
    const rows = lines.map((l) => l.split(',').map(Number));
    // Every fifth row held out (the file is ordered by writer), pixels scaled to [0, 1].
    const take = (keep: (i: number) => boolean) => {
      const picked = rows.filter((_, i) => keep(i));
      return {
        x: matrix(picked.length, 64, Float64Array.from(picked.flatMap((r) => r.slice(0, 64).map((v) => v / 16)))),
        y: picked.map((r) => r[64]!),
      };
    };
    const fit = take((i) => i % 5 !== 0);
    const held = take((i) => i % 5 === 0);
    const m = new MLPClassifier({
      hidden: [32],
      activation: 'relu',
      init: 'he',
      method: 'minibatch',
      batchSize: 32,
      learningRate: 0.1,
      epochs: 40,
      randomState: 7,
    }).fit(fit.x, fit.y);
    expect(m.classes).toBe(10);
    expect(m.score(held.x, held.y)).toBeGreaterThanOrEqual(0.95);
    const proba = m.predictProba(held.x);
    expect(proba.length).toBe(held.x.rows * 10);
    expect(proba.slice(0, 10).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  }, 30_000);

  it('a target with one class, labels that are not class indices and wrong widths are clear errors', () => {
    const m = new MLPClassifier();
    expect(
      errorOf(() =>
        m.fit(
          train.x,
          train.y.map(() => 1),
        ),
      ).key,
    ).toBe('model.error.oneClass');
    expect(
      errorOf(() =>
        m.fit(
          train.x,
          train.y.map((v) => v + 0.5),
        ),
      ).message,
    ).toMatch(/row 1 has 0\.5|row 1 has 1\.5/);
    m.fit(train.x, train.y);
    expect(errorOf(() => m.predict(matrix(1, 3, new Float64Array(3)))).code).toBe('BAD_OPTION');
  });
});

describe('MLPRegressor', () => {
  const train = regression(300, 5);

  it('fits a non-linear target (training R² ≥ 0.9) with L2, momentum and a decaying rate', () => {
    const m = new MLPRegressor({
      hidden: [16, 8],
      activation: 'tanh',
      method: 'minibatch',
      batchSize: 32,
      learningRate: 0.05,
      learningRateSchedule: 'decay',
      decay: 0.01,
      momentum: 0.9,
      penalty: 'l2',
      alpha: 0.001,
      epochs: 150,
      randomState: 2,
    }).fit(train.x, train.y);
    expect(m.score(train.x, train.y)).toBeGreaterThanOrEqual(0.9);
    expect(m.curves!.trainMetric.at(-1)).toBeCloseTo(m.score(train.x, train.y), 12);
    const back = MLPRegressor.fromJSON(JSON.parse(JSON.stringify(m.toJSON())));
    expect(Array.from(back.predict(train.x))).toEqual(Array.from(m.predict(train.x)));
  });

  it('a diverging learning rate stops the fit with finite weights and says so', () => {
    const big = matrix(
      train.x.rows,
      3,
      train.x.data.map((v) => 50 * v),
    );
    const m = new MLPRegressor({ hidden: [8], activation: 'relu', method: 'gd', learningRate: 10, epochs: 200, init: 'he' }).fit(
      big,
      train.y,
    );
    expect(m.stopReason).toBe('diverged');
    expect(
      m
        .layers()
        .flatMap((l) => [...l.weights.flat(), ...l.biases])
        .every(Number.isFinite),
    ).toBe(true);
    expect(m.warnings).toContainEqual({
      key: 'model.warning.diverged',
      params: expect.objectContaining({ epoch: expect.any(Number), learningRate: 10 }),
    });
    expect(Array.from(m.predict(big)).every(Number.isFinite)).toBe(true);
  });

  it("saturated sigmoid units stay finite (the course's clip before exp)", () => {
    const huge = matrix(
      train.x.rows,
      3,
      train.x.data.map((v) => 1e6 * v),
    );
    const m = new MLPRegressor({ hidden: [4], activation: 'sigmoid', init: 'ones', method: 'gd', learningRate: 0.01, epochs: 5 }).fit(
      huge,
      train.y,
    );
    expect(m.curves!.trainLoss.every(Number.isFinite)).toBe(true);
  });

  it('a batch larger than the training rows runs as full batch and says so', () => {
    const m = new MLPRegressor({ hidden: [4], method: 'minibatch', batchSize: 1000, shuffle: false, epochs: 3 }).fit(train.x, train.y);
    const full = new MLPRegressor({ hidden: [4], method: 'gd', epochs: 3 }).fit(train.x, train.y);
    expect(m.warnings).toContainEqual({ key: 'model.warning.batchLargerThanRows', params: { batchSize: 1000, rows: 300 } });
    expect(m.curves!.trainLoss).toEqual(full.curves!.trainLoss);
  });

  it('options out of range are errors naming the option', () => {
    const option = (o: ConstructorParameters<typeof MLPRegressor>[0]) => errorOf(() => new MLPRegressor(o)).params?.option;
    expect(option({ hidden: [] })).toBe('hidden');
    expect(option({ hidden: [4, 4, 4, 4] })).toBe('hidden');
    expect(option({ learningRate: 0 })).toBe('learningRate');
    expect(option({ momentum: 1 })).toBe('momentum');
    expect(option({ batchSize: 2.5 })).toBe('batchSize');
    expect(option({ loss: 'crossEntropy' })).toBe('loss');
  });
});
