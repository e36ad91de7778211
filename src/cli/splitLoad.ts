/**
 * A two-worker first pass for loadTable (its `FirstPass` hook): the file is cut at the first line
 * feed after its middle, two worker threads (../worker/nodeWorker.ts) run the byte fast pass over
 * the halves, and their partial column states are merged in file order (../io/partialColumn.ts)
 * into the columns loadTable made, so the shared type decision and column build run on the same
 * evidence as a single-worker load and give the same table and report.
 *
 * Cutting after a line feed is a safe record boundary exactly where the fast path applies (no
 * quote characters, so no record spans lines; a CR before the LF stays with its line). If either
 * half needs the general path, so does the whole file (every fallback rule is about one line or
 * the header), and loadTable goes to it directly. Small files, a middle without a line feed
 * nearby, or a failed worker use the single-thread fast pass.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { cancelledError } from '../io/chunks';
import { fastPass } from '../io/fast/fastPass';
import type { PartialPassResult } from '../io/fast/partialPass';
import type { FirstPass } from '../io/loadTable';
import { mergeParts, partialBuffers } from '../io/partialColumn';
import type { LoadOptions } from '../io/types';
import type { PartJob, PartMessage } from '../protocol/protocol';

/** Below this size one thread is fast enough (< 0.5 s) and a worker's start-up would be a large share. */
export const SPLIT_MIN_BYTES = 64 * 1024 * 1024;
/** How far past the middle to look for a line feed before giving up on the split. */
const SEARCH_BYTES = 1 << 20;
const LF = 0x0a;

export interface SplitOptions {
  /** The bundled worker entry; defaults to nodeWorker.cjs beside the bundled CLI (dist/). */
  readonly workerPath?: string;
  /** Where to start looking for the cut (default: the middle); tests move it onto a CR, an LF, a line start. */
  readonly cutNear?: number;
  /** Files smaller than this load in one thread (tests lower it to split small files). */
  readonly minBytes?: number;
  /** Called when two parts were read and merged: where the second began and each part's records. */
  readonly onSplit?: (split: { readonly offset: number; readonly rows: readonly [number, number] }) => void;
}

/** The bundled worker entry beside the bundled CLI (dist/nodeWorker.cjs). */
export function bundledWorkerPath(): string {
  return join(__dirname, 'nodeWorker.cjs');
}

/** Offset just after the first line feed at or after `from`, or undefined (none within SEARCH_BYTES, or at the end). */
export function splitOffset(path: string, size: number, from: number): number | undefined {
  const fd = openSync(path, 'r');
  try {
    const window = Buffer.alloc(Math.min(SEARCH_BYTES, Math.max(0, size - from)));
    const got = readSync(fd, window, 0, window.length, from);
    const nl = window.subarray(0, got).indexOf(LF);
    if (nl < 0 || from + nl + 1 >= size) return undefined;
    return from + nl + 1;
  } finally {
    closeSync(fd);
  }
}

/** Options a worker can receive: the signal and callbacks stay in this thread. */
function cloneable(options: LoadOptions): LoadOptions {
  const { signal: _signal, onProgress: _onProgress, ...rest } = options;
  return rest;
}

interface Part {
  readonly done: Promise<PartialPassResult | undefined | Error>;
  readonly worker: Worker;
}

function startPart(workerPath: string, job: PartJob, onProgress: (bytesRead: number, records: number) => void): Part {
  const worker = new Worker(workerPath, { workerData: job });
  const done = new Promise<PartialPassResult | undefined | Error>((settle) => {
    worker.on('message', (message: PartMessage) => {
      if (message.type === 'progress') onProgress(message.bytesRead, message.records);
      else settle(message.type === 'done' ? message.result : new Error(message.message));
    });
    worker.on('error', (error) => settle(error));
    worker.on('exit', (code) => settle(new Error(`worker exited with code ${code}`)));
  });
  return { done, worker };
}

/**
 * Frees array buffers now instead of at some later garbage collection: transferred into a message
 * that is never received, their memory goes when the channel closes (within a few event-loop
 * turns, which this waits for).
 */
async function release(buffers: ArrayBuffer[]): Promise<void> {
  if (buffers.length === 0) return;
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(null, buffers);
  port1.close();
  port2.close();
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}

/** loadTable's first pass over a file on disk, in two workers when the file is large enough. */
export function splitFirstPass(path: string, split: SplitOptions = {}): FirstPass {
  return async (source, options, hooks, setup) => {
    const size = source.size ?? 0;
    const full = resolve(path);
    const mid = size >= (split.minBytes ?? SPLIT_MIN_BYTES) ? splitOffset(full, size, split.cutNear ?? Math.floor(size / 2)) : undefined;
    if (mid === undefined) return fastPass(source, options, hooks, setup);
    const workerPath = split.workerPath ?? bundledWorkerPath();
    const read = [0, 0];
    const records = [0, 0];
    const progress = (i: number) => (bytesRead: number, seen: number) => {
      read[i] = bytesRead;
      // Each part counts a header line; the file has one.
      records[i] = i === 0 ? seen : Math.max(0, seen - 1);
      hooks.onProgress((read[0] as number) + (read[1] as number), (records[0] as number) + (records[1] as number));
    };
    const jobOptions = cloneable(options);
    const parts = [
      startPart(workerPath, { kind: 'part', path: full, size, start: 0, end: mid, options: jobOptions }, progress(0)),
      startPart(workerPath, { kind: 'part', path: full, size, start: mid, end: size, options: jobOptions }, progress(1)),
    ];
    const stop = (): void => void parts.forEach((p) => void p.worker.terminate());
    hooks.signal?.addEventListener('abort', stop);
    let results: (PartialPassResult | undefined | Error)[];
    try {
      results = await Promise.all(parts.map((p) => p.done));
    } finally {
      hooks.signal?.removeEventListener('abort', stop);
      stop();
    }
    if (hooks.signal?.aborted) throw cancelledError(source.name);
    const [first, second] = results;
    // A worker that failed (it could not start, or the file changed under it): the single-thread pass reports properly.
    if (first instanceof Error || second instanceof Error) return fastPass(source, options, hooks, setup);
    if (first === undefined || second === undefined) return undefined;
    setup.prepare(first.dialect);
    const columns = setup.columnsFor(first.headers);
    for (const [c, acc] of columns.entries()) {
      const parts = [
        { part: first.columns[c]!, lineOffset: 0 },
        // The second part numbered its first record line 2; in the file it follows the header and first.rows records.
        { part: second.columns[c]!, lineOffset: first.rows },
      ];
      mergeParts(acc, parts);
      // Free the copied parts' arrays column by column, so the merge does not hold both halves of
      // the table twice at its peak.
      await release(
        parts
          .flatMap((p) => partialBuffers(p.part))
          .filter((b) => b !== acc.values?.buffer && b !== acc.kinds?.buffer && b !== acc.codes?.buffer),
      );
    }
    split.onSplit?.({ offset: mid, rows: [first.rows, second.rows] });
    return {
      dialect: first.dialect,
      bytesRead: first.bytesRead + second.bytesRead,
      headers: first.headers,
      headerWarnings: first.headerWarnings,
      rows: first.rows + second.rows,
    };
  };
}
