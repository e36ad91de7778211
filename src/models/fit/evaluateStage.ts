/**
 * Stage 5 of fitTable: metrics on train and validation rows, coefficients (fitted and original
 * units) and least-squares inference, each asked of the estimator's capabilities; k-fold scores
 * when the split is k-fold (each fold fits its own preprocessing, as a scikit-learn Pipeline).
 */
import type { DenseMatrix } from '../../linalg';
import type { Estimator } from '../estimatorContract';
import type { LinearRegression } from '../LinearRegression';
import type { MissingStrategy } from '../prepare/impute';
import { takeRows, takeValues } from '../prepare/impute';
import type { ScalingKind } from '../prepare/scaling';
import { applyTransform, fitTransform } from '../prepare/transform';
import type { EstimatorCapabilities } from '../registry';
import { makeEstimator } from '../registry';
import { coefficientReport, evaluate } from '../report';
import type { MetricsReport } from '../report';
import type { Split } from '../split';
import type { CrossValidation } from '../studies';
import type { TargetEncoding } from '../target';
import type { FitSpec } from './fitSpec';
import type { Trained } from './trainStage';

export interface Evaluated {
  readonly train: MetricsReport;
  readonly validation?: MetricsReport;
  /** When the split has test rows; fitTable shows it only when asked (spec.evaluateTest). */
  readonly test?: MetricsReport;
  readonly coefficients?: ReturnType<typeof coefficientReport>;
  readonly inference?: Record<string, unknown>;
  readonly crossValidation?: CrossValidation;
}

export function evaluateStage(
  spec: FitSpec,
  t: Trained,
  caps: EstimatorCapabilities,
  encoding: TargetEncoding,
  folds: Split[] | undefined,
  x: DenseMatrix,
  y: Float64Array,
  testRows: readonly number[] = [],
): Evaluated {
  const train = evaluate(t.est, caps, t.xTrain, t.yTrain, encoding);
  const validation = t.yVal.length > 0 ? evaluate(t.est, caps, t.xVal, t.yVal, encoding) : undefined;
  // The test rows go through the preprocessing fitted on the training rows, like any new data.
  const test =
    testRows.length > 0
      ? evaluate(t.est, caps, applyTransform(takeRows(x, testRows), t.transform), takeValues(y, testRows), encoding)
      : undefined;
  const params = caps.linearCoefficients && t.est.parameters ? t.est.parameters() : undefined;
  const coefficients = params && coefficientReport(params, t.names, encoding, t.transform.scaler);
  const inference = caps.inference ? inferenceReport(t.est as LinearRegression, t.names) : undefined;
  const settings = { seed: spec.seed ?? 0, ...(encoding.classes && { classes: encoding.classes.length }) };
  const crossValidation =
    folds &&
    crossValidateWithPrep(folds, x, y, spec.missing ?? 'drop', spec.degree ?? 1, spec.scale ?? 'none', () =>
      makeEstimator(spec.model, t.method, spec.options ?? {}, settings),
    );
  return {
    train,
    ...(validation && { validation }),
    ...(test && { test }),
    ...(coefficients && { coefficients }),
    ...(inference && { inference }),
    ...(crossValidation && { crossValidation }),
  };
}

function crossValidateWithPrep(
  folds: Split[],
  xRaw: DenseMatrix,
  y: Float64Array,
  missing: MissingStrategy,
  degree: number,
  scale: ScalingKind,
  make: () => Estimator,
): CrossValidation {
  const scores = folds.map((f) => {
    const prep = fitTransform(takeRows(xRaw, f.train), missing, degree, scale);
    const est = make().fit(prep.x, takeValues(y, f.train));
    return {
      train: est.score(prep.x, takeValues(y, f.train)),
      validation: est.score(applyTransform(takeRows(xRaw, f.validation), prep.transform), takeValues(y, f.validation)),
    };
  });
  const v = scores.map((s) => s.validation);
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  const std = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length);
  return { folds: folds.length, trainScores: scores.map((s) => s.train), validationScores: v, mean, std };
}

function inferenceReport(est: LinearRegression, names: string[]): Record<string, unknown> | undefined {
  const inf = est.inference;
  if (!inf) return undefined;
  const labels = est.options.fitIntercept ? ['(intercept)', ...names] : names;
  const coefficients: Record<string, unknown> = {};
  inf.coefficients.forEach((c, j) => (coefficients[labels[j]!] = c));
  const { coefficients: _c, ...rest } = inf;
  return { ...rest, coefficients };
}
