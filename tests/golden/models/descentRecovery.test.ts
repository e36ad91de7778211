/**
 * Divergence is judged on a non-finite loss or sustained growth, not on one bad epoch: per-sample
 * descent on unscaled breast cancer (η = 0.1, zeros, file order) jumps to a loss 60 000× the start
 * in its first epoch and then falls again. It runs all its epochs and matches the same loop in
 * numpy (fixtures/descent_recovery.json, generate_descent_recovery.py); the diagnosis calls such a
 * run unstable and advises a smaller rate and scaling.
 */
import { describe, expect, it } from 'vitest';
import { LogisticRegression } from '../../../src/models/LogisticRegression';
import { diagnose } from '../../../src/models/diagnosis';
import { expectClose } from '../../helpers/expectClose';
import { loadFixture, pickRows, toMatrix } from './loadFixture';

interface Cancer {
  X: number[][];
  y: number[];
  train: number[];
  validation: number[];
}
interface Recovery {
  learningRate: number;
  epochs: number;
  startLoss: number;
  trainLoss: number[];
  weights: number[];
  intercept: number;
  validationAccuracy: number;
}
const bc = loadFixture<Cancer>('breast_cancer.json');
const ref = loadFixture<Recovery>('descent_recovery.json');
const xTrain = toMatrix(pickRows(bc.X, bc.train));
const xVal = toMatrix(pickRows(bc.X, bc.validation));
const yTrain = bc.train.map((i) => bc.y[i]!);
const yVal = bc.validation.map((i) => bc.y[i]!);

describe('unscaled per-sample logistic descent that recovers', () => {
  const m = new LogisticRegression({ solver: 'sgd', penalty: 'none', learningRate: ref.learningRate, epochs: ref.epochs }).fit(
    xTrain,
    yTrain,
    { validation: { x: xVal, y: yVal } },
  );

  it('is not stopped as divergence after its first bad epoch, and matches numpy', () => {
    expect(ref.trainLoss[0]! / ref.startLoss).toBeGreaterThan(1e4);
    expect(m.descent!.stopReason).toBe('maxEpochs');
    expect(m.descent!.epochsRun).toBe(ref.epochs);
    expectClose(m.curves!.trainLoss, ref.trainLoss, { rtol: 1e-6 });
    expectClose(Array.from(m.coef), ref.weights, { rtol: 1e-6, atol: 1e-9 });
    expect(m.score(xVal, yVal)).toBe(ref.validationAccuracy);
  });

  it('is diagnosed unstable, with a smaller learning rate and scaling as advice', () => {
    const c = m.curves!;
    const d = diagnose({
      metric: 'accuracy',
      trainScore: c.trainMetric.at(-1)!,
      validationScore: c.validationMetric.at(-1)!,
      trainLoss: c.trainLoss.at(-1)!,
      validationLoss: c.validationLoss.at(-1)!,
      baselineAccuracy: 0.63,
      curves: c,
      run: { iterative: true, learningRate: 0.1, scaled: false, stopReason: 'maxEpochs' },
    });
    expect(d.verdict).toBe('unstable');
    expect(d.advice).toEqual([
      { key: 'model.advice.smallerLearningRate', params: { learningRate: 0.1 } },
      { key: 'model.advice.scaleFeatures' },
    ]);
  });
});
