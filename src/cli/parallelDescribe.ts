/**
 * describeTable in two threads, for `fitplot describe --workers 2`: the main thread and one
 * worker (../worker/nodeDescribe.ts) each take half the rows of the correlation pass, whose
 * accumulators merge exactly as one pass's blocks do (mergeCorrelation), then each describes half
 * of the number columns; the main thread also takes every other column. The worker reads the
 * table's arrays in place: they must live in SharedArrayBuffers (LoadOptions.sharedMemory).
 *
 * The result has describeTable's schema and values; the correlations merged from two halves may
 * differ from one pass's in the last bits (a different summation order), everything else is the
 * same computation. Tables whose number columns are not all shared, small tables, or a worker
 * that fails get the single-thread describeTable.
 */
import { Worker } from 'node:worker_threads';
import { mergeCorrelation } from '../stats/correlation';
import type { CorrelationAccumulator } from '../stats/correlation';
import { describeColumn, describeNumberColumn } from '../stats/describeColumn';
import { validateDescribeOptions } from '../stats/describeOptions';
import type { DescribeOptions } from '../stats/describeOptions';
import {
  assembleDescription,
  correlatedColumns,
  describeCorrelation,
  describeShifts,
  describeTable,
  numberColumnsOf,
  numberExtents,
} from '../stats/describeTable';
import type { ColumnDescription, TableDescription } from '../stats/descriptionSchema';
import type { NumberColumn, Table } from '../table/types';
import type { DescribeReply, DescribeRequest } from '../protocol/protocol';

/** Below this many rows one thread takes well under a second and a worker's start-up would dominate. */
export const PARALLEL_MIN_ROWS = 200_000;

const isShared = (array: ArrayBufferView): boolean => array.buffer instanceof SharedArrayBuffer;

/** Sends one request and waits for its reply; rejects if the worker fails or exits. */
function ask(worker: Worker, request: DescribeRequest): Promise<DescribeReply> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (reply: DescribeReply): void => {
      cleanup();
      if (reply.type === 'failed') reject(new Error(reply.message));
      else resolve(reply);
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number): void => {
      cleanup();
      reject(new Error(`describe worker exited with code ${code}`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(request);
  });
}

async function inTwoThreads(worker: Worker, table: Table, numeric: NumberColumn[], options: DescribeOptions): Promise<TableDescription> {
  const correlated = correlatedColumns(numeric, options);
  const shifts = describeShifts(correlated);
  const mid = Math.floor(table.rowCount / 2);
  const theirs = ask(worker, { type: 'correlation', columns: correlated, shifts, start: mid, end: table.rowCount });
  const ours = describeCorrelation(correlated, shifts, 0, mid);
  const half = await theirs;
  if (half.type !== 'correlation') throw new Error('describe worker: unexpected reply');
  const acc: CorrelationAccumulator = mergeCorrelation(ours, half.acc);

  // Every other number column goes to the worker (neighbouring sensors tend to cost the same).
  const extents = numberExtents(numeric, acc);
  const theirColumns = numeric.filter((_, j) => j % 2 === 1);
  const described = ask(worker, { type: 'columns', columns: theirColumns, extents: extents.filter((_, j) => j % 2 === 1), options });
  const scratch = { finite: new Float64Array(table.rowCount) };
  const mine = table.columns.map((c): ColumnDescription | undefined => {
    if (c.type !== 'number') return describeColumn(c, options, scratch);
    const j = numeric.indexOf(c);
    return j % 2 === 0 ? describeNumberColumn(c, options, scratch, extents[j] ?? null) : undefined;
  });
  const reply = await described;
  if (reply.type !== 'columns') throw new Error('describe worker: unexpected reply');
  const columns = mine.map(
    (d, i) => d ?? (reply.descriptions[theirColumns.indexOf(table.columns[i] as NumberColumn)] as ColumnDescription),
  );
  return assembleDescription(table, correlated, acc, columns, options);
}

/** describeTable's result, computed by this thread and one worker when the table allows it. */
export async function describeInTwoThreads(
  table: Table,
  options: DescribeOptions,
  workerPath: string,
  minRows = PARALLEL_MIN_ROWS,
): Promise<TableDescription> {
  validateDescribeOptions(options);
  const numeric = numberColumnsOf(table);
  const shareable = numeric.length >= 2 && numeric.every((c) => isShared(c.values) && isShared(c.missing));
  if (!shareable || table.rowCount < minRows) return describeTable(table, options);
  const worker = new Worker(workerPath, { workerData: { kind: 'describe' } });
  try {
    return await inTwoThreads(worker, table, numeric, options);
  } catch {
    // The worker could not start or failed: one thread gives the same description.
    return describeTable(table, options);
  } finally {
    void worker.terminate();
  }
}
