/**
 * What every estimator provides, in the scikit-learn shape (fit / predict / score) over typed
 * arrays, plus what the app and the CLI need from a fit: live progress and a stop button
 * (FitControl), and a record of what was done (FitInfo). Optional abilities (linear coefficients,
 * class probabilities) are declared per estimator kind in registry.ts, not found by `instanceof`.
 */
import type { DenseMatrix } from '../linalg';
import { FitplotError } from '../table/errors';
import type { Message } from '../table/messages';
import type { LinearParameters } from './linear';
import type { TrainingCurves } from './curves';
import type { GradientDescentOptions } from './descentOptions';
import type { RowLoss } from './losses';

export interface DescentData {
  readonly x: DenseMatrix;
  readonly y: ArrayLike<number>;
}

/** Why an iterative fit ended. Closed forms have none. */
export type StopReason = 'converged' | 'maxEpochs' | 'earlyStopped' | 'diverged' | 'separation' | 'stopped';

/** One epoch (or solver iteration) of an iterative fit, as reported live to a front end. */
export interface EpochProgress {
  readonly epoch: number;
  /** Epochs (or iterations) requested: the most this run can take. */
  readonly epochs: number;
  readonly trainLoss: number;
  readonly validationLoss?: number;
  readonly trainMetric?: number;
  readonly validationMetric?: number;
  readonly bestEpoch?: number;
  readonly elapsedMs: number;
}

/** The training rows as fitTable's control sees them (FitControl.onTrainingData). */
export interface TrainingData {
  readonly x: DenseMatrix;
  /** The target (regression) or class index into `classes` (classification). */
  readonly y: Float64Array;
  /** Model input names before polynomial terms (one-hot levels, datetime parts), in x's column order. */
  readonly inputs: readonly string[];
  readonly classes?: readonly string[];
}

/** How a caller watches and stops a fit. */
export interface FitControl {
  /**
   * After each epoch. `current` reads the weights at that moment (a linear model's; an estimator
   * gives them in the units it was fitted in, fitTable's control in the table's units) — a reader,
   * so a caller that draws them a few times a second pays nothing per epoch.
   */
  onEpoch?(p: EpochProgress, current?: () => LinearParameters): void;
  /**
   * Once, before a linear model's estimator starts: the training rows in the table's units (encoded,
   * before polynomial terms and scaling), so a front end can draw them under the live line or boundary.
   */
  onTrainingData?(data: TrainingData): void;
  /** Asked after every epoch; true ends the fit with the current weights (the best epoch's with early stopping). */
  shouldStop?(): boolean;
  /** Only rows marked 1 take part (the app's row filter); length = the table's row count. */
  readonly rowFilter?: Uint8Array;
}

export interface FitOptions {
  /** Held-out rows: iterative fits record validation loss per epoch and may stop early on it. */
  readonly validation?: DescentData;
  readonly control?: FitControl;
}

/** What a fit did: every setting that shaped it (defaults included), and how it ended. */
export interface FitInfo {
  /** The solver that actually ran (e.g. 'qr', 'cholesky', 'newton', 'lbfgs', 'coordinate descent', 'gradient descent'). */
  readonly solver: string;
  /** Every option in effect, by its MODEL_SPECS name, defaults included. */
  readonly settings: Readonly<Record<string, string | number | boolean>>;
  readonly stopReason?: StopReason;
  readonly epochsRun?: number;
  readonly epochsRequested?: number;
  /** The one best epoch: lowest validation loss (the weights kept with early stopping). */
  readonly bestEpoch?: number;
  readonly converged?: boolean;
  /** Logistic regression: the training classes are perfectly separable. */
  readonly separation?: boolean;
  readonly warnings: readonly Message[];
}

/** A fitted estimator as plain JSON data: `state` holds what fit learned (weights and the like). */
export interface EstimatorJSON {
  readonly kind: string;
  readonly options: Record<string, unknown>;
  readonly state: Record<string, unknown>;
}

export interface Estimator {
  readonly kind: string;
  fit(x: DenseMatrix, y: ArrayLike<number>, fitOptions?: FitOptions): this;
  /** Regression values, or class indices for classifiers. */
  predict(x: DenseMatrix): Float64Array;
  score(x: DenseMatrix, y: ArrayLike<number>): number;
  /** Curves of an iterative fit (absent for closed forms). */
  readonly curves?: TrainingCurves | undefined;
  fitInfo(): FitInfo;
  toJSON(): EstimatorJSON;
  /** Capability `linearCoefficients`. */
  parameters?(): LinearParameters;
  /** Capability `probabilities`: n×K, row-major. */
  predictProba?(x: DenseMatrix): Float64Array;
  /** Descent fits: the loss and the options the epoch loop ran with (the Explain panel replays its first step). */
  descentProblem?(): DescentProblem | undefined;
}

/** What gradientDescent was given: the row loss and the options, penalty strength as λ. */
export interface DescentProblem {
  readonly loss: RowLoss;
  readonly options: GradientDescentOptions;
}

export function notFitted(kind: string): FitplotError {
  return new FitplotError({
    code: 'MODEL',
    key: 'model.error.notFitted',
    params: { kind },
    message: `${kind} is not fitted yet.`,
    hint: 'Call fit(X, y) first.',
  });
}

export function checkXY(kind: string, x: DenseMatrix, y: ArrayLike<number>): void {
  if (x.rows !== y.length)
    throw new FitplotError({ code: 'BAD_OPTION', message: `${kind}: X has ${x.rows} rows but y has ${y.length} values.` });
  if (x.rows === 0) throw new FitplotError({ code: 'NOT_ENOUGH_DATA', key: 'model.error.noRows', message: `${kind}: no rows to fit.` });
  for (let i = 0; i < x.data.length; i++) {
    if (!Number.isFinite(x.data[i]!))
      throw new FitplotError({
        code: 'BAD_OPTION',
        message: `${kind}: X has a missing or non-finite value at row ${Math.floor(i / x.cols) + 1}, column ${(i % x.cols) + 1}.`,
        hint: 'Drop or impute missing rows before fitting.',
      });
  }
  for (let i = 0; i < y.length; i++) {
    if (!Number.isFinite(y[i]!))
      throw new FitplotError({
        code: 'BAD_OPTION',
        message: `${kind}: the target has a missing or non-finite value at row ${i + 1}.`,
        hint: 'Drop rows with a missing target before fitting.',
      });
  }
}

export function checkFeatures(kind: string, x: DenseMatrix, features: number): void {
  if (x.cols !== features)
    throw new FitplotError({ code: 'BAD_OPTION', message: `${kind}: X has ${x.cols} columns but the model was fitted on ${features}.` });
}

export function paramsToJSON(kind: string, options: object, p: LinearParameters, state?: Record<string, unknown>): EstimatorJSON {
  return {
    kind,
    options: { ...options },
    state: { outputs: p.outputs, features: p.features, weights: Array.from(p.weights), intercepts: Array.from(p.intercepts), ...state },
  };
}

export function paramsFromJSON(j: EstimatorJSON): LinearParameters {
  const s = j.state as { outputs?: number; features?: number; weights?: number[]; intercepts?: number[] };
  const { outputs = 0, features = 0, weights = [], intercepts = [] } = s;
  if (
    !Array.isArray(weights) ||
    !Array.isArray(intercepts) ||
    weights.length !== outputs * features ||
    intercepts.length !== outputs ||
    outputs < 1
  ) {
    throw new FitplotError({
      code: 'MODEL',
      key: 'model.error.damagedWeights',
      params: { kind: j.kind },
      message: `The saved ${j.kind} has ${weights.length} weights for ${outputs}×${features}: the file is damaged.`,
    });
  }
  return { weights: Float64Array.from(weights), intercepts: Float64Array.from(intercepts), outputs, features };
}
