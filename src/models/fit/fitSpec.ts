/** What `fitTable` is asked to do (FitSpec) and what it reports (FitReport): the `fitplot fit --json` output and the app's model view. */
import type { Message } from '../../table/messages';
import type { TrainingCurves } from '../curves';
import type { LeastSquaresVsDescent } from '../compare';
import type { Diagnosis } from '../diagnosis';
import type { FitInfo } from '../estimatorContract';
import type { MissingStrategy } from '../prepare/impute';
import type { ScalingKind } from '../prepare/scaling';
import type { MetricsReport } from '../report';
import type { ModelOptionValues, Task } from '../specs';
import type { Split } from '../split';
import type { CrossValidation } from '../studies';

export type SplitRequest =
  | { readonly kind: 'none' }
  /** `testFraction` (default 0): rows kept aside as a test part, scored only with `evaluateTest`. */
  | { readonly kind: 'random'; readonly fraction: number; readonly testFraction?: number }
  | { readonly kind: 'time'; readonly fraction: number; readonly timeColumn?: string; readonly testFraction?: number }
  /** A category/text column whose values mark each row train, validation or test; it is never a feature. */
  | { readonly kind: 'column'; readonly column: string }
  | { readonly kind: 'explicit'; readonly train: number[]; readonly validation: number[] }
  /** K folds: shuffled (stratified for classification), or time-ordered expanding windows with `timeOrdered`. */
  | { readonly kind: 'kfold'; readonly folds: number; readonly timeOrdered?: boolean };

export interface FitSpec {
  /** The model family of MODEL_SPECS: 'linear' or 'logistic'. */
  readonly model: string;
  /** A method of the family (default: the family's default method). */
  readonly method?: string;
  /** The method's options by MODEL_SPECS name; checked by validateModelOptions. */
  readonly options?: ModelOptionValues;
  readonly target: string;
  /** Feature column names (default: every other number, boolean and category column). */
  readonly features?: readonly string[];
  /** Default: random 20 % (stratified for classification), or the last 20 % in time order when the table has a datetime column. */
  readonly split?: SplitRequest;
  readonly missing?: MissingStrategy;
  readonly scale?: ScalingKind;
  readonly degree?: number;
  /** One-hot drop-first (default true: avoids the dummy-variable trap with an intercept). */
  readonly dropFirst?: boolean;
  /** The dropped (reference) level per category feature (default: the first in sorted order). */
  readonly referenceLevels?: Readonly<Record<string, string>>;
  readonly positiveClass?: string;
  /** Seed of splits, shuffles and random initial weights (default 0). */
  readonly seed?: number;
  readonly fileName?: string;
  /** Linear gd/minibatch/sgd only: also solve by least squares and compare (coefficients, loss, distance per epoch, time). */
  readonly compare?: boolean;
  /** Score the model on the split's test rows (report `metrics.test`); look at that score once, at the end. */
  readonly evaluateTest?: boolean;
}

export interface SplitReport {
  readonly kind: Split['kind'] | 'kfold';
  readonly trainRows: number;
  readonly validationRows: number;
  readonly validationFraction?: number;
  /** Rows kept aside as a test part (never used to fit, scale, stop early or diagnose). */
  readonly testRows?: number;
  readonly testFraction?: number;
  readonly seed?: number;
  readonly timeColumn?: string;
  /** The column that marked the rows (split kind 'column'). */
  readonly column?: string;
  /** Data-row indices of the file (0-based); left out above MAX_LISTED_ROWS rows (the seed reproduces them). */
  readonly train?: number[];
  readonly validation?: number[];
  readonly test?: number[];
  /** K-fold: each fold's rows (data-row indices, listed up to MAX_LISTED_ROWS rows). */
  readonly folds?: { readonly train: number[]; readonly validation: number[] }[];
}

export interface FitReport extends Omit<FitInfo, 'warnings'> {
  readonly model: string;
  /** The family's task in MODEL_SPECS: the app picks metrics and charts by it, never by the family name. */
  readonly task: Task;
  readonly method: string;
  readonly estimator: string;
  /** Names of the `settings` the user did not give (defaults in effect). */
  readonly defaults: string[];
  readonly target: string;
  readonly features: string[];
  readonly classes?: string[];
  readonly positiveClass?: string;
  readonly threshold?: number;
  /** Present for estimators with the `linearCoefficients` capability. */
  readonly coefficients?: Record<string, number> | Record<string, Record<string, number>>;
  readonly intercept?: number | Record<string, number>;
  readonly coefficientsOriginalUnits?: Record<string, number> | Record<string, Record<string, number>>;
  readonly interceptOriginalUnits?: number | Record<string, number>;
  readonly inference?: Record<string, unknown>;
  /** `test` only when asked (`evaluateTest`). */
  readonly metrics: { train: MetricsReport; validation?: MetricsReport; test?: MetricsReport };
  readonly curves?: TrainingCurves;
  readonly crossValidation?: CrossValidation;
  readonly comparison?: LeastSquaresVsDescent;
  readonly diagnosis: Diagnosis;
  readonly split: SplitReport;
  readonly rows: {
    total: number;
    used: number;
    missingTarget: number;
    droppedMissingFeatures: number;
    filteredOut: number;
    imputed: Record<string, number>;
  };
  readonly preprocessing: { scale: ScalingKind; degree: number; missing: MissingStrategy };
  /** The reference (dropped) level of each one-hot feature: its coefficients are relative to it. */
  readonly referenceLevels: Record<string, string>;
  readonly warnings: Message[];
  readonly timeMs: number;
}
