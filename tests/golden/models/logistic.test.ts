/**
 * Logistic regression against scikit-learn (fixtures/breast_cancer.json, fixtures/iris.json):
 * breast cancer standardised on the training rows (StandardScaler, population std), L2 (lbfgs,
 * C = 1) and L1 (saga, C = 0.5); multinomial softmax on iris (C = 1). Compared by sklearn's
 * objective C·Σ CE + R(w) (1e-7 relative: both are converged optima), coefficients (2e-4
 * absolute, iris intercepts 1e-3 absolute on a scale of 10: sklearn's lbfgs/saga stop ~1e-5 relative short of the optimum our Newton steps reach,
 * while the objectives agree to 1e-7), and the metrics sklearn computed.
 */
import { describe, expect, it } from 'vitest';
import type { DenseMatrix } from '../../../src/linalg';
import { LogisticRegression } from '../../../src/models/LogisticRegression';
import { classificationMetrics } from '../../../src/models/metrics/classification';
import { StandardScaler } from '../../../src/models/prepare/scaling';
import { expectClose } from '../../helpers/expectClose';
import { loadFixture, pickRows, toMatrix } from './loadFixture';

interface Metrics {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  rocAuc: number;
  logLoss: number;
  confusion: number[][];
}
interface Fit {
  C: number;
  coef: number[];
  intercept: number;
  objective: number;
  train: Metrics;
  validation: Metrics;
}
interface Cancer {
  X: number[][];
  y: number[];
  train: number[];
  validation: number[];
  scalerMean: number[];
  scalerScale: number[];
  l2: Fit;
  l1: Fit;
}
interface Iris {
  X: number[][];
  y: number[];
  multinomial: {
    C: number;
    coef: number[][];
    intercept: number[];
    objective: number;
    accuracy: number;
    logLoss: number;
    f1PerClass: number[];
    f1Macro: number;
    confusion: number[][];
    probaFirst5: number[][];
  };
}

const bc = loadFixture<Cancer>('breast_cancer.json');
const yTrain = bc.train.map((i) => bc.y[i]!);
const yVal = bc.validation.map((i) => bc.y[i]!);
const scaler = new StandardScaler().fit(toMatrix(pickRows(bc.X, bc.train)));
const xTrain = scaler.transform(toMatrix(pickRows(bc.X, bc.train)));
const xVal = scaler.transform(toMatrix(pickRows(bc.X, bc.validation)));

function checkMetrics(m: LogisticRegression, x: DenseMatrix, y: number[], ref: Metrics, label: string) {
  const got = classificationMetrics(y, m.predict(x), m.predictProba(x), 2);
  expect(got.confusion, `${label} confusion`).toEqual(ref.confusion);
  expectClose(got.accuracy, ref.accuracy, { rtol: 1e-12 }, `${label} accuracy`);
  expectClose(got.precision, ref.precision, { rtol: 1e-12 }, `${label} precision`);
  expectClose(got.recall, ref.recall, { rtol: 1e-12 }, `${label} recall`);
  expectClose(got.f1, ref.f1, { rtol: 1e-12 }, `${label} f1`);
  expectClose(got.rocAuc!, ref.rocAuc, { rtol: 1e-12 }, `${label} roc auc`);
  expectClose(got.logLoss, ref.logLoss, { rtol: 1e-4 }, `${label} log loss`);
}

describe('breast cancer, standardised on the training rows', () => {
  it('StandardScaler matches sklearn (population std)', () => {
    expectClose(scaler.mean!, bc.scalerMean, { rtol: 1e-12 });
    expectClose(scaler.scale!, bc.scalerScale, { rtol: 1e-12 });
  });

  it('L2, C = 1 (Newton) matches LogisticRegression(C=1, lbfgs)', () => {
    const m = new LogisticRegression({ penalty: 'l2', C: bc.l2.C, solver: 'newton' }).fit(xTrain, yTrain);
    expect(m.converged).toBe(true);
    expectClose(m.sklearnObjective(xTrain, yTrain, bc.l2.C), bc.l2.objective, { rtol: 1e-7 });
    expectClose(m.coef, bc.l2.coef, { atol: 2e-4 }, 'coef');
    expectClose(m.intercept[0]!, bc.l2.intercept, { atol: 2e-4 });
    checkMetrics(m, xTrain, yTrain, bc.l2.train, 'train');
    checkMetrics(m, xVal, yVal, bc.l2.validation, 'validation');
  });

  it('L2, C = 1 by L-BFGS reaches the same objective and metrics', () => {
    const m = new LogisticRegression({ penalty: 'l2', C: bc.l2.C, solver: 'lbfgs', tol: 1e-10 }).fit(xTrain, yTrain);
    expect(m.solverUsed).toBe('lbfgs');
    expect(m.converged).toBe(true);
    expectClose(m.sklearnObjective(xTrain, yTrain, bc.l2.C), bc.l2.objective, { rtol: 1e-7 });
    expectClose(m.coef, bc.l2.coef, { atol: 2e-4 }, 'coef');
    checkMetrics(m, xVal, yVal, bc.l2.validation, 'validation');
  });

  it('L1, C = 0.5 (proximal Newton) reaches the objective of LogisticRegression(penalty="l1", saga)', () => {
    const m = new LogisticRegression({ penalty: 'l1', C: bc.l1.C }).fit(xTrain, yTrain);
    expect(m.solverUsed).toBe('newton-l1');
    expect(m.converged).toBe(true);
    expectClose(m.sklearnObjective(xTrain, yTrain, bc.l1.C), bc.l1.objective, { rtol: 1e-6 });
    expectClose(m.coef, bc.l1.coef, { atol: 1e-3 }, 'coef');
    expect(Array.from(m.coef, (v) => v === 0).filter(Boolean).length).toBe(bc.l1.coef.filter((v) => v === 0).length);
    checkMetrics(m, xVal, yVal, bc.l1.validation, 'validation');
  });
});

describe('iris, multinomial softmax', () => {
  const iris = loadFixture<Iris>('iris.json');
  const x = toMatrix(iris.X);
  const ref = iris.multinomial;
  it('matches LogisticRegression(multi_class="multinomial", C=1)', () => {
    const m = new LogisticRegression({ C: ref.C }).fit(x, iris.y);
    expect(m.classes).toBe(3);
    expectClose(m.sklearnObjective(x, iris.y, ref.C), ref.objective, { rtol: 1e-7 });
    expectClose(m.coef, ref.coef.flat(), { atol: 2e-4 }, 'coef');
    expectClose(m.intercept, ref.intercept, { atol: 1e-3 }, 'intercept');
    expectClose(m.predictProba(x).subarray(0, 15), ref.probaFirst5.flat(), { atol: 1e-5 }, 'proba');
    const lb = new LogisticRegression({ C: ref.C, solver: 'lbfgs', tol: 1e-10 }).fit(x, iris.y);
    expectClose(lb.sklearnObjective(x, iris.y, ref.C), ref.objective, { rtol: 1e-7 });
    const got = classificationMetrics(iris.y, m.predict(x), m.predictProba(x), 3);
    expect(got.confusion).toEqual(ref.confusion);
    expectClose(got.accuracy, ref.accuracy, { rtol: 1e-12 });
    expectClose(
      got.perClass.map((c) => c.f1),
      ref.f1PerClass,
      { rtol: 1e-12 },
    );
    expectClose(got.macroF1, ref.f1Macro, { rtol: 1e-12 });
    expectClose(got.logLoss, ref.logLoss, { rtol: 1e-4 });
  });
});
