/**
 * The worker protocol: every request, reply, progress event and error type exchanged between the
 * UI (renderer/engine/EngineClient) and the engine worker (src/worker/engineService). Types only.
 *
 * Transport is Comlink (docs/dependencies.md): each call is an RPC; typed arrays in replies are
 * transferred, never copied. On top of that the protocol adds what Comlink lacks:
 * - a `requestId` per long call, so the UI can cancel it (`cancel(requestId)`);
 * - a `revision` the client stamps on each request and the reply echoes, so replies that arrive
 *   after the user changed their mind (another file, another sort) are dropped;
 * - errors as values (`Reply.ok === false` with an ErrorInfo), never thrown across the boundary.
 */
import type { Column, ColumnType, NumberColumn } from '../table/types';
import type { ErrorInfo } from '../table/errors';
import type { FilterSpec, MiniHistogram, RowsResult, SortSpec } from '../table/query/types';
import type { GroupedDescription } from '../stats/groups';
import type { BlobLike, Delimiter, EncodingSource, LoadOptions, LoadWarning, WorkbookInfo } from '../io/types';
import type { PartialPassResult } from '../io/fast/partialPass';
import type { ColumnDescription, DescribeOptions, TableDescription } from '../stats/describe';
import type { Extent } from '../stats/binnedColumn';
import type { RunningSnapshot } from '../stats/runningSummary';
import type { CorrelationAccumulator } from '../stats/correlation';
import type { ChartKind } from '../charts/settings';
import type { ChartSpec, OptionSpec } from '../charts/spec';
import type { FitReport, FitSpec } from '../models/pipeline';
import type { MetricsReport } from '../models/report';
import type { ModelJSON } from '../models/modelJson';
import type { Explanation } from '../models/explain/types';
import type { EpochProgress } from '../models/estimatorContract';
import type { ModelOptionSpec, ModelOptionValues, OptionValue, Task } from '../models/specs';
import type { Message } from '../table/messages';
import type { ConfusionInput, ModelChartLook, PrCurve, RocCurve, TrainingRun } from '../charts/modelCharts';
import type { FitLineId, LiveFitInput, LivePoints } from '../charts/liveFitChart';

/** A deterministic sample of a run's training rows (src/worker/livePoints.ts), sent once when the run can be drawn. */
export type { LivePoints };
/** The live fit chart's series id of the line or boundary, whose data the view exposes for tests. */
export type { FitLineId };

export type RequestId = number;
export type DatasetId = string;

/** Stamped by the client on every request and echoed in the reply. */
export interface RequestMeta {
  readonly requestId: RequestId;
  /** Monotonic per kind of view state (dataset, grid query, chart); stale replies carry an older one. */
  readonly revision: number;
}

export type Reply<T> =
  | { readonly ok: true; readonly requestId: RequestId; readonly revision: number; readonly value: T }
  | { readonly ok: false; readonly requestId: RequestId; readonly revision: number; readonly error: ErrorInfo };

/** The serialisable subset of LoadOptions the UI may set (the import view's controls). */
export interface ImportOptions {
  readonly encoding?: string;
  readonly delimiter?: Delimiter;
  readonly decimalComma?: boolean;
  readonly header?: boolean;
  readonly columnTypes?: Readonly<Record<string, ColumnType>>;
  /** Number columns as 32-bit floats (LoadOptions.float32): half the memory, a warning for each rounded column. */
  readonly float32?: boolean;
  /**
   * The app's memory budget for one table, in MiB (LoadOptions.memoryLimitBytes): a file whose table
   * is estimated to need more is refused before it is read (TOO_LARGE) instead of crashing the tab.
   * The app always sends one (renderer/features/import/memoryBudget.ts); without it nothing is checked.
   */
  readonly memoryBudgetMB?: number;
  /** A workbook's sheet, by name (LoadOptions.sheet); default the first. */
  readonly sheet?: string;
  /** A workbook's header row, 1-based (LoadOptions.headerRow). */
  readonly headerRow?: number;
}

/**
 * A file's bytes as they cross into the worker, with what the loader reports: a transferred stream
 * (Electron's file URL), or the File itself (browser files), which the worker reads in large
 * slices with read-ahead (src/io/blobChunks.ts) and can re-read without asking the UI.
 */
export type StreamSource = StreamedFile | BlobFile;

export interface StreamedFile {
  readonly name: string;
  readonly size?: number;
  readonly stream: ReadableStream<Uint8Array>;
}

export interface BlobFile {
  readonly name: string;
  readonly size?: number;
  readonly blob: BlobLike;
}

/**
 * Asks the UI for a fresh stream of the same file (transferred), for a loader that reads the file
 * twice (e.g. restarting with another encoding). Passed as its own argument: Comlink proxies only
 * top-level callbacks.
 */
export type Reopen = () => Promise<ReadableStream<Uint8Array>>;

export interface ProgressEvent {
  readonly requestId: RequestId;
  readonly bytesRead: number;
  readonly totalBytes: number | undefined;
  readonly rows: number;
  readonly elapsedMs: number;
  /** Running statistics of the rows read so far (src/worker/liveStats.ts); absent before the first rows. */
  readonly partial?: PartialStats;
}

/** One number column's running statistics while the file loads (src/stats/runningSummary.ts). */
export interface PartialColumnStats extends RunningSnapshot {
  /** Index of the column in the file. */
  readonly column: number;
  readonly name: string;
  /** Cells read so far that are not numbers (empty, or unreadable as a number), as describe's `missing`. */
  readonly missing: number;
}

export interface PartialStats {
  readonly rows: number;
  /** Columns that look numeric so far; `columns` holds at most MAX_LIVE_COLUMNS of them. */
  readonly numberColumns: number;
  readonly columns: readonly PartialColumnStats[];
}

export interface ColumnInfo {
  readonly name: string;
  readonly type: ColumnType;
  readonly missing: number;
  readonly invalid: number;
  readonly reason?: string;
}

/** What the loader decided, without the table (the table stays in the worker). */
export interface LoadSummary {
  readonly fileName: string;
  readonly encoding: string;
  readonly encodingSource: EncodingSource;
  readonly delimiter: Delimiter;
  readonly decimalComma: boolean;
  readonly header: boolean;
  readonly rowCount: number;
  readonly columns: readonly ColumnInfo[];
  readonly warnings: readonly LoadWarning[];
  readonly bytesRead: number;
  readonly memoryBytes: number;
  readonly elapsedMs: number;
  readonly truncated: boolean;
  /** For a workbook: the sheet read and the workbook's sheets. */
  readonly workbook?: WorkbookInfo;
}

export interface OpenResult extends LoadSummary {
  readonly datasetId: DatasetId;
}

/** The import view's preview: the first rows as display strings (null = missing). */
export interface PreviewResult extends LoadSummary {
  readonly rows: readonly (readonly (string | null)[])[];
}

export interface RowsQuery {
  readonly datasetId: DatasetId;
  readonly start: number;
  readonly count: number;
  readonly sort: readonly SortSpec[];
  readonly filters: readonly FilterSpec[];
}

export type { ColumnSlice, FilterOp, FilterSpec, MiniHistogram, RowsResult, SortSpec } from '../table/query/types';
export type { GroupDescription, GroupedDescription } from '../stats/groups';
export type { WorkbookInfo } from '../io/types';

// Dataset filters and groups (issue 13 §2): the filter set belongs to the open dataset, so the
// statistics, charts and model fits read the filtered rows; groups split the statistics by a column.

/** How many rows the dataset's filter set keeps (the status bar's indicator). */
export interface FilterState {
  readonly matchCount: number;
  readonly rowCount: number;
}

/** Smallest and largest finite value of a number or datetime column (epoch ms), over all rows. */
export interface ColumnExtent {
  readonly min: number;
  readonly max: number;
}

/** What the engine's charts module declares per chart type, so the form can be generated. Plain data. */
export interface ChartSpecs {
  readonly charts: Readonly<Record<ChartKind, ChartSpec>>;
  readonly common: readonly OptionSpec[];
  /** Look options every chart's form shows (legend place, number format). */
  readonly look: readonly OptionSpec[];
}
/** ChartSettings and the resulting ECharts option are plain JSON; their shape belongs to src/charts. */
export type ChartSettingsData = Readonly<Record<string, unknown>>;
export type ChartOption = Readonly<Record<string, unknown>>;
export type Description = TableDescription;

/** The worker's API, as the client sees it through Comlink. Every long call takes a RequestMeta. */
export interface EngineApi {
  open(
    meta: RequestMeta,
    source: StreamSource,
    options: ImportOptions,
    onProgress: (event: ProgressEvent) => void,
    reopen?: Reopen,
  ): Promise<Reply<OpenResult>>;
  preview(meta: RequestMeta, source: StreamSource, options: ImportOptions, maxRows: number, reopen?: Reopen): Promise<Reply<PreviewResult>>;
  /** Aborts a running open/preview/describe; it then replies with a CANCELLED error. */
  cancel(requestId: RequestId): void;
  describe(meta: RequestMeta, datasetId: DatasetId): Promise<Reply<Description>>;
  rows(meta: RequestMeta, query: RowsQuery): Promise<Reply<RowsResult>>;
  histograms(meta: RequestMeta, datasetId: DatasetId, bins: number): Promise<Reply<readonly MiniHistogram[]>>;
  /** Sets the dataset's filter set: describe, histograms, charts and fits then read only the matching rows. */
  setFilters(meta: RequestMeta, datasetId: DatasetId, filters: readonly FilterSpec[]): Promise<Reply<FilterState>>;
  /** null when the column has no finite value. */
  columnExtent(meta: RequestMeta, datasetId: DatasetId, column: number): Promise<Reply<ColumnExtent | null>>;
  describeGroups(meta: RequestMeta, datasetId: DatasetId, column: number): Promise<Reply<GroupedDescription>>;
  chartSpecs(): Promise<ChartSpecs>;
  chart(meta: RequestMeta, datasetId: DatasetId, settings: ChartSettingsData): Promise<Reply<ChartOption>>;
  close(datasetId: DatasetId): void;
  // The model workbench (see "Models" below).
  fit(meta: RequestMeta, datasetId: DatasetId, spec: FitSpec, onProgress: (event: FitProgress) => void): Promise<Reply<FitResult>>;
  /** Ends a running fit at its current epoch (or its best, with early stopping); the fit replies with that model. */
  stopFit(runId: RunId): void;
  /** Predictions of a kept run's model (or a loaded model file) on a loaded dataset. */
  predict(meta: RequestMeta, model: ModelRef, datasetId: DatasetId, previewRows: number): Promise<Reply<PredictResult>>;
  /** The loaded dataset as CSV with the model's prediction columns appended (the source file is never touched). */
  predictionsCsv(meta: RequestMeta, model: ModelRef, datasetId: DatasetId): Promise<Reply<string>>;
  /** The result charts of a kept run on the dataset it was fitted on. */
  modelCharts(meta: RequestMeta, runId: RunId, datasetId: DatasetId, look: ModelChartsLook): Promise<Reply<ModelChartSet>>;
  forgetRun(runId: RunId): void;
  /** A chart of model results from data the UI holds (live training curves, ROC, confusion at a threshold …). */
  modelChart(meta: RequestMeta, request: ModelChartRequest, look: ModelChartLook): Promise<Reply<ChartOption>>;
  /** A numpy/scikit-learn script that reproduces the fit from the CSV (pythonScript of src/models). */
  pythonScript(meta: RequestMeta, spec: FitSpec, report: FitReport): Promise<Reply<string>>;
  /** Reads a saved model file (JSON text), checking its format and version. */
  readModel(meta: RequestMeta, text: string, fileName: string): Promise<Reply<ModelJSON>>;
  /** MODEL_SPECS as the fit form needs it: per family its methods, each with its options and their defaults. */
  modelForms(): Promise<readonly FormFamily[]>;
  /** validateModelOptions: the same errors the CLI gives, as Messages. */
  checkModelOptions(family: string, method: string, values: ModelOptionValues): Promise<readonly Message[]>;
}

// ── Models ──────────────────────────────────────────────────────────────────────────────────────
// A fit runs in a worker of its own (src/worker/fitWorker.ts), started by the engine worker, over
// the loaded table's needed columns (shared when the page is cross-origin isolated, else copied
// once), so the grid, statistics and charts stay live. Fitted models stay in the engine worker by
// run id; the UI gets the report and the model JSON (small: coefficients and encoders).

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

// The CLI's worker_threads (`--workers 2`: src/cli/splitLoad.ts, src/cli/parallelDescribe.ts;
// entry src/worker/nodeWorker.ts). Messages are structured-clone data: no signals, no callbacks.

/** workerData of a split-load worker: read bytes [start, end) of the file (the header from its start). */
export interface PartJob {
  readonly kind: 'part';
  readonly path: string;
  readonly size: number;
  readonly start: number;
  readonly end: number;
  readonly options: LoadOptions;
}

/** workerData of the describe worker, which then answers DescribeRequests. */
export interface DescribeJob {
  readonly kind: 'describe';
}

export type PartMessage =
  /** Records counted as loadTable's progress counts them: the header line is one (a later part counts one too). */
  | { readonly type: 'progress'; readonly bytesRead: number; readonly records: number }
  /** The part's partial columns (arrays transferred, or shared); undefined when it needs the general path. */
  | { readonly type: 'done'; readonly result: PartialPassResult | undefined }
  | { readonly type: 'failed'; readonly message: string };

/** Number columns travel with their arrays in SharedArrayBuffers (LoadOptions.sharedMemory): nothing is copied. */
export type DescribeRequest =
  | {
      readonly type: 'correlation';
      readonly columns: readonly NumberColumn[];
      readonly shifts: readonly number[];
      readonly start: number;
      readonly end: number;
    }
  | {
      readonly type: 'columns';
      readonly columns: readonly NumberColumn[];
      readonly extents: readonly (Extent | null)[];
      readonly options: DescribeOptions;
    };

export type DescribeReply =
  | { readonly type: 'correlation'; readonly acc: CorrelationAccumulator }
  | { readonly type: 'columns'; readonly descriptions: ColumnDescription[] }
  | { readonly type: 'failed'; readonly message: string };

// Engine types the renderer uses, re-exported so it imports types from the protocol only.
export type { ModelChartLook, TrainingRun } from '../charts/modelCharts';
export type { ThemeName } from '../charts/settings';
export type { ChartSpec, OptionSpec, RoleSpec } from '../charts/spec';
export type { Delimiter, LoadWarning } from '../io/types';
export type { Verdict } from '../models/diagnosis';
export type {
  CoordinateSweepExplanation,
  DescentStepExplanation,
  Explanation,
  GradientId,
  LbfgsStepExplanation,
  NewtonStepExplanation,
  NormalEquationsExplanation,
  ObjectiveId,
  SolverStepExplanation,
  UpdateId,
} from '../models/explain/types';
export type { CoefficientInference } from '../models/inference';
export type { CurvePoints } from '../models/metrics/classification';
export type { ModelJSON } from '../models/modelJson';
export type { FitReport, FitSpec, SplitRequest } from '../models/pipeline';
export type { MetricsReport } from '../models/report';
export type { ClassificationReport } from '../models/report';
export type { ColumnDescription, TableDescription } from '../stats/describe';
export type { ErrorCode, ErrorInfo } from '../table/errors';
export type { Message, MessageParam, MessageParams } from '../table/messages';
export type { ColumnType } from '../table/types';
