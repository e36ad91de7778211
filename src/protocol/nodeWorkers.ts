/**
 * The CLI's worker_threads (`--workers 2`: src/cli/splitLoad.ts, src/cli/parallelDescribe.ts;
 * entry src/worker/nodeWorker.ts). Messages are structured-clone data: no signals, no callbacks.
 */
import type { NumberColumn } from '../table/types';
import type { LoadOptions } from '../io/types';
import type { PartialPassResult } from '../io/fast/partialPass';
import type { DescribeOptions } from '../stats/describeOptions';
import type { ColumnDescription } from '../stats/descriptionSchema';
import type { Extent } from '../stats/binnedColumn';
import type { CorrelationAccumulator } from '../stats/correlation';

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
