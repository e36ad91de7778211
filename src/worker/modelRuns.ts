/**
 * The engine worker's model runs: starts each fit in a fit worker over the columns it needs,
 * forwards its progress, keeps every fitted model by run id (for predictions and charts), and
 * stops a run on request — at its current epoch through a shared flag when the page can share
 * memory, otherwise by ending the fit worker (then no model is kept, and the error says so).
 */
import type { FitSpec } from '../models/pipeline';
import type { ModelJSON } from '../models/modelJson';
import { FitplotError } from '../table/errors';
import type { Column, Table } from '../table/types';
import type { DatasetId, FilterSpec, FitProgress, FitResult, ModelRef, RunId } from '../protocol/protocol';
import type { FitHandle, FitLauncher } from './fitLauncher';
import { canShareMemory } from './sharedMemory';

interface KeptRun {
  readonly datasetId: DatasetId;
  readonly result: FitResult;
  /** The rows the fit could read (the dataset's filter when it started); absent = every row. */
  readonly rowFilter?: Uint8Array;
}

/** The dataset's rows a fit reads: its filter set, and that set as a row mask (absent when no filter is on). */
export interface FitRows {
  readonly filters: readonly FilterSpec[];
  readonly rowFilter?: Uint8Array;
}

interface ActiveRun {
  readonly handle: FitHandle;
  readonly stopFlag?: Int32Array;
  fail(error: FitplotError): void;
}

/**
 * The columns a fit reads: target, features (all others when unspecified) and, when the split
 * looks at time (the default split, a time split, k folds), the datetime column splitStage uses —
 * a random or explicit split never reads a datetime column, so it is not posted to the fit worker. A split by a
 * column needs that column.
 */
export function fitColumns(table: Table, spec: FitSpec): Column[] {
  const named = new Set<string>([spec.target, ...(spec.features ?? table.columns.map((c) => c.name))]);
  const split = spec.split;
  if (split?.kind === 'column') named.add(split.column);
  if (split === undefined || split.kind === 'time' || split.kind === 'kfold') {
    const firstDatetime = table.columns.find((c) => c.type === 'datetime');
    if (split?.kind === 'time' && split.timeColumn) named.add(split.timeColumn);
    else if (firstDatetime) named.add(firstDatetime.name);
  }
  return table.columns.filter((c) => named.has(c.name));
}

function sharedFlag(): Int32Array | undefined {
  return canShareMemory() ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
}

export class ModelRuns {
  private readonly kept = new Map<RunId, KeptRun>();
  private readonly active = new Map<RunId, ActiveRun>();

  constructor(private readonly launch: FitLauncher) {}

  fit(
    runId: RunId,
    datasetId: DatasetId,
    table: Table,
    rows: FitRows,
    spec: FitSpec,
    onProgress: (event: FitProgress) => void,
  ): Promise<FitResult> {
    return new Promise<FitResult>((resolve, reject) => {
      const stopFlag = sharedFlag();
      const finish = () => {
        this.active.get(runId)?.handle.terminate();
        this.active.delete(runId);
      };
      const { rowFilter } = rows;
      const handle = this.launch(
        {
          runId,
          rowCount: table.rowCount,
          columns: fitColumns(table, spec),
          spec,
          ...(rowFilter && { rowFilter }),
          ...(stopFlag && { stopFlag }),
        },
        (message) => {
          if (message.type === 'progress')
            return onProgress({ runId, epochs: message.epochs, ...(message.weights && { weights: message.weights }) });
          if (message.type === 'points') return onProgress({ runId, epochs: [], points: message.points });
          finish();
          if (message.type === 'failed') return reject(new FitplotError(message.error));
          const result: FitResult = {
            runId,
            report: message.report,
            model: message.model,
            stopped: message.stopped,
            filters: rows.filters,
            ...(message.explanation && { explanation: message.explanation }),
            ...(message.testMetrics && { testMetrics: message.testMetrics }),
          };
          this.kept.set(runId, { datasetId, result, ...(rowFilter && { rowFilter }) });
          resolve(result);
        },
      );
      this.active.set(runId, { handle, ...(stopFlag && { stopFlag }), fail: (error) => (finish(), reject(error)) });
    });
  }

  stop(runId: RunId): void {
    const run = this.active.get(runId);
    if (!run) return;
    if (run.stopFlag) Atomics.store(run.stopFlag, 0, 1);
    else
      run.fail(
        new FitplotError({
          code: 'CANCELLED',
          key: 'workbench.stoppedWithoutModel',
          message: 'The fit was stopped before it finished; this window cannot share memory with the fit, so no model was kept.',
          hint: 'Fit again with fewer epochs, or let it finish.',
        }),
      );
  }

  model(ref: ModelRef): ModelJSON {
    if ('model' in ref) return ref.model;
    return this.run(ref.runId).result.model;
  }

  run(runId: RunId): KeptRun {
    const run = this.kept.get(runId);
    if (!run)
      throw new FitplotError({
        code: 'MODEL',
        key: 'workbench.runGone',
        params: { runId },
        message: `Run ${runId} is no longer kept.`,
        hint: 'Fit it again.',
      });
    return run;
  }

  forget(runId: RunId): void {
    this.kept.delete(runId);
  }
}
