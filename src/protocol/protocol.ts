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
 *
 * One entry point, split by area: requests.ts (ids, meta, replies), loading.ts, dataset.ts,
 * models.ts, nodeWorkers.ts (the CLI's worker_threads) and engineTypes.ts (engine types re-exported
 * for the renderer). The EngineApi below ties them together.
 */
import type { FilterSpec, MiniHistogram, RowsResult } from '../table/query/types';
import type { GroupedDescription } from '../stats/groups';
import type { FitReport, FitSpec } from '../models/pipeline';
import type { ModelJSON } from '../models/modelJson';
import type { ModelOptionValues } from '../models/specs';
import type { Message } from '../table/messages';
import type { ModelChartLook } from '../charts/modelChartBase';
import type { DatasetId, Reply, RequestId, RequestMeta } from './requests';
import type { ImportOptions, OpenResult, PreviewResult, ProgressEvent, Reopen, StreamSource } from './loading';
import type { ChartOption, ChartSettingsData, ChartSpecs, ColumnExtent, Description, FilterState, RowsQuery } from './dataset';
import type {
  FitProgress,
  FitResult,
  FormFamily,
  ModelChartRequest,
  ModelChartSet,
  ModelChartsLook,
  ModelRef,
  PredictResult,
  RunId,
} from './models';

export type * from './requests';
export type * from './loading';
export type * from './dataset';
export type * from './models';
export type * from './nodeWorkers';
export type * from './engineTypes';

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
