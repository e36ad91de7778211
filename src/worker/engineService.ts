/**
 * The engine side of the worker protocol (src/protocol/protocol.ts): holds the loaded tables and
 * answers the UI's requests. Transport-agnostic — browserWorker.ts binds it with Comlink. Long
 * calls check an AbortController per request id between chunks (Comlink has no cancel of its own);
 * the client's `terminate()` is the hard stop.
 */
import { loadTable } from '../io/loadTable';
import { blobChunks } from '../io/blobChunks';
import type { ByteSource, LoadResult } from '../io/types';
import { describeTable } from '../stats/describeTable';
import { buildChart } from '../charts/build';
import { CHART_SPECS } from '../charts/registry';
import { COMMON_OPTIONS, LOOK_OPTIONS } from '../charts/spec';
import type { ChartSettings } from '../charts/settings';
import { FitplotError, toErrorInfo } from '../table/errors';
import type { Table } from '../table/types';
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
  ModelChartRequest,
  ModelChartSet,
  ModelChartsLook,
  ModelRef,
  PredictResult,
  RunId,
  EngineApi,
  FilterSpec,
  FilterState,
  GroupedDescription,
  ImportOptions,
  LoadSummary,
  MiniHistogram,
  OpenResult,
  PreviewResult,
  ProgressEvent,
  Reply,
  RequestId,
  Reopen,
  RequestMeta,
  RowsQuery,
  RowsResult,
  StreamSource,
} from '../protocol/protocol';
import type { FitReport, FitSpec } from '../models/pipeline';
import { pythonScript } from '../models/exportPython';
import { refusePythonScriptForWorkbook } from '../io/xlsx/pythonScriptSource';
import { inProcessLauncher } from './fitLauncher';
import type { FitLauncher } from './fitLauncher';
import { ModelRuns } from './modelRuns';
import { predictPreview, predictionsCsvText, regressionCharts } from './modelResults';
import { buildModelChart } from './modelChart';
import { canShareMemory } from './sharedMemory';
import { modelForms } from './modelForms';
import { validateModelOptions } from '../models/optionValidation';
import type { ModelOptionValues } from '../models/specs';
import type { Message } from '../table/messages';
import type { ModelChartLook } from '../charts/modelChartBase';
import { parseModelJSON } from '../models/modelJson';
import type { ModelJSON } from '../models/modelJson';
import { describeGroups } from '../stats/groups';
import { takeRows } from '../table/query/filteredTable';
import { filterMask } from '../table/query/filterMask';
import { buildRowIndex } from '../table/query/rowIndex';
import { miniHistogram, previewRows, sliceRows } from '../table/query/slices';
import { LiveStats } from './liveStats';

interface Dataset {
  readonly table: Table;
  /** The dataset's filter set and its rows as a table (the whole table when no filter is on). */
  filters: readonly FilterSpec[];
  view: Table;
  /** describe's answer for the current view, kept until the filter set changes (the Statistics view asks on every visit). */
  description?: Description;
  /** The last grid query's row index, keyed by its sort+filter JSON (null index = file order). */
  cachedKey?: string;
  cachedIndex?: Uint32Array | null;
}

function summary(result: LoadResult): LoadSummary {
  return {
    fileName: result.fileName,
    encoding: result.encoding,
    encodingSource: result.encodingSource,
    delimiter: result.delimiter,
    decimalComma: result.decimalComma,
    header: result.header,
    rowCount: result.table.rowCount,
    columns: result.columns.map(({ name, type, missing, invalid, reason }) => ({
      name,
      type,
      missing,
      invalid,
      ...(reason !== undefined && { reason }),
    })),
    warnings: result.warnings,
    bytesRead: result.bytesRead,
    memoryBytes: result.memoryBytes,
    elapsedMs: result.elapsedMs,
    truncated: result.truncated,
    ...(result.workbook !== undefined && { workbook: result.workbook }),
  };
}

/** Yields the chunks of a stream fetched on demand (a re-open asked of the UI). */
async function* reopened(reopen: Reopen): AsyncGenerator<Uint8Array> {
  const reader = (await reopen()).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** A ByteSource over a File (re-read at will) or a transferred stream (later opens ask the UI for a fresh one). */
function byteSource(source: StreamSource, reopen: Reopen | undefined): ByteSource {
  if ('blob' in source) {
    const { blob } = source;
    return { name: source.name, size: blob.size, open: () => blobChunks(blob) };
  }
  let opened = false;
  return {
    name: source.name,
    ...(source.size !== undefined && { size: source.size }),
    open(): ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> {
      if (!opened) {
        opened = true;
        return source.stream;
      }
      if (!reopen)
        throw new FitplotError({
          code: 'UNREADABLE',
          message: `${source.name} can be read only once here.`,
          file: source.name,
          hint: 'Open the file again.',
        });
      return reopened(reopen);
    },
  };
}

export interface EngineServiceHooks {
  /** Lets the transport transfer typed arrays instead of copying them (Comlink.transfer). */
  transfer<T>(value: T, buffers: ArrayBuffer[]): T;
  /** Frees a callback the UI passed in once the call is over (Comlink.releaseProxy). */
  release?(callback: unknown): void;
  /** Where fits run (the browser: a fit worker per fit); in-process by default. */
  launchFit?: FitLauncher;
}

export class EngineService implements EngineApi {
  private readonly datasets = new Map<DatasetId, Dataset>();
  private readonly running = new Map<RequestId, AbortController>();
  private nextDataset = 1;
  private readonly runs: ModelRuns;

  constructor(private readonly hooks: EngineServiceHooks = { transfer: (value) => value }) {
    this.runs = new ModelRuns(hooks.launchFit ?? inProcessLauncher);
  }

  private releaseAll(...callbacks: unknown[]): void {
    for (const callback of callbacks) if (callback !== undefined) this.hooks.release?.(callback);
  }

  private async run<T>(meta: RequestMeta, work: (signal: AbortSignal) => Promise<T> | T): Promise<Reply<T>> {
    const controller = new AbortController();
    this.running.set(meta.requestId, controller);
    try {
      const value = await work(controller.signal);
      return { ok: true, requestId: meta.requestId, revision: meta.revision, value };
    } catch (error) {
      return { ok: false, requestId: meta.requestId, revision: meta.revision, error: toErrorInfo(error) };
    } finally {
      this.running.delete(meta.requestId);
    }
  }

  private table(datasetId: DatasetId): Dataset {
    const dataset = this.datasets.get(datasetId);
    if (!dataset)
      throw new FitplotError({
        code: 'INTERNAL',
        message: `The data of this view is no longer loaded (dataset ${datasetId} was closed).`,
        hint: 'Open the file again.',
      });
    return dataset;
  }

  open(
    meta: RequestMeta,
    source: StreamSource,
    options: ImportOptions,
    onProgress: (event: ProgressEvent) => void,
    reopen?: Reopen,
  ): Promise<Reply<OpenResult>> {
    return this.run(meta, async (signal) => {
      const { memoryBudgetMB, ...loadOptions } = options;
      const live = new LiveStats();
      const result = await loadTable(byteSource(source, reopen), {
        ...loadOptions,
        // Columns in SharedArrayBuffers reach each fit worker without a copy (postMessage shares
        // them): the app's fit then costs what the CLI's does (bench row fit-app, docs/performance.md).
        ...(canShareMemory() && { sharedMemory: true }),
        ...(memoryBudgetMB !== undefined && { memoryLimitBytes: memoryBudgetMB * 2 ** 20 }),
        signal,
        onProgress: (p) => {
          const partial = p.peek && live.update(p.peek, p.rows);
          notify(onProgress, {
            requestId: meta.requestId,
            bytesRead: p.bytesRead,
            totalBytes: p.totalBytes,
            rows: p.rows,
            elapsedMs: p.elapsedMs,
            ...(partial && { partial }),
          });
        },
      });
      const datasetId = `d${this.nextDataset++}`;
      this.datasets.set(datasetId, { table: result.table, filters: [], view: result.table });
      return { ...summary(result), datasetId };
    }).finally(() => this.releaseAll(onProgress, reopen));
  }

  preview(
    meta: RequestMeta,
    source: StreamSource,
    options: ImportOptions,
    maxRows: number,
    reopen?: Reopen,
  ): Promise<Reply<PreviewResult>> {
    return this.run(meta, async (signal) => {
      const result = await loadTable(byteSource(source, reopen), { ...options, signal, maxRows });
      return { ...summary(result), rows: previewRows(result.table, maxRows) };
    }).finally(() => this.releaseAll(reopen));
  }

  cancel(requestId: RequestId): void {
    this.running.get(requestId)?.abort();
  }

  describe(meta: RequestMeta, datasetId: DatasetId): Promise<Reply<Description>> {
    return this.run(meta, () => {
      const dataset = this.table(datasetId);
      dataset.description ??= describeTable(dataset.view);
      return dataset.description;
    });
  }

  setFilters(meta: RequestMeta, datasetId: DatasetId, filters: readonly FilterSpec[]): Promise<Reply<FilterState>> {
    return this.run(meta, () => {
      const dataset = this.table(datasetId);
      const index = buildRowIndex(dataset.table, [], filters);
      dataset.filters = filters;
      dataset.view = index ? takeRows(dataset.table, index) : dataset.table;
      delete dataset.description;
      return { matchCount: dataset.view.rowCount, rowCount: dataset.table.rowCount };
    });
  }

  columnExtent(meta: RequestMeta, datasetId: DatasetId, column: number): Promise<Reply<ColumnExtent | null>> {
    return this.run(meta, () => {
      const histogram = miniHistogram(this.columnOf(datasetId, column), 1);
      return histogram.kind === 'bins' && histogram.counts[0]! > 0 ? { min: histogram.min, max: histogram.max } : null;
    });
  }

  describeGroups(meta: RequestMeta, datasetId: DatasetId, column: number): Promise<Reply<GroupedDescription>> {
    return this.run(meta, () => describeGroups(this.table(datasetId).view, column));
  }

  private columnOf(datasetId: DatasetId, index: number) {
    const column = this.table(datasetId).table.columns[index];
    if (!column)
      throw new FitplotError({
        code: 'COLUMN_NOT_FOUND',
        message: `There is no column ${index + 1} in this table.`,
        hint: 'Choose a column from the list.',
      });
    return column;
  }

  rows(meta: RequestMeta, query: RowsQuery): Promise<Reply<RowsResult>> {
    return this.run(meta, () => {
      const dataset = this.table(query.datasetId);
      const key = JSON.stringify([query.sort, query.filters]);
      if (dataset.cachedKey !== key) {
        dataset.cachedIndex = buildRowIndex(dataset.table, query.sort, query.filters);
        dataset.cachedKey = key;
      }
      return sliceRows(dataset.table, dataset.cachedIndex ?? null, query.start, query.count);
    }).then((reply) => (reply.ok ? this.hooks.transfer(reply, bufferList(reply.value)) : reply));
  }

  histograms(meta: RequestMeta, datasetId: DatasetId, bins: number): Promise<Reply<readonly MiniHistogram[]>> {
    return this.run(meta, () => this.table(datasetId).view.columns.map((column) => miniHistogram(column, bins)));
  }

  async chartSpecs(): Promise<ChartSpecs> {
    return { charts: CHART_SPECS, common: COMMON_OPTIONS, look: LOOK_OPTIONS };
  }

  chart(meta: RequestMeta, datasetId: DatasetId, settings: ChartSettingsData): Promise<Reply<ChartOption>> {
    return this.run(meta, () => buildChart(this.table(datasetId).view, settings as unknown as ChartSettings) as unknown as ChartOption);
  }

  close(datasetId: DatasetId): void {
    this.datasets.delete(datasetId);
  }

  /** The run id is `run<requestId>`, so the UI can stop a fit before its first progress event. */
  fit(meta: RequestMeta, datasetId: DatasetId, spec: FitSpec, onProgress: (event: FitProgress) => void): Promise<Reply<FitResult>> {
    return this.run(meta, () => {
      const { table, filters } = this.table(datasetId);
      const rowFilter = filterMask(table, filters);
      return this.runs.fit(runIdOf(meta.requestId), datasetId, table, { filters, ...(rowFilter && { rowFilter }) }, spec, (event) =>
        notify(onProgress, event),
      );
    }).finally(() => this.releaseAll(onProgress));
  }

  stopFit(runId: RunId): void {
    this.runs.stop(runId);
  }

  predict(meta: RequestMeta, model: ModelRef, datasetId: DatasetId, previewRows: number): Promise<Reply<PredictResult>> {
    return this.run(meta, () => predictPreview(this.runs.model(model), this.table(datasetId).table, previewRows));
  }

  predictionsCsv(meta: RequestMeta, model: ModelRef, datasetId: DatasetId): Promise<Reply<string>> {
    return this.run(meta, () => predictionsCsvText(this.runs.model(model), this.table(datasetId).table));
  }

  modelCharts(meta: RequestMeta, runId: RunId, datasetId: DatasetId, look: ModelChartsLook): Promise<Reply<ModelChartSet>> {
    return this.run(meta, () => {
      const { result, rowFilter } = this.runs.run(runId);
      return regressionCharts(result.report, result.model, this.table(datasetId).table, look, rowFilter);
    });
  }

  forgetRun(runId: RunId): void {
    this.runs.forget(runId);
  }

  modelChart(meta: RequestMeta, request: ModelChartRequest, look: ModelChartLook): Promise<Reply<ChartOption>> {
    return this.run(meta, () => buildModelChart(request, look));
  }

  pythonScript(meta: RequestMeta, spec: FitSpec, report: FitReport): Promise<Reply<string>> {
    return this.run(meta, () => {
      refusePythonScriptForWorkbook(spec.fileName);
      return pythonScript(spec, report);
    });
  }

  readModel(meta: RequestMeta, text: string, fileName: string): Promise<Reply<ModelJSON>> {
    return this.run(meta, () => parseModelJSON(text, fileName));
  }

  async modelForms(): Promise<readonly FormFamily[]> {
    return modelForms();
  }

  async checkModelOptions(family: string, method: string, values: ModelOptionValues): Promise<readonly Message[]> {
    return validateModelOptions(family, method, values);
  }
}

export function runIdOf(requestId: RequestId): RunId {
  return `run${requestId}`;
}

/**
 * Progress is a notification to the UI, which may have gone (window reloaded, callback released
 * after a late timer): a failed delivery must not break the load, so it is dropped on purpose.
 */
function notify<E>(listener: (event: E) => void, event: E): void {
  try {
    void Promise.resolve(listener(event) as unknown).catch(() => undefined);
  } catch {
    // The callback was released: nobody is listening any more.
  }
}

function bufferList(result: RowsResult): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [result.rowNumbers.buffer as ArrayBuffer];
  for (const column of result.columns) {
    if (column.kind === 'text') continue;
    buffers.push(column.values.buffer as ArrayBuffer);
    if (column.kind === 'boolean') buffers.push(column.missing.buffer as ArrayBuffer);
  }
  return buffers;
}
