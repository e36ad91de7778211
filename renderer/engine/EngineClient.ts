/**
 * The UI's only way to the engine: starts the module worker, makes typed calls over Comlink,
 * forwards progress, cancels (a polite `cancel(requestId)`, then `terminate()` as the hard stop)
 * and drops stale replies: each call is stamped with a revision per "channel" (dataset, grid,
 * chart …), and a reply whose revision is older than the channel's latest resolves as `stale`.
 */
import * as Comlink from 'comlink';
import type {
  ChartOption,
  ChartSettingsData,
  ChartSpecs,
  ColumnExtent,
  DatasetId,
  Description,
  EngineApi,
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
  Reopen,
  Reply,
  RowsQuery,
  RowsResult,
  StreamSource,
} from '../../src/protocol/protocol';
import type { ErrorInfo } from '../../src/table/errors';
import type { FitReport, FitSpec } from '../../src/models/pipeline';
import type { ModelJSON } from '../../src/models/modelJson';
import type { ModelOptionValues } from '../../src/models/specs';
import type { Message } from '../../src/table/messages';
import type { ModelChartLook } from '../../src/charts/modelChartBase';
import type { HostFile } from '../host/HostApi';

export type Outcome<T> =
  { readonly kind: 'ok'; readonly value: T } | { readonly kind: 'error'; readonly error: ErrorInfo } | { readonly kind: 'stale' };

/** A running call: its outcome, and a way to cancel it. */
export interface Pending<T> {
  readonly requestId: number;
  readonly result: Promise<Outcome<T>>;
  cancel(): void;
}

/** How long a polite cancel may take before the worker is terminated (and restarted). */
const HARD_STOP_MS = 1500;

const CANCELLED: ErrorInfo = { code: 'CANCELLED', message: 'Loading was cancelled.', hint: 'Open the file again when you are ready.' };

export type WorkerFactory = () => Worker;

export class EngineClient {
  private worker!: Worker;
  private api!: Comlink.Remote<EngineApi>;
  private nextRequest = 1;
  private readonly latest = new Map<string, number>();
  /** Incremented when the worker is terminated: every dataset opened before it is gone. */
  private generation = 0;
  private readonly onRestart = new Set<() => void>();

  constructor(private readonly createWorker: WorkerFactory) {
    this.start();
  }

  private start(): void {
    this.worker = this.createWorker();
    this.api = Comlink.wrap<EngineApi>(this.worker);
  }

  /** Called after a hard stop restarted the worker (all datasets were lost). */
  subscribeRestart(listener: () => void): () => void {
    this.onRestart.add(listener);
    return () => this.onRestart.delete(listener);
  }

  private stamp(channel: string): { requestId: number; revision: number } {
    const revision = (this.latest.get(channel) ?? 0) + 1;
    this.latest.set(channel, revision);
    return { requestId: this.nextRequest++, revision };
  }

  private settle<T>(channel: string, reply: Promise<Reply<T>>): Promise<Outcome<T>> {
    return reply.then(
      (r): Outcome<T> => {
        if (r.revision !== this.latest.get(channel)) return { kind: 'stale' };
        return r.ok ? { kind: 'ok', value: r.value } : { kind: 'error', error: r.error };
      },
      (error: unknown): Outcome<T> => ({
        kind: 'error',
        error: {
          code: 'INTERNAL',
          message: `The engine stopped unexpectedly: ${String(error)}`,
          hint: 'Try again; if it keeps happening, reload the window.',
        },
      }),
    );
  }

  /**
   * `hardStop`: whether an unanswered cancel may terminate the worker. Only for a full load (the
   * user pressed Cancel and the table being replaced is gone anyway); a preview is small, and
   * killing the worker for it would drop the open table while it is busy (e.g. describing 10 M rows).
   */
  private cancellable<T>(
    channel: string,
    meta: { requestId: number; revision: number },
    reply: Promise<Reply<T>>,
    hardStop: boolean,
  ): Pending<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled: ((o: Outcome<T>) => void) | undefined;
    let done = false;
    const cancelledPromise = new Promise<Outcome<T>>((resolve) => (cancelled = resolve));
    const settled = this.settle(channel, reply).finally(() => {
      done = true;
      clearTimeout(timer);
    });
    return {
      requestId: meta.requestId,
      result: Promise.race([settled, cancelledPromise]),
      cancel: () => {
        // Cancelling a finished call is a no-op: it must never hard-stop the worker (and lose its tables).
        if (done || timer !== undefined) return;
        const generation = this.generation;
        void this.api.cancel(meta.requestId);
        if (!hardStop) return;
        timer = setTimeout(() => {
          if (generation !== this.generation) return;
          this.restart();
          cancelled?.({ kind: 'error', error: CANCELLED });
        }, HARD_STOP_MS);
      },
    };
  }

  /** The hard stop: kills the worker mid-computation and starts a fresh one. */
  restart(): void {
    this.worker.terminate();
    this.generation++;
    this.latest.clear();
    this.start();
    for (const listener of this.onRestart) listener();
  }

  open(file: HostFile, options: ImportOptions, onProgress: (event: ProgressEvent) => void): Pending<OpenResult> {
    const meta = this.stamp('dataset');
    return this.cancellable(
      'dataset',
      meta,
      this.api.open(meta, streamSource(file), options, Comlink.proxy(onProgress), reopener(file)),
      true,
    );
  }

  preview(file: HostFile, options: ImportOptions, maxRows: number): Pending<PreviewResult> {
    const meta = this.stamp('preview');
    return this.cancellable('preview', meta, this.api.preview(meta, streamSource(file), options, maxRows, reopener(file)), false);
  }

  describe(datasetId: DatasetId): Promise<Outcome<Description>> {
    const meta = this.stamp(`describe:${datasetId}`);
    return this.settle(`describe:${datasetId}`, this.api.describe(meta, datasetId));
  }

  /** The dataset's filter set; a newer set supersedes an older one still being applied. */
  setFilters(datasetId: DatasetId, filters: readonly FilterSpec[]): Promise<Outcome<FilterState>> {
    const meta = this.stamp(`filters:${datasetId}`);
    return this.settle(`filters:${datasetId}`, this.api.setFilters(meta, datasetId, filters));
  }

  columnExtent(datasetId: DatasetId, column: number): Promise<Outcome<ColumnExtent | null>> {
    const meta = this.stamp(`extent:${datasetId}`);
    return this.settle(`extent:${datasetId}`, this.api.columnExtent(meta, datasetId, column));
  }

  describeGroups(datasetId: DatasetId, column: number): Promise<Outcome<GroupedDescription>> {
    const meta = this.stamp(`groups:${datasetId}`);
    return this.settle(`groups:${datasetId}`, this.api.describeGroups(meta, datasetId, column));
  }

  /** Grid pages share one channel per query, so pages of an older sort/filter are dropped. */
  rows(query: RowsQuery, queryRevision: number): Promise<Outcome<RowsResult>> {
    const channel = `rows:${query.datasetId}`;
    const meta = { requestId: this.nextRequest++, revision: queryRevision };
    this.latest.set(channel, Math.max(this.latest.get(channel) ?? 0, queryRevision));
    return this.settle(channel, this.api.rows(meta, query));
  }

  histograms(datasetId: DatasetId, bins: number): Promise<Outcome<readonly MiniHistogram[]>> {
    const meta = this.stamp(`hist:${datasetId}`);
    return this.settle(`hist:${datasetId}`, this.api.histograms(meta, datasetId, bins));
  }

  chartSpecs(): Promise<ChartSpecs> {
    return this.api.chartSpecs();
  }

  /** One channel per chart: a slow build for old settings never overwrites a newer preview. */
  chart(chartId: string, datasetId: DatasetId, settings: ChartSettingsData): Promise<Outcome<ChartOption>> {
    const meta = this.stamp(`chart:${chartId}`);
    return this.settle(`chart:${chartId}`, this.api.chart(meta, datasetId, settings));
  }

  close(datasetId: DatasetId): void {
    void this.api.close(datasetId);
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
    const meta = this.stamp(`fit:${this.nextRequest}`);
    const runId = `run${meta.requestId}`;
    return { runId, result: this.settle(`fit:${meta.requestId}`, this.api.fit(meta, datasetId, spec, Comlink.proxy(onProgress))) };
  }

  /** Ends a fit at its current epoch; its result then arrives as usual, marked stopped. */
  stopFit(runId: string): void {
    void this.api.stopFit(runId);
  }

  predict(model: ModelRef, datasetId: DatasetId, previewRows: number): Promise<Outcome<PredictResult>> {
    const meta = this.stamp('predict');
    return this.settle('predict', this.api.predict(meta, model, datasetId, previewRows));
  }

  predictionsCsv(model: ModelRef, datasetId: DatasetId): Promise<Outcome<string>> {
    const meta = this.stamp('predictionsCsv');
    return this.settle('predictionsCsv', this.api.predictionsCsv(meta, model, datasetId));
  }

  modelCharts(runId: string, datasetId: DatasetId, look: ModelChartsLook): Promise<Outcome<ModelChartSet>> {
    const meta = this.stamp('modelCharts');
    return this.settle('modelCharts', this.api.modelCharts(meta, runId, datasetId, look));
  }

  forgetRun(runId: string): void {
    void this.api.forgetRun(runId);
  }

  /** One channel per chart, so a slow build never overwrites a newer one (live curves update often). */
  modelChart(chartId: string, request: ModelChartRequest, look: ModelChartLook): Promise<Outcome<ChartOption>> {
    const meta = this.stamp(`modelChart:${chartId}`);
    return this.settle(`modelChart:${chartId}`, this.api.modelChart(meta, request, look));
  }

  modelForms(): Promise<readonly FormFamily[]> {
    return this.api.modelForms();
  }

  checkModelOptions(family: string, method: string, values: ModelOptionValues): Promise<readonly Message[]> {
    return this.api.checkModelOptions(family, method, values);
  }

  pythonScript(spec: FitSpec, report: FitReport): Promise<Outcome<string>> {
    const meta = this.stamp('pythonScript');
    return this.settle('pythonScript', this.api.pythonScript(meta, spec, report));
  }

  readModel(text: string, fileName: string): Promise<Outcome<ModelJSON>> {
    const meta = this.stamp('readModel');
    return this.settle('readModel', this.api.readModel(meta, text, fileName));
  }

  dispose(): void {
    this.worker.terminate();
  }
}

/**
 * The file's bytes for the worker: the File itself when there is one (cloning a Blob shares its
 * bytes, nothing is copied), else a stream transferred (not copied).
 */
function streamSource(file: HostFile): StreamSource {
  if (file.blob) return { name: file.name, size: file.size, blob: file.blob };
  const stream = file.stream();
  return Comlink.transfer({ name: file.name, size: file.size, stream }, [stream as unknown as Transferable]);
}

/** Lets the worker ask for the file again (a fresh, transferred stream each time). */
function reopener(file: HostFile): Reopen {
  return Comlink.proxy(async () => {
    const stream = file.stream();
    return Comlink.transfer(stream, [stream as unknown as Transferable]);
  });
}

let shared: EngineClient | undefined;

/** The app's engine (one worker for the window). */
export function engine(): EngineClient {
  shared ??= new EngineClient(
    () => new Worker(new URL('../../src/worker/browserWorker.ts', import.meta.url), { type: 'module', name: 'fitplot-engine' }),
  );
  return shared;
}
