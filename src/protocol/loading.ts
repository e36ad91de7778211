/** Opening a file: the import options, the bytes as they cross into the worker, progress with live statistics, and what the loader decided. */
import type { ColumnType } from '../table/types';
import type { BlobLike, Delimiter, LoadResult } from '../io/types';
import type { RunningSnapshot } from '../stats/runningSummary';
import type { DatasetId, RequestId } from './requests';

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

/** What the loader decided, without the table (the table stays in the worker): LoadResult's report fields. */
export interface LoadSummary extends Pick<
  LoadResult,
  | 'fileName'
  | 'encoding'
  | 'encodingSource'
  | 'delimiter'
  | 'decimalComma'
  | 'header'
  | 'warnings'
  | 'bytesRead'
  | 'memoryBytes'
  | 'elapsedMs'
  | 'truncated'
  | 'workbook'
> {
  readonly rowCount: number;
  readonly columns: readonly ColumnInfo[];
}

export interface OpenResult extends LoadSummary {
  readonly datasetId: DatasetId;
}

/** The import view's preview: the first rows as display strings (null = missing). */
export interface PreviewResult extends LoadSummary {
  readonly rows: readonly (readonly (string | null)[])[];
}
