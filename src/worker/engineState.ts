/**
 * What every engine call shares, in one place: the loaded datasets, the requests still running
 * (so `cancel` can abort them), the model runs, and the transport's hooks. engineService.ts makes
 * one per worker and hands it to each area's calls (loadingCalls, datasetCalls, modelCalls), so no
 * call keeps state of its own. Also the request wrapper every long call goes through: an
 * AbortController per request id (Comlink has no cancel of its own) and errors as values.
 */
import { FitplotError, toErrorInfo } from '../table/errors';
import type { Column, Table } from '../table/types';
import type { DatasetId, Description, FilterSpec, Reply, RequestId, RequestMeta } from '../protocol/protocol';
import { inProcessLauncher } from './fitLauncher';
import type { FitLauncher } from './fitLauncher';
import { ModelRuns } from './modelRuns';

export interface EngineServiceHooks {
  /** Lets the transport transfer typed arrays instead of copying them (Comlink.transfer). */
  transfer<T>(value: T, buffers: ArrayBuffer[]): T;
  /** Frees a callback the UI passed in once the call is over (Comlink.releaseProxy). */
  release?(callback: unknown): void;
  /** Where fits run (the browser: a fit worker per fit); in-process by default. */
  launchFit?: FitLauncher;
}

export interface Dataset {
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

export class EngineState {
  private readonly datasets = new Map<DatasetId, Dataset>();
  private readonly running = new Map<RequestId, AbortController>();
  private nextDataset = 1;
  readonly runs: ModelRuns;

  constructor(readonly hooks: EngineServiceHooks) {
    this.runs = new ModelRuns(hooks.launchFit ?? inProcessLauncher);
  }

  /** Runs one request: its reply carries the request's id and revision, and a thrown error becomes an error value. */
  async run<T>(meta: RequestMeta, work: (signal: AbortSignal) => Promise<T> | T): Promise<Reply<T>> {
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

  cancel(requestId: RequestId): void {
    this.running.get(requestId)?.abort();
  }

  releaseAll(...callbacks: unknown[]): void {
    for (const callback of callbacks) if (callback !== undefined) this.hooks.release?.(callback);
  }

  addDataset(table: Table): DatasetId {
    const datasetId = `d${this.nextDataset++}`;
    this.datasets.set(datasetId, { table, filters: [], view: table });
    return datasetId;
  }

  dataset(datasetId: DatasetId): Dataset {
    const dataset = this.datasets.get(datasetId);
    if (!dataset)
      throw new FitplotError({
        code: 'INTERNAL',
        message: `The data of this view is no longer loaded (dataset ${datasetId} was closed).`,
        hint: 'Open the file again.',
      });
    return dataset;
  }

  /** A column of the dataset's whole table (not only the filtered view). */
  column(datasetId: DatasetId, index: number): Column {
    const column = this.dataset(datasetId).table.columns[index];
    if (!column)
      throw new FitplotError({
        code: 'COLUMN_NOT_FOUND',
        message: `There is no column ${index + 1} in this table.`,
        hint: 'Choose a column from the list.',
      });
    return column;
  }

  closeDataset(datasetId: DatasetId): void {
    this.datasets.delete(datasetId);
  }
}

/**
 * Progress is a notification to the UI, which may have gone (window reloaded, callback released
 * after a late timer): a failed delivery must not break the load, so it is dropped on purpose.
 */
export function notify<E>(listener: (event: E) => void, event: E): void {
  try {
    void Promise.resolve(listener(event) as unknown).catch(() => undefined);
  } catch {
    // The callback was released: nobody is listening any more.
  }
}
