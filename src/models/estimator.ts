/** The scikit-learn estimator contract, over typed arrays (docs/architecture.md). */
import type { DenseMatrix } from '../linalg';
import { FitplotError } from '../table/errors';
import type { DescentData } from './gradientDescent';
import type { LinearParameters } from './linear';
import type { TrainingCurves } from './curves';

export interface FitOptions {
  /** Held-out rows: iterative fits record validation loss per epoch and may stop early on it. */
  readonly validation?: DescentData;
}

/** A fitted linear estimator as plain JSON data. */
export interface EstimatorJSON {
  readonly kind: string;
  readonly options: Record<string, unknown>;
  readonly outputs: number;
  readonly features: number;
  readonly weights: number[];
  readonly intercepts: number[];
  readonly state?: Record<string, unknown>;
}

export interface Estimator {
  readonly kind: string;
  fit(x: DenseMatrix, y: ArrayLike<number>, fitOptions?: FitOptions): this;
  predict(x: DenseMatrix): Float64Array;
  score(x: DenseMatrix, y: ArrayLike<number>): number;
  /** Curves of an iterative fit (absent for closed forms). */
  readonly curves?: TrainingCurves;
  parameters(): LinearParameters;
  toJSON(): EstimatorJSON;
}

export function notFitted(kind: string): FitplotError {
  return new FitplotError({ code: 'MODEL', message: `${kind} is not fitted yet.`, hint: 'Call fit(X, y) first.' });
}

export function checkXY(kind: string, x: DenseMatrix, y: ArrayLike<number>): void {
  if (x.rows !== y.length) throw new FitplotError({ code: 'BAD_OPTION', message: `${kind}: X has ${x.rows} rows but y has ${y.length} values.` });
  if (x.rows === 0) throw new FitplotError({ code: 'NOT_ENOUGH_DATA', message: `${kind}: no rows to fit.` });
  for (let i = 0; i < x.data.length; i++) {
    if (!Number.isFinite(x.data[i]!)) throw new FitplotError({ code: 'BAD_OPTION', message: `${kind}: X has a missing or non-finite value at row ${Math.floor(i / x.cols) + 1}, column ${(i % x.cols) + 1}.`, hint: 'Drop or impute missing rows before fitting.' });
  }
  for (let i = 0; i < y.length; i++) {
    if (!Number.isFinite(y[i]!)) throw new FitplotError({ code: 'BAD_OPTION', message: `${kind}: the target has a missing or non-finite value at row ${i + 1}.`, hint: 'Drop rows with a missing target before fitting.' });
  }
}

export function checkFeatures(kind: string, x: DenseMatrix, features: number): void {
  if (x.cols !== features) throw new FitplotError({ code: 'BAD_OPTION', message: `${kind}: X has ${x.cols} columns but the model was fitted on ${features}.` });
}

export function paramsToJSON(kind: string, options: Record<string, unknown>, p: LinearParameters, state?: Record<string, unknown>): EstimatorJSON {
  return { kind, options, outputs: p.outputs, features: p.features, weights: Array.from(p.weights), intercepts: Array.from(p.intercepts), ...(state && { state }) };
}

export function paramsFromJSON(j: EstimatorJSON): LinearParameters {
  if (j.weights.length !== j.outputs * j.features || j.intercepts.length !== j.outputs) {
    throw new FitplotError({ code: 'MODEL', message: `The saved ${j.kind} has ${j.weights.length} weights for ${j.outputs}×${j.features}: the file is damaged.` });
  }
  return { weights: Float64Array.from(j.weights), intercepts: Float64Array.from(j.intercepts), outputs: j.outputs, features: j.features };
}
