/**
 * The explain engine replays a fit's first step exactly: with one step per epoch, the step's new
 * weights are the fitted weights after one epoch, whatever the start (random), order (shuffled),
 * penalty (l1, l2) or loss (softmax); Newton's first step and the first coordinate sweep are the
 * solvers' own first iterates. Which formulas each method names, and who gets none.
 */
import { describe, expect, it } from 'vitest';
import { fromRows } from '../../../../src/linalg';
import { GradientDescentRegressor } from '../../../../src/models/GradientDescentRegressor';
import { LogisticRegression } from '../../../../src/models/LogisticRegression';
import { ElasticNet } from '../../../../src/models/ElasticNet';
import { firstCoordinateSweep } from '../../../../src/models/explain/coordinateSweep';
import { firstDescentStep } from '../../../../src/models/explain/descentStep';
import { firstNewtonStep } from '../../../../src/models/explain/newtonStep';
import { fitTable } from '../../../../src/models/pipeline';
import { categoryColumn, makeTable, numberColumn } from '../../../../src/table/build';
import { expectClose } from '../../../helpers/expectClose';

const rows = Array.from({ length: 12 }, (_, i) => [Math.sin(i), Math.cos(3 * i), (i % 5) - 2]);
const x = fromRows(rows);
const y = rows.map((r, i) => 2 * r[0]! - r[1]! + 0.5 * r[2]! + 0.1 * (i % 3));

describe('firstDescentStep', () => {
  for (const penalty of ['none', 'l1', 'l2'] as const) {
    it(`matches one epoch of one step (random start, shuffled, penalty ${penalty})`, () => {
      const est = new GradientDescentRegressor({
        method: 'minibatch',
        batchSize: 12,
        shuffle: true,
        init: 'random',
        randomState: 7,
        penalty,
        alpha: penalty === 'l1' ? 3 : 0.3,
        learningRate: 0.2,
        epochs: 1,
      }).fit(x, y);
      const step = firstDescentStep(x, y, est.descentProblem());
      expect(step.rows).toHaveLength(12);
      expect(step.rows).not.toEqual([...step.rows].sort((a, b) => a - b));
      expectClose(step.weightsAfter, est.parameters().weights, { rtol: 1e-12, atol: 1e-15 });
      expectClose(step.interceptsAfter, est.parameters().intercepts, { rtol: 1e-12 });
      if (penalty === 'l1') expect(step.weightsAfter).toContain(0);
    });
  }

  it('replays a softmax step (3 classes, K×p weights) as the logistic descent ran it', () => {
    const cls = rows.map((r) => (r[2]! < -1 ? 0 : r[2]! < 1 ? 1 : 2));
    const est = new LogisticRegression({ solver: 'gd', penalty: 'l2', alpha: 0.05, learningRate: 0.5, epochs: 1 }).fit(x, cls);
    const step = firstDescentStep(x, cls, est.descentProblem()!);
    expect(step.outputs).toBe(3);
    expect(step.gradWeights).toHaveLength(9);
    expectClose(step.weightsAfter, est.parameters().weights, { rtol: 1e-12, atol: 1e-15 });
  });

  it('has no step for solvers that are not gradient descent', () => {
    const est = new LogisticRegression({ solver: 'newton' }).fit(
      x,
      y.map((v) => (v > 0 ? 1 : 0)),
    );
    expect(est.descentProblem()).toBeUndefined();
  });
});

describe('explainFit through fitTable', () => {
  const table = makeTable([
    ...['a', 'b', 'c'].map((n, j) =>
      numberColumn(
        n,
        rows.map((r) => r[j]!),
      ),
    ),
    numberColumn('y', y),
    categoryColumn(
      'k',
      y.map((v) => (v > 0 ? 'yes' : 'no')),
    ),
  ]);
  const explain = (model: string, method: string, target: string, options = {}) =>
    fitTable(table, { model, method, options, target, features: ['a', 'b', 'c'], split: { kind: 'none' } }).explanation;

  it('names the formulas of each method', () => {
    expect(explain('linear', 'lasso', 'y', { alpha: 0.1 })).toMatchObject({
      objective: 'lasso',
      gradient: 'lassoSubgradient',
      update: 'coordinateDescent',
    });
    expect(explain('linear', 'elasticnet', 'y', { alpha: 0.1 })).toMatchObject({ objective: 'elasticNet', update: 'coordinateDescent' });
    expect(explain('linear', 'gd', 'y', { penalty: 'l2', alpha: 0.1 })).toMatchObject({
      objective: 'halfMse',
      update: 'descentStep',
      penalty: 'l2',
      step: { penalty: 'l2', alpha: 0.1, batchRows: 12 },
    });
    expect(explain('logistic', 'newton', 'k')).toMatchObject({ objective: 'crossEntropy', update: 'newtonStep', penalty: 'l2' });
    expect(explain('logistic', 'lbfgs', 'k', { penalty: 'none' })).toMatchObject({ update: 'lbfgs', penalty: 'none' });
    expect(explain('linear', 'lasso', 'y')!.step).toBeUndefined();
    expect(explain('linear', 'lasso', 'y')!.normalEquations).toBeUndefined();
  });

  it('gives the network no explanation', () => {
    expect(explain('mlp-regression', 'gd', 'y', { epochs: 2 })).toBeUndefined();
  });
});

describe("solver steps are the solvers' own first iterates", () => {
  const k = y.map((v) => (v > 0 ? 1 : 0));

  it('Newton: one iteration of the solver lands where the explanation says, H Δ = ∇J holds', () => {
    const est = new LogisticRegression({ solver: 'newton', maxIter: 1 }).fit(x, k);
    const s = firstNewtonStep(est.iterationProblem(x, k)!)!;
    // maxIter 1 stops the solver after its first step (binary: nothing is centred).
    expect(s.weightsAfter).toEqual(Array.from(est.parameters().weights));
    expect(s.interceptsAfter).toEqual(Array.from(est.parameters().intercepts));
    if (!s.hessian.shown) throw new Error('4 unknowns: H shown');
    const delta = [s.directionIntercepts[0]!, ...s.directionWeights];
    const g = [s.gradIntercepts[0]!, ...s.gradWeights];
    expectClose(
      s.hessian.matrix.map((row) => row.reduce((sum, h, j) => sum + h * delta[j]!, 0)),
      g,
      { rtol: 1e-10, atol: 1e-14 },
    );
    expect(s.lossAfter).toBeLessThan(s.lossBefore);
  });

  it("Newton without an intercept: b stays 0 and H's intercept row is the identity's", () => {
    const est = new LogisticRegression({ solver: 'newton', fitIntercept: false }).fit(x, k);
    const s = firstNewtonStep(est.iterationProblem(x, k)!)!;
    expect(s.interceptsAfter).toEqual([0]);
    expect(s.hessian.shown && s.hessian.matrix[0]).toEqual([1, 0, 0, 0]);
  });

  it('Newton over 8 unknowns says how many instead of the matrix; l1 and descent solvers give no problem to replay', () => {
    const wide = fromRows(rows.map((r, i) => [...r, ...r.map((v) => v * v + i / 12), Math.tan(i / 20), i % 2]));
    const est = new LogisticRegression({ solver: 'newton', C: 0.5 }).fit(wide, k);
    expect(firstNewtonStep(est.iterationProblem(wide, k)!)!.hessian).toEqual({ shown: false, unknowns: 9, max: 8 });
    expect(new LogisticRegression({ solver: 'newton', penalty: 'l1' }).fit(x, k).iterationProblem(x, k)).toBeUndefined();
    expect(new LogisticRegression({ solver: 'gd', epochs: 1 }).fit(x, k).iterationProblem(x, k)).toBeUndefined();
  });

  it('the first coordinate sweep is one sweep of the estimator (maxIter 1), constant columns skipped', () => {
    const withConstant = fromRows(rows.map((r) => [...r, 4]));
    const est = new ElasticNet({ alpha: 0.05, l1Ratio: 0.7, maxIter: 1 }).fit(withConstant, y);
    const s = firstCoordinateSweep(withConstant, y, est.options);
    expect(s.after).toEqual(Array.from(est.parameters().weights));
    expect(s.intercept).toBe(est.parameters().intercepts[0]);
    expect(s.skipped).toEqual([3]);
    expect(s.after[3]).toBe(0);
    expectClose(s.threshold, 0.035, { rtol: 1e-15 });
    // Each weight is S(z, αρ)/d in the mean form the panel shows.
    s.correlation
      .slice(0, 3)
      .forEach((z, j) =>
        expectClose(s.after[j]!, (Math.sign(z) * Math.max(Math.abs(z) - s.threshold, 0)) / s.denominator[j]!, { rtol: 1e-12, atol: 1e-15 }),
      );
  });
});
