/** Learning and validation curves, cross-validation and the least-squares vs descent comparison. */
import { describe, expect, it } from 'vitest';
import { matrix } from '../../../src/linalg';
import { LinearRegression } from '../../../src/models/LinearRegression';
import { Ridge } from '../../../src/models/Ridge';
import { crossValidate, learningCurve, validationCurve } from '../../../src/models/studies';
import { kFold } from '../../../src/models/split';
import { compareLeastSquaresDescent } from '../../../src/models/compare';
import { SeededRandom } from '../../../src/stats/random';
import { expectClose } from '../../helpers/expectClose';
import { makeTable, numberColumn } from '../../../src/table/build';
import { learningCurveOnTable, validationCurveOnTable } from '../../../src/models/tableStudies';

function noisyLine(n: number, seed: number) {
  const rng = new SeededRandom(seed);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = rng.next() * 4 - 2;
    y[i] = 3 * x[i]! - 1 + 0.5 * rng.nextNormal();
  }
  return { x: matrix(n, 1, x), y };
}

describe('studies', () => {
  it('learning curve: sizes grow, validation R² approaches the training R²', () => {
    const c = learningCurve(() => new LinearRegression(), noisyLine(200, 1), noisyLine(100, 2));
    expect(c.values).toEqual([20, 40, 80, 120, 160, 200]);
    const last = c.values.length - 1;
    expect(Math.abs(c.trainScore[last]! - c.validationScore[last]!)).toBeLessThan(0.03);
  });

  it('validation curve vs ridge alpha: training R² falls as alpha grows', () => {
    const train = noisyLine(100, 3);
    const val = noisyLine(100, 4);
    const c = validationCurve('alpha', [0.01, 100, 10000], (alpha) => {
      const m = new Ridge({ alpha }).fit(train.x, train.y);
      return { train: m.score(train.x, train.y), validation: m.score(val.x, val.y) };
    });
    expect(c.trainScore[0]!).toBeGreaterThan(c.trainScore[1]!);
    expect(c.trainScore[1]!).toBeGreaterThan(c.trainScore[2]!);
  });

  it('cross-validation on an exact line: R² 1 in every fold, spread 0', () => {
    const x = matrix(
      10,
      1,
      Float64Array.from({ length: 10 }, (_, i) => i),
    );
    const y = Float64Array.from({ length: 10 }, (_, i) => 2 * i + 1);
    const cv = crossValidate(() => new LinearRegression(), { x, y }, kFold(10, 5, 0));
    expectClose(cv.validationScores, [1, 1, 1, 1, 1], { rtol: 1e-12 });
    expectClose(cv.std, 0, { atol: 1e-12 });
  });

  it('least squares vs gradient descent: distance to the optimum shrinks every epoch towards 0', () => {
    const d = noisyLine(300, 5);
    const r = compareLeastSquaresDescent(d.x, d.y, { method: 'batch', learningRate: 0.3, epochs: 200 });
    expect(r.distanceToOptimum.length).toBe(200);
    for (let e = 1; e < 200; e++) expect(r.distanceToOptimum[e]!).toBeLessThanOrEqual(r.distanceToOptimum[e - 1]!);
    expect(r.distanceToOptimum[199]!).toBeLessThan(1e-6);
    expectClose(r.gradientDescent.coefficients, r.leastSquares.coefficients, { rtol: 1e-6 });
    expectClose(r.gradientDescent.loss, r.leastSquares.loss, { rtol: 1e-9 });
  });
});

describe('studies on a table', () => {
  // y = sin(x) + noise: a straight line underfits, degree 3 fits, degree 10 on 30 rows chases noise.
  const rng = new SeededRandom(11);
  const xs = Array.from({ length: 30 }, () => rng.next() * 6 - 3);
  const ys = xs.map((v) => Math.sin(v) + 0.3 * rng.nextNormal());
  const table = makeTable([numberColumn('x', xs), numberColumn('y', ys)]);
  const spec = { model: 'linear' as const, target: 'y', scale: 'standard' as const, split: { kind: 'random' as const, fraction: 0.3 } };

  it('validation curve vs degree: training R² never falls as the degree grows', () => {
    const c = validationCurveOnTable(table, spec, 'degree', [1, 3, 10]);
    expect(c.trainScore[1]!).toBeGreaterThanOrEqual(c.trainScore[0]!);
    expect(c.trainScore[2]!).toBeGreaterThanOrEqual(c.trainScore[1]! - 1e-12);
    expect(c.validationScore[1]!).toBeGreaterThan(c.validationScore[0]!);
  });

  it('validation curve vs epochs reads one long gradient-descent fit', () => {
    const c = validationCurveOnTable(table, { ...spec, method: 'gd', options: { learningRate: 0.1 } }, 'epochs', [1, 10, 100]);
    expect(c.values).toEqual([1, 10, 100]);
    expect(c.trainScore[2]!).toBeGreaterThan(c.trainScore[0]!);
  });

  it('learning curve: increasing training sizes with a fixed validation part', () => {
    const c = learningCurveOnTable(table, spec, [0.2, 0.5, 1]);
    expect(c.values).toEqual([5, 11, 21]);
    expect(c.validationScore.length).toBe(3);
  });
});
