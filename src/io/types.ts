/** The loader's public contract: what goes in (bytes + options) and what comes out (a Table + report). */
import type { MessageParams } from '../table/messages';
import type { ColumnType, Table } from '../table/types';
import type { LoadPeek } from './loadPeek';

/**
 * A re-openable source of bytes. Every source (Node file stream, Blob.stream(), a fetch body)
 * goes through the same code path. `open` may be called more than once (e.g. to re-decode with
 * another encoding); a one-shot stream source may refuse a second open with a FitplotError.
 */
export interface ByteSource {
  /** File name shown in messages, e.g. `sensors.csv`. */
  readonly name: string;
  /** Total size in bytes when known (for progress and the early memory check). */
  readonly size?: number;
  open(): AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;
}

/**
 * The part of a Blob the loader reads (./blobChunks.ts): a browser File or Node's `fs.openAsBlob`.
 * Declared here because the engine is compiled without DOM types.
 */
export interface BlobLike {
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

export type Delimiter = ',' | ';' | '\t' | '|';

/** How the encoding was decided; `workbook` for an .xlsx, whose parts are UTF-8 XML. */
export type EncodingSource = 'bom' | 'nul-pattern' | 'utf-8-valid' | 'cp949-trial' | 'detector' | 'user' | 'workbook';

export interface LoadOptions {
  /** Encoding label (`utf-8`, `utf-16le`, `utf-16be`, `cp949`, `euc-kr`, `windows-1252`, …); detected when absent. */
  readonly encoding?: string;
  /** Detected among `,` `;` tab `|` when absent. */
  readonly delimiter?: Delimiter;
  /** Read `1,5` as 1.5. Defaults to true when the delimiter is `;`, else false. */
  readonly decimalComma?: boolean;
  /** Whether the first record is a header (default true). */
  readonly header?: boolean;
  /** Tokens read as missing; default: empty, NA, N/A, NaN (in text columns), null, NULL, -. */
  readonly missingTokens?: readonly string[];
  /** Force a column's type by header name (e.g. read an ID column as text). */
  readonly columnTypes?: Readonly<Record<string, ColumnType>>;
  /** Store number columns as Float32Array (halves memory; never silently: reported in `LoadResult.float32`). */
  readonly float32?: boolean;
  /**
   * Column arrays in SharedArrayBuffers, so other threads can read the table without a copy (the
   * CLI's `--workers 2` describes it in two threads). Needs SharedArrayBuffer: Node, or a
   * cross-origin isolated page. The table is the same otherwise.
   */
  readonly sharedMemory?: boolean;
  /** Called at least every 250 ms while loading. */
  readonly onProgress?: (progress: LoadProgress) => void;
  /** Aborting stops the load within 250 ms with a CANCELLED error and drops partial columns. */
  readonly signal?: AbortSignal;
  /** Stop after this many data rows (import preview). The result then says `truncated: true`. */
  readonly maxRows?: number;
  /**
   * Upper bound on memory the table may use; a file whose table is estimated larger is refused
   * before it is read (TOO_LARGE, src/io/memoryEstimate.ts). Front ends set it: the CLI from
   * `--memory-limit` or the memory the process can use, the app from its setting.
   */
  readonly memoryLimitBytes?: number;
  /** Whether memoryLimitBytes was chosen (`limit`, the default) or is what the process can use (`available`); only words the message. */
  readonly memoryLimitSource?: 'limit' | 'available';
  /**
   * Read plain files (UTF-8, no quotes, LF/CRLF, no decimal comma) with the byte fast path
   * (src/io/fast), which gives identical results several times faster; default true. Files it
   * does not handle go through the general path anyway; false forces the general path.
   */
  readonly fastPath?: boolean;
  /** A workbook's sheet (.xlsx): its name, or its 1-based position; default the first. */
  readonly sheet?: string | number;
  /** A workbook's header row (1-based sheet row); rows above it are skipped. Default: the first row with data. */
  readonly headerRow?: number;
}

export interface LoadProgress {
  readonly bytesRead: number;
  readonly totalBytes: number | undefined;
  readonly rows: number;
  readonly elapsedMs: number;
  /** True when `maxRows` stopped the load before the end of the file. */
  readonly truncated: boolean;
  /** True when the byte fast path (src/io/fast) read the file; the table is the same either way. */
  readonly fastPath?: boolean;
  /** The cells stored so far, while the first pass runs (for statistics shown during the load). */
  readonly peek?: LoadPeek;
  /** For a workbook (.xlsx): the sheet read and the workbook's sheets, for choosing another. */
  readonly workbook?: WorkbookInfo;
}

export interface WorkbookInfo {
  readonly sheet: string;
  /** The workbook's worksheets, in order. */
  readonly sheets: readonly string[];
  /**
   * The sheet row read first (1-based): the header's, or the first data row's without a header.
   * `LoadOptions.headerRow` when given, else the first row with data; absent for an empty sheet.
   */
  readonly firstRow?: number;
}

/** The loader's entry point lives in src/io/loadTable.ts: `loadTable(source: ByteSource, options?: LoadOptions): Promise<LoadResult>`. */

export type WarningCode =
  | 'RAGGED_ROWS_SHORT'
  | 'RAGGED_ROWS_LONG'
  | 'INVALID_CELLS'
  | 'DUPLICATE_HEADER'
  | 'EMPTY_HEADER'
  | 'ENCODING_DOUBTFUL'
  | 'REPLACEMENT_CHARACTERS'
  | 'BLANK_LINES'
  | 'FLOAT32_PRECISION'
  | 'MALFORMED_QUOTES'
  | 'NUL_BYTES'
  | 'FILE_CHANGED'
  | 'ERROR_CELLS'
  | 'EMPTY_ROWS'
  | 'MERGED_CELLS';

export interface LoadWarning {
  readonly code: WarningCode;
  /** The message as a key and parameters (src/io/loadMessages.ts), worded by each front end. */
  readonly key: string;
  readonly params: MessageParams;
  /** The English words (the CLI prints them; other front ends fall back to them). */
  readonly message: string;
  readonly hint?: string;
  readonly column?: string;
  readonly count?: number;
  /** 1-based line numbers of the first few occurrences. */
  readonly lines?: readonly number[];
  /** A few offending cell values, for invalid cells. */
  readonly examples?: readonly string[];
}

export interface ColumnReport {
  readonly name: string;
  readonly type: ColumnType;
  readonly missing: number;
  readonly invalid: number;
  /** Up to 5 invalid cells with their 1-based line numbers. */
  readonly invalidExamples: readonly { readonly line: number; readonly value: string }[];
  /** Why the type was chosen (e.g. "leading zeros: kept as text"). */
  readonly reason?: string;
}

export interface LoadResult {
  readonly table: Table;
  readonly fileName: string;
  readonly encoding: string;
  /** How the encoding was decided. */
  readonly encodingSource: EncodingSource;
  readonly delimiter: Delimiter;
  readonly decimalComma: boolean;
  readonly header: boolean;
  readonly headers: readonly string[];
  readonly columns: readonly ColumnReport[];
  readonly warnings: readonly LoadWarning[];
  readonly bytesRead: number;
  /** Bytes held by the table's arrays and dictionaries (an estimate for strings). */
  readonly memoryBytes: number;
  readonly float32: boolean;
  readonly elapsedMs: number;
  /** True when `maxRows` stopped the load before the end of the file. */
  readonly truncated: boolean;
  /** True when the byte fast path (src/io/fast) read the file; the table is the same either way. */
  readonly fastPath?: boolean;
  /** For a workbook (.xlsx): the sheet read and the workbook's sheets, for choosing another. */
  readonly workbook?: WorkbookInfo;
}
