/** The gradient-descent engine's options: mini-batches, shuffling, penalties, schedules, early stopping, softmax. */
import { describe, expect, it } from 'vitest';
import { matrix } from '../../../src/linalg';
import { GradientDescentRegressor } from '../../../src/models/GradientDescentRegressor';
import { Lasso } from '../../../src/models/ElasticNet';
import { Ridge } from '../../../src/models/Ridge';
import { LogisticRegression } from '../../../src/models/LogisticRegression';
import { SeededRandom } from '../../../src/stats/random';
import { expectClose } from '../../helpers/expectClose';

function data(n: number, seed: number) {
  const rng = new SeededRandom(seed);
  const x = new Float64Array(n * 2);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[2 * i] = rng.nextNormal();
    x[2 * i + 1] = rng.nextNormal();
    y[i] = 2 * x[2 * i]! - 0.3 * x[2 * i + 1]! + 1 + 0.1 * rng.nextNormal();
  }
  return { x: matrix(n, 2, x), y };
}

describe('GradientDescentRegressor', () => {
  const d = data(200, 1);

  it('L1 by proximal steps reaches the Lasso optimum (same objective)', () => {
    const lasso = new Lasso({ alpha: 0.5, tol: 1e-12 }).fit(d.x, d.y);
    const gd = new GradientDescentRegressor({ penalty: 'l1', alpha: 0.5, learningRate: 0.5, epochs: 2000 }).fit(d.x, d.y);
    expectClose(gd.coef, lasso.coef, { rtol: 1e-6, atol: 1e-9 });
    expect(gd.coef[1]).toBe(0); // the small coefficient is shrunk to exactly 0
  });

  it('L2 with alpha matches Ridge(alpha·n)', () => {
    const ridge = new Ridge({ alpha: 0.2 * 200 }).fit(d.x, d.y);
    const gd = new GradientDescentRegressor({ penalty: 'l2', alpha: 0.2, learningRate: 0.5, epochs: 2000 }).fit(d.x, d.y);
    expectClose(gd.coef, ridge.coef, { rtol: 1e-6 });
    expectClose(gd.intercept, ridge.intercept, { rtol: 1e-6 });
  });

  it('mini-batches with a seeded shuffle are reproducible and differ from file order', () => {
    const opts = { method: 'minibatch' as const, batchSize: 16, learningRate: 0.05, epochs: 3, shuffle: true, randomState: 4 };
    const a = new GradientDescentRegressor(opts).fit(d.x, d.y);
    const b = new GradientDescentRegressor(opts).fit(d.x, d.y);
    const c = new GradientDescentRegressor({ ...opts, shuffle: false }).fit(d.x, d.y);
    expect(Array.from(a.coef)).toEqual(Array.from(b.coef));
    expect(a.coef[0]).not.toBe(c.coef[0]);
  });

  it('batch curves read from the next gradient pass equal a separate evaluation (minibatch of all rows)', () => {
    const val = data(50, 2);
    const fused = new GradientDescentRegressor({ method: 'batch', learningRate: 0.1, epochs: 30 }).fit(d.x, d.y, { validation: val });
    const plain = new GradientDescentRegressor({ method: 'minibatch', batchSize: 200, learningRate: 0.1, epochs: 30 }).fit(d.x, d.y, {
      validation: val,
    });
    expectClose(fused.curves!.trainLoss, plain.curves!.trainLoss, { rtol: 1e-12 });
    expectClose(fused.curves!.trainMetric, plain.curves!.trainMetric, { rtol: 1e-12 });
    expectClose(fused.curves!.validationLoss, plain.curves!.validationLoss, { rtol: 1e-12 });
    expect(Array.from(fused.coef)).toEqual(Array.from(plain.coef));
  });

  it('a decaying rate takes smaller steps than the constant one', () => {
    const constant = new GradientDescentRegressor({ learningRate: 0.01, epochs: 50 }).fit(d.x, d.y);
    const decay = new GradientDescentRegressor({ learningRate: 0.01, epochs: 50, learningRateSchedule: 'decay', decay: 0.5 }).fit(d.x, d.y);
    expect(decay.curves!.trainLoss.at(-1)!).toBeGreaterThan(constant.curves!.trainLoss.at(-1)!);
  });

  it('early stopping restores the best validation epoch when validation stops improving', () => {
    const val = data(50, 2);
    const m = new GradientDescentRegressor({ learningRate: 0.1, epochs: 5000, earlyStopping: true, patience: 5 }).fit(d.x, d.y, {
      validation: val,
    });
    const r = m.result!;
    expect(r.stopReason).toBe('earlyStopped');
    expect(r.epochsRun).toBeLessThan(5000);
    // One best epoch: the lowest validation loss, whose weights are kept and reported.
    const v = r.curves.validationLoss;
    expect(r.bestEpoch).toBe(v.indexOf(Math.min(...v)) + 1);
    expect(r.epochsRun - r.bestEpoch).toBeLessThanOrEqual(5);
    expect(r.message).toEqual({ key: 'model.warning.earlyStopped', params: { epoch: r.epochsRun, bestEpoch: r.bestEpoch, patience: 5 } });
    expectClose(m.score(val.x, val.y), r.curves.validationMetric[r.bestEpoch - 1]!, { rtol: 1e-12 });
  });

  it('random init is seeded; ones init starts from w = b = 1', () => {
    const a = new GradientDescentRegressor({ init: 'random', randomState: 3, epochs: 1, learningRate: 1e-9 }).fit(d.x, d.y);
    const b = new GradientDescentRegressor({ init: 'random', randomState: 3, epochs: 1, learningRate: 1e-9 }).fit(d.x, d.y);
    expect(Array.from(a.coef)).toEqual(Array.from(b.coef));
    const ones = new GradientDescentRegressor({ init: 'ones', epochs: 1, learningRate: 1e-12 }).fit(d.x, d.y);
    expectClose(ones.coef, [1, 1], { rtol: 1e-9 });
    expectClose(ones.intercept, 1, { rtol: 1e-9 });
  });
});

describe('softmax gradient descent', () => {
  it('three Gaussian blobs: accuracy ≥ 0.95 and the objective approaches Newton’s', () => {
    const rng = new SeededRandom(9);
    const n = 150;
    const x = new Float64Array(n * 2);
    const y = new Float64Array(n);
    const centres = [
      [0, 3],
      [3, -1],
      [-3, -1],
    ];
    for (let i = 0; i < n; i++) {
      const k = i % 3;
      y[i] = k;
      x[2 * i] = centres[k]![0]! + rng.nextNormal();
      x[2 * i + 1] = centres[k]![1]! + rng.nextNormal();
    }
    const xm = matrix(n, 2, x);
    const gd = new LogisticRegression({ solver: 'gd', penalty: 'l2', C: 1, learningRate: 0.5, epochs: 3000 }).fit(xm, y);
    const nt = new LogisticRegression({ solver: 'newton', penalty: 'l2', C: 1 }).fit(xm, y);
    expect(gd.score(xm, y)).toBeGreaterThanOrEqual(0.95);
    expectClose(gd.sklearnObjective(xm, y, 1), nt.sklearnObjective(xm, y, 1), { rtol: 1e-6 });
  });
});

describe('L1 logistic solvers agree', () => {
  it('FISTA and proximal Newton reach the same L1 objective; multinomial L1 zeroes a useless feature', () => {
    const rng = new SeededRandom(5);
    const n = 120;
    const x = new Float64Array(n * 3);
    const y2 = new Float64Array(n);
    const y3 = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < 3; j++) x[3 * i + j] = rng.nextNormal();
      y2[i] = x[3 * i]! - 0.5 * x[3 * i + 1]! + 0.8 * rng.nextNormal() > 0 ? 1 : 0;
      const s = x[3 * i]! + 0.5 * rng.nextNormal();
      y3[i] = s < -0.5 ? 0 : s < 0.5 ? 1 : 2;
    }
    const xm = matrix(n, 3, x);
    const newton = new LogisticRegression({ penalty: 'l1', C: 0.1 }).fit(xm, y2);
    const fista = new LogisticRegression({ penalty: 'l1', C: 0.1, solver: 'fista' }).fit(xm, y2);
    expect(newton.solverUsed).toBe('newton-l1');
    expect(fista.solverUsed).toBe('fista');
    expectClose(fista.sklearnObjective(xm, y2, 0.1), newton.sklearnObjective(xm, y2, 0.1), { rtol: 1e-7 });
    const multi = new LogisticRegression({ penalty: 'l1', C: 0.05 }).fit(xm, y3);
    expect(multi.solverUsed).toBe('fista');
    expect(multi.converged).toBe(true);
    // Feature 2 carries no signal: every class's weight on it is exactly zero.
    expect([multi.coef[2], multi.coef[5], multi.coef[8]]).toEqual([0, 0, 0]);
  });
});
