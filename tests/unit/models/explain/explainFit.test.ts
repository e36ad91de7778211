/**
 * The explain engine replays a fit's first step exactly: with one step per epoch, the step's new
 * weights are the fitted weights after one epoch, whatever the start (random), order (shuffled),
 * penalty (l1, l2) or loss (softmax). Which formulas each method names, and who gets none.
 */
import { describe, expect, it } from 'vitest';
import { fromRows } from '../../../../src/linalg';
import { GradientDescentRegressor } from '../../../../src/models/GradientDescentRegressor';
import { LogisticRegression } from '../../../../src/models/LogisticRegression';
import { firstDescentStep } from '../../../../src/models/explain/descentStep';
import { fitTable } from '../../../../src/models/pipeline';
import { categoryColumn, makeTable, numberColumn } from '../../../../src/table/build';
import { expectClose } from '../../../helpers/expectClose';

const rows = Array.from({ length: 12 }, (_, i) => [Math.sin(i), Math.cos(3 * i), (i % 5) - 2]);
const x = fromRows(rows);
const y = rows.map((r, i) => 2 * r[0]! - r[1]! + 0.5 * r[2]! + 0.1 * (i % 3));

describe('firstDescentStep', () => {
  for (const penalty of ['none', 'l1', 'l2'] as const) {
    it(`matches one epoch of one step (random start, shuffled, penalty ${penalty})`, () => {
      const est = new GradientDescentRegressor({ method: 'minibatch', batchSize: 12, shuffle: true, init: 'random', randomState: 7, penalty, alpha: penalty === 'l1' ? 3 : 0.3, learningRate: 0.2, epochs: 1 }).fit(x, y);
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
    const est = new LogisticRegression({ solver: 'newton' }).fit(x, y.map((v) => (v > 0 ? 1 : 0)));
    expect(est.descentProblem()).toBeUndefined();
  });
});

describe('explainFit through fitTable', () => {
  const table = makeTable([...['a', 'b', 'c'].map((n, j) => numberColumn(n, rows.map((r) => r[j]!))), numberColumn('y', y), categoryColumn('k', y.map((v) => (v > 0 ? 'yes' : 'no')))]);
  const explain = (model: string, method: string, target: string, options = {}) => fitTable(table, { model, method, options, target, features: ['a', 'b', 'c'], split: { kind: 'none' } }).explanation;

  it('names the formulas of each method', () => {
    expect(explain('linear', 'lasso', 'y', { alpha: 0.1 })).toMatchObject({ objective: 'lasso', gradient: 'lassoSubgradient', update: 'coordinateDescent' });
    expect(explain('linear', 'elasticnet', 'y', { alpha: 0.1 })).toMatchObject({ objective: 'elasticNet', update: 'coordinateDescent' });
    expect(explain('linear', 'gd', 'y', { penalty: 'l2', alpha: 0.1 })).toMatchObject({ objective: 'halfMse', update: 'descentStep', penalty: 'l2', step: { penalty: 'l2', alpha: 0.1, batchRows: 12 } });
    expect(explain('logistic', 'newton', 'k')).toMatchObject({ objective: 'crossEntropy', update: 'newtonStep', penalty: 'l2' });
    expect(explain('logistic', 'lbfgs', 'k', { penalty: 'none' })).toMatchObject({ update: 'lbfgs', penalty: 'none' });
    expect(explain('linear', 'lasso', 'y')!.step).toBeUndefined();
    expect(explain('linear', 'lasso', 'y')!.normalEquations).toBeUndefined();
  });

  it('gives the network no explanation', () => {
    expect(explain('mlp-regression', 'gd', 'y', { epochs: 2 })).toBeUndefined();
  });
});
