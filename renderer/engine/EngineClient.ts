/**
 * The UI's only way to the engine: one typed call per EngineApi method, each on its "channel" so
 * that a reply a newer request overtook resolves as `stale` (the channels are chosen here; the
 * stamping, settling, cancelling and worker restarts are engineConnection.ts's job). Progress
 * callbacks and files cross to the worker as Comlink proxies and transfers (fileTransfer.ts).
 */
import * as Comlink from 'comlink';
import type {
  ChartOption,
  ChartSettingsData,
  ChartSpecs,
  ColumnExtent,
  DatasetId,
  Description,
  FitProgress,
  FormFamily,
  FitResult,
  FilterSpec,
  FilterState,
  GroupedDescription,
  ImportOptions,
  ModelChartRequest,
  ModelChartSet,
  ModelChartsLook,
  ModelRef,
  PredictResult,
  MiniHistogram,
  OpenResult,
  PreviewResult,
  ProgressEvent,
  RowsQuery,
  RowsResult,
  FitReport,
  FitSpec,
  ModelJSON,
  ModelOptionValues,
  Message,
  ModelChartLook,
} from '../../src/protocol/protocol';
import type { HostFile } from '../host/HostApi';
import { EngineConnection } from './engineConnection';
import type { Outcome, Pending, WorkerFactory } from './engineConnection';
import { reopener, streamSource } from './fileTransfer';

export class EngineClient {
  private readonly connection: EngineConnection;

  constructor(createWorker: WorkerFactory) {
    this.connection = new EngineConnection(createWorker);
  }

  /** Called after a hard stop restarted the worker (all datasets were lost). */
  subscribeRestart(listener: () => void): () => void {
    return this.connection.subscribeRestart(listener);
  }

  /** The hard stop: kills the worker mid-computation and starts a fresh one. */
  restart(): void {
    this.connection.restart();
  }

  dispose(): void {
    this.connection.dispose();
  }

  /** A full load; cancelling it may hard-stop the worker (the table being replaced is gone anyway). */
  open(file: HostFile, options: ImportOptions, onProgress: (event: ProgressEvent) => void): Pending<OpenResult> {
    const { connection } = this;
    return connection.cancellable(
      'dataset',
      (meta) => connection.api.open(meta, streamSource(file), options, Comlink.proxy(onProgress), reopener(file)),
      true,
    );
  }

  /** The Import view's first rows; cancelled only politely, so the open table survives. */
  preview(file: HostFile, options: ImportOptions, maxRows: number): Pending<PreviewResult> {
    const { connection } = this;
    return connection.cancellable(
      'preview',
      (meta) => connection.api.preview(meta, streamSource(file), options, maxRows, reopener(file)),
      false,
    );
  }

  describe(datasetId: DatasetId): Promise<Outcome<Description>> {
    return this.connection.request(`describe:${datasetId}`, (meta) => this.connection.api.describe(meta, datasetId));
  }

  /** The dataset's filter set; a newer set supersedes an older one still being applied. */
  setFilters(datasetId: DatasetId, filters: readonly FilterSpec[]): Promise<Outcome<FilterState>> {
    return this.connection.request(`filters:${datasetId}`, (meta) => this.connection.api.setFilters(meta, datasetId, filters));
  }

  columnExtent(datasetId: DatasetId, column: number): Promise<Outcome<ColumnExtent | null>> {
    return this.connection.request(`extent:${datasetId}`, (meta) => this.connection.api.columnExtent(meta, datasetId, column));
  }

  describeGroups(datasetId: DatasetId, column: number): Promise<Outcome<GroupedDescription>> {
    return this.connection.request(`groups:${datasetId}`, (meta) => this.connection.api.describeGroups(meta, datasetId, column));
  }

  /** Grid pages share one channel per query, so pages of an older sort/filter are dropped. */
  rows(query: RowsQuery, queryRevision: number): Promise<Outcome<RowsResult>> {
    const channel = `rows:${query.datasetId}`;
    const meta = this.connection.stampAt(channel, queryRevision);
    return this.connection.settle(channel, this.connection.api.rows(meta, query));
  }

  histograms(datasetId: DatasetId, bins: number): Promise<Outcome<readonly MiniHistogram[]>> {
    return this.connection.request(`hist:${datasetId}`, (meta) => this.connection.api.histograms(meta, datasetId, bins));
  }

  chartSpecs(): Promise<ChartSpecs> {
    return this.connection.api.chartSpecs();
  }

  /** One channel per chart: a slow build for old settings never overwrites a newer preview. */
  chart(chartId: string, datasetId: DatasetId, settings: ChartSettingsData): Promise<Outcome<ChartOption>> {
    return this.connection.request(`chart:${chartId}`, (meta) => this.connection.api.chart(meta, datasetId, settings));
  }

  close(datasetId: DatasetId): void {
    void this.connection.api.close(datasetId);
  }

  /**
   * Starts a fit (it runs in a fit worker of its own); `runId` is known at once so Stop works
   * before the first progress event. Every fit has its own channel: runs never make each other stale.
   */
  fit(
    datasetId: DatasetId,
    spec: FitSpec,
    onProgress: (event: FitProgress) => void,
  ): { runId: string; result: Promise<Outcome<FitResult>> } {
    const { channel, meta } = this.connection.stampOwnChannel('fit');
    const runId = `run${meta.requestId}`;
    return { runId, result: this.connection.settle(channel, this.connection.api.fit(meta, datasetId, spec, Comlink.proxy(onProgress))) };
  }

  /** Ends a fit at its current epoch; its result then arrives as usual, marked stopped. */
  stopFit(runId: string): void {
    void this.connection.api.stopFit(runId);
  }

  predict(model: ModelRef, datasetId: DatasetId, previewRows: number): Promise<Outcome<PredictResult>> {
    return this.connection.request('predict', (meta) => this.connection.api.predict(meta, model, datasetId, previewRows));
  }

  predictionsCsv(model: ModelRef, datasetId: DatasetId): Promise<Outcome<string>> {
    return this.connection.request('predictionsCsv', (meta) => this.connection.api.predictionsCsv(meta, model, datasetId));
  }

  modelCharts(runId: string, datasetId: DatasetId, look: ModelChartsLook): Promise<Outcome<ModelChartSet>> {
    return this.connection.request('modelCharts', (meta) => this.connection.api.modelCharts(meta, runId, datasetId, look));
  }

  forgetRun(runId: string): void {
    void this.connection.api.forgetRun(runId);
  }

  /** One channel per chart, so a slow build never overwrites a newer one (live curves update often). */
  modelChart(chartId: string, request: ModelChartRequest, look: ModelChartLook): Promise<Outcome<ChartOption>> {
    return this.connection.request(`modelChart:${chartId}`, (meta) => this.connection.api.modelChart(meta, request, look));
  }

  modelForms(): Promise<readonly FormFamily[]> {
    return this.connection.api.modelForms();
  }

  checkModelOptions(family: string, method: string, values: ModelOptionValues): Promise<readonly Message[]> {
    return this.connection.api.checkModelOptions(family, method, values);
  }

  pythonScript(spec: FitSpec, report: FitReport): Promise<Outcome<string>> {
    return this.connection.request('pythonScript', (meta) => this.connection.api.pythonScript(meta, spec, report));
  }

  readModel(text: string, fileName: string): Promise<Outcome<ModelJSON>> {
    return this.connection.request('readModel', (meta) => this.connection.api.readModel(meta, text, fileName));
  }
}

let shared: EngineClient | undefined;

/** The app's engine (one worker for the window). */
export function engine(): EngineClient {
  shared ??= new EngineClient(
    () => new Worker(new URL('../../src/worker/browserWorker.ts', import.meta.url), { type: 'module', name: 'fitplot-engine' }),
  );
  return shared;
}
