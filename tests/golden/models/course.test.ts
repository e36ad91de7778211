/**
 * The course's logistic results on breast cancer (fixtures/breast_cancer.json; sklearn's 80/20
 * split with the indices stored in the fixture, standardised on the training rows): a single
 * sigmoid neuron trained by gradient descent reaches ≥ 0.95 validation accuracy, and when trained
 * long without regularisation its validation loss turns upward while training loss keeps falling —
 * which the diagnosis then calls overfitting.
 */
import { describe, expect, it } from 'vitest';
import { LogisticRegression } from '../../../src/models/LogisticRegression';
import { StandardScaler } from '../../../src/models/prepare/scaling';
import { diagnose } from '../../../src/models/diagnosis';
import { loadFixture, pickRows, toMatrix } from './loadFixture';

interface Cancer {
  X: number[][];
  y: number[];
  train: number[];
  validation: number[];
}
const bc = loadFixture<Cancer>('breast_cancer.json');
const scaler = new StandardScaler().fit(toMatrix(pickRows(bc.X, bc.train)));
const xTrain = scaler.transform(toMatrix(pickRows(bc.X, bc.train)));
const xVal = scaler.transform(toMatrix(pickRows(bc.X, bc.validation)));
const yTrain = bc.train.map((i) => bc.y[i]!);
const yVal = bc.validation.map((i) => bc.y[i]!);
const validation = { validation: { x: xVal, y: yVal } };

describe('sigmoid neuron on standardised breast cancer', () => {
  it('batch gradient descent, η = 0.1, 200 epochs: validation accuracy ≥ 0.95', () => {
    const m = new LogisticRegression({ solver: 'gd', penalty: 'none', learningRate: 0.1, epochs: 200 }).fit(xTrain, yTrain, validation);
    expect(m.score(xVal, yVal)).toBeGreaterThanOrEqual(0.95);
    expect(m.curves!.validationMetric.at(-1)).toBe(m.score(xVal, yVal));
  });

  it('per-sample (stochastic) descent, shuffled with a seed, 20 epochs: ≥ 0.95 too', () => {
    const m = new LogisticRegression({ solver: 'sgd', penalty: 'none', learningRate: 0.01, epochs: 20, shuffle: true, randomState: 1 }).fit(
      xTrain,
      yTrain,
      validation,
    );
    expect(m.score(xVal, yVal)).toBeGreaterThanOrEqual(0.95);
  });

  it('trained long without regularisation, validation loss rises after its best epoch while training loss falls', () => {
    const m = new LogisticRegression({ solver: 'gd', penalty: 'none', learningRate: 0.5, epochs: 5000 }).fit(xTrain, yTrain, validation);
    const c = m.curves!;
    const best = c.validationLoss.indexOf(Math.min(...c.validationLoss));
    const last = c.validationLoss.length - 1;
    expect(best).toBeLessThan(last / 2);
    expect(c.validationLoss[last]!).toBeGreaterThan(1.1 * c.validationLoss[best]!);
    expect(c.trainLoss[last]!).toBeLessThan(c.trainLoss[best]!);
    const d = diagnose({
      metric: 'accuracy',
      trainScore: c.trainMetric[last]!,
      validationScore: c.validationMetric[last]!,
      trainLoss: c.trainLoss[last]!,
      validationLoss: c.validationLoss[last]!,
      baselineAccuracy: 0.63,
      curves: c,
    });
    expect(d.verdict).toBe('overfitting');
    expect(d.bestEpoch).toBe(best + 1);
  });
});
