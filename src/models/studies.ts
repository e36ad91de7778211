/**
 * Over-/underfitting studies: learning curves (score vs training-set size), validation curves
 * (score vs a hyperparameter such as alpha, C, polynomial degree or epochs) and k-fold
 * cross-validation (mean and spread of the score). Scores are the estimators' `score`: R² for
 * regression, accuracy for classification, as in scikit-learn's learning_curve / validation_curve.
 */
import type { DenseMatrix } from '../linalg';
import type { Estimator } from './estimatorContract';
import { takeRows, takeValues } from './prepare/impute';
import type { Split } from './split';

export interface ScoreCurve {
  readonly param: string;
  readonly values: number[];
  readonly trainScore: number[];
  readonly validationScore: number[];
}

export interface Dataset {
  readonly x: DenseMatrix;
  readonly y: ArrayLike<number>;
}

/** Fits on the first ⌈f·n⌉ training rows for each fraction f (rows are already in split order). */
export function learningCurve(
  make: () => Estimator,
  train: Dataset,
  validation: Dataset,
  fractions: readonly number[] = [0.1, 0.2, 0.4, 0.6, 0.8, 1],
): ScoreCurve {
  const values: number[] = [];
  const trainScore: number[] = [];
  const validationScore: number[] = [];
  const n = train.x.rows;
  let last = 0;
  for (const f of fractions) {
    const m = Math.max(2, Math.min(n, Math.ceil(f * n)));
    if (m === last) continue;
    last = m;
    const rows = Array.from({ length: m }, (_, i) => i);
    const xs = takeRows(train.x, rows);
    const ys = takeValues(train.y, rows);
    try {
      const est = make().fit(xs, ys);
      values.push(m);
      trainScore.push(est.score(xs, ys));
      validationScore.push(est.score(validation.x, validation.y));
    } catch {
      // Too few rows for this model (e.g. a single class in a tiny subset): that size has no point.
      continue;
    }
  }
  return { param: 'trainSize', values, trainScore, validationScore };
}

export function validationCurve(
  param: string,
  values: readonly number[],
  evaluate: (value: number) => { train: number; validation: number },
): ScoreCurve {
  const trainScore: number[] = [];
  const validationScore: number[] = [];
  for (const v of values) {
    const r = evaluate(v);
    trainScore.push(r.train);
    validationScore.push(r.validation);
  }
  return { param, values: [...values], trainScore, validationScore };
}

export interface CrossValidation {
  readonly folds: number;
  readonly trainScores: number[];
  readonly validationScores: number[];
  readonly mean: number;
  /** Population standard deviation over folds, as scikit-learn users report scores.std(). */
  readonly std: number;
}

export function crossValidate(make: () => Estimator, data: Dataset, folds: readonly Split[]): CrossValidation {
  const trainScores: number[] = [];
  const validationScores: number[] = [];
  for (const f of folds) {
    const xt = takeRows(data.x, f.train);
    const yt = takeValues(data.y, f.train);
    const est = make().fit(xt, yt);
    trainScores.push(est.score(xt, yt));
    validationScores.push(est.score(takeRows(data.x, f.validation), takeValues(data.y, f.validation)));
  }
  const k = validationScores.length;
  const mean = validationScores.reduce((a, b) => a + b, 0) / k;
  const std = Math.sqrt(validationScores.reduce((a, b) => a + (b - mean) ** 2, 0) / k);
  return { folds: k, trainScores, validationScores, mean, std };
}
