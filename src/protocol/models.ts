/**
 * The model workbench's calls and events.
 *
 * A fit runs in a worker of its own (src/worker/fitWorker.ts), started by the engine worker, over
 * the loaded table's needed columns (shared when the page is cross-origin isolated, else copied
 * once), so the grid, statistics and charts stay live. Fitted models stay in the engine worker by
 * run id; the UI gets the report and the model JSON (small: coefficients and encoders).
 */
import type { Column } from '../table/types';
import type { ErrorInfo } from '../table/errors';
import type { FilterSpec } from '../table/query/types';
import type { FitReport, FitSpec } from '../models/pipeline';
import type { MetricsReport } from '../models/report';
import type { ModelJSON } from '../models/modelJson';
import type { Explanation } from '../models/explain/types';
import type { EpochProgress } from '../models/estimatorContract';
import type { ModelOptionSpec, OptionValue, Task } from '../models/specs';
import type { Message } from '../table/messages';
import type { PrCurve, RocCurve } from '../charts/classifierCurves';
import type { ConfusionInput } from '../charts/confusionMatrix';
import type { TrainingRun } from '../charts/trainingCurves';
import type { FitLineId, LiveFitInput, LivePoints } from '../charts/liveFitChart';
import type { ChartOption } from './dataset';

/** A deterministic sample of a run's training rows (src/worker/livePoints.ts), sent once when the run can be drawn. */
export type { LivePoints };
/** The live fit chart's series id of the line or boundary, whose data the view exposes for tests. */
export type { FitLineId };

export type RunId = string;

/** One epoch of an iterative fit, as the engine reports it. */
export type FitEpoch = EpochProgress;

/** An option of one method, with the default in effect for that method. */
export type FormOption = ModelOptionSpec;

export interface FormMethod {
  readonly method: string;
  readonly labelKey: string;
  readonly iterative: boolean;
  readonly options: readonly FormOption[];
}

export interface FormFamily {
  readonly family: string;
  readonly task: Task;
  readonly labelKey: string;
  readonly defaultMethod: string;
  readonly methods: readonly FormMethod[];
}

export type { OptionValue };

/**
 * Streamed while a fit runs, at most ~20 per second: every epoch since the last event is in
 * `epochs` (none is dropped here; the view keeps a bounded, thinned history of them).
 */
export interface FitProgress {
  readonly runId: RunId;
  readonly epochs: readonly FitEpoch[];
  /** The weights after the last of `epochs`, when the model can be drawn over its inputs. */
  readonly weights?: LiveWeights;
  /** Once per run, before its first epoch: the sample of training rows the live chart draws. */
  readonly points?: LivePoints;
}

/**
 * A linear model's weights in the table's units (scaling undone), one output, at most two inputs
 * in feature order (or the powers x, x², … of one input): what the live chart draws as the fitted
 * line, curve or decision boundary.
 */
export interface LiveWeights {
  readonly weights: readonly number[];
  readonly intercept: number;
}

export interface FitResult {
  readonly runId: RunId;
  readonly report: FitReport;
  readonly model: ModelJSON;
  /** True when the user stopped the fit: the model is the one at the stopping (or best) epoch. */
  readonly stopped: boolean;
  /** Linear and logistic fits: the Explain panel's formula ids and numbers (src/models/explain). */
  readonly explanation?: Explanation;
  /**
   * Scores on the split's test rows, from this run's model (computed at fit time, never refitted);
   * the app shows them only when the user asks, as `fitplot fit --evaluate-test` does.
   */
  readonly testMetrics?: MetricsReport;
  /**
   * The dataset's filter set when the fit started (empty: every row). The fit read only the rows it
   * keeps; `report.rows` counts them (`filteredOut`, `used` of `total`).
   */
  readonly filters: readonly FilterSpec[];
}

/** A model to apply: a kept run, or a model file the user loaded (its JSON). */
export type ModelRef = { readonly runId: RunId } | { readonly model: ModelJSON };

export interface PredictResult {
  readonly rows: number;
  /** Rows the model could not predict (a missing feature it cannot impute). */
  readonly skippedRows: number;
  /** Names of the prediction columns appended (`predicted_<target>`, then class probabilities). */
  readonly columns: readonly string[];
  /** The first rows' predictions as display strings, for the preview. */
  readonly preview: readonly (readonly string[])[];
  /** Why rows got no prediction (unseen levels, missing or unreadable values), by column. */
  readonly messages: readonly Message[];
}

export interface ModelChartsLook {
  readonly theme: 'light' | 'dark';
  readonly locale: 'en' | 'ko';
  readonly width: number;
  readonly height: number;
}

/** The result charts of a run that apply to it (regression: the first two; classification: the rest). */
export interface ModelChartSet {
  readonly predictedActual?: ChartOption;
  readonly residuals?: ChartOption;
  readonly roc?: ChartOption;
  readonly precisionRecall?: ChartOption;
}

/** Charts built from data the UI already has; `training` marks the best epoch and draws closed-form runs as levels. */
export type ModelChartRequest =
  | {
      readonly kind: 'training';
      readonly runs: readonly TrainingRun[];
      readonly bestEpoch?: number;
      readonly levels?: readonly { readonly name: string; readonly value: number }[];
    }
  | { readonly kind: 'roc'; readonly curves: readonly RocCurve[] }
  | { readonly kind: 'pr'; readonly curves: readonly PrCurve[] }
  | { readonly kind: 'confusion'; readonly input: ConfusionInput }
  | { readonly kind: 'liveFit'; readonly fit: LiveFitInput };

/** What the engine worker posts to a fit worker: the columns a fit needs, as a table. */
export interface FitJob {
  readonly runId: RunId;
  readonly rowCount: number;
  readonly columns: readonly Column[];
  readonly spec: FitSpec;
  /** The dataset's filter as a mask over the rows (1 = kept); absent when no filter is on. */
  readonly rowFilter?: Uint8Array;
  /** One Int32 set to 1 to stop at the next epoch (a SharedArrayBuffer; absent where there is none). */
  readonly stopFlag?: Int32Array;
}

export type FitWorkerMessage =
  | { readonly type: 'progress'; readonly epochs: readonly FitEpoch[]; readonly weights?: LiveWeights }
  | { readonly type: 'points'; readonly points: LivePoints }
  | {
      readonly type: 'done';
      readonly report: FitReport;
      readonly model: ModelJSON;
      readonly stopped: boolean;
      readonly explanation?: Explanation;
      readonly testMetrics?: MetricsReport;
    }
  | { readonly type: 'failed'; readonly error: ErrorInfo };
