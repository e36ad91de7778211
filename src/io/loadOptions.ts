/**
 * The load options as the loader reads them: checked up front (clear errors before any byte is
 * read), and what they decide about the column arrays (storage, the expected row count) and about
 * the fast path (a missing token that looks like a number).
 */
import type { ColumnStorage } from './columnArrays';
import type { Dialect } from './pass';
import { loadError } from './loadMessages';
import type { LoadOptions } from './types';

export function checkOptions(options: LoadOptions): void {
  if (options.maxRows !== undefined && !(Number.isInteger(options.maxRows) && options.maxRows >= 0)) {
    throw loadError('BAD_OPTION', 'load.badMaxRows', { value: String(options.maxRows) });
  }
}

/** Margin over the row estimate: a view of the arrays is kept as long as ≤ 1/8 of them is unused. */
const ROW_ESTIMATE_MARGIN = 1.04;

/**
 * Rows the file will have, from its size and the bytes per line of the sample, for sizing the
 * column arrays once (columnAccumulator.ts); undefined for a file read whole in the sample (small:
 * growing costs nothing) or of unknown size.
 */
export function estimateRows(size: number | undefined, dialect: Dialect, maxRows: number | undefined): number | undefined {
  if (size === undefined || dialect.sampleBytes >= size) return undefined;
  const lines = dialect.sampleText.split(dialect.newline).length - 1;
  if (lines < 2) return undefined;
  const rows = Math.ceil((size * lines * ROW_ESTIMATE_MARGIN) / dialect.sampleBytes);
  return maxRows === undefined ? rows : Math.min(rows, maxRows);
}

/** How the load's accumulators store cells (LoadOptions.float32, LoadOptions.sharedMemory). */
export function columnStorage(options: LoadOptions): ColumnStorage {
  return { float32: options.float32 === true, shared: options.sharedMemory === true };
}

/** Whether a missing token looks like a number or date (`-999`), so the fast path must classify every cell. */
export function hasNumericMissingToken(options: LoadOptions): boolean {
  return (options.missingTokens ?? []).some((t) => /^[-+.0-9]/.test(t.trim()));
}
