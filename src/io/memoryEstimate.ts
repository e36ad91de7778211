/**
 * The early memory check (LoadOptions.memoryLimitBytes): the table a file will become is estimated
 * before it is read, and a file whose table would not fit the budget is refused with TOO_LARGE
 * instead of being read until the process is killed. Two estimates, both cheap:
 *
 * - from the size alone, before anything is read: one byte of table per byte of text (a numeric
 *   cell `12.345,` is 7 bytes of text and 9 of storage; a text cell is about its length once);
 * - after the first 64 KiB: cells per byte of the sample × the storage per cell (value + missing
 *   flag + the slack of arrays sized from the row estimate), which catches short cells.
 *
 * A preview (`maxRows`) reads only a bounded part, so it is never refused.
 */
import type { Dialect } from './pass';
import { loadError } from './loadMessages';
import type { ByteSource, LoadOptions } from './types';

/** Table bytes per text byte before anything is read. */
const TABLE_BYTES_PER_TEXT_BYTE = 1;
/** Storage per cell while loading: Float64 value + missing flag + slack (float32: 4 + 1 + slack). */
const BYTES_PER_CELL = 10;
const BYTES_PER_CELL_FLOAT32 = 6;

/** Where the budget came from: given by the user or app (`limit`), or what the process can use (`available`). */
export type BudgetSource = 'limit' | 'available';

function budgetOf(options: LoadOptions): { bytes: number; source: BudgetSource } | undefined {
  const bytes = options.memoryLimitBytes;
  if (bytes === undefined || options.maxRows !== undefined) return undefined;
  if (!(bytes > 0)) throw loadError('BAD_OPTION', 'load.badMemoryLimit', { value: String(bytes) });
  return { bytes, source: options.memoryLimitSource ?? 'limit' };
}

type Basis =
  { readonly key: 'load.tooLargeBySize' } | { readonly key: 'load.tooLarge'; readonly cellsPerByte: number; readonly bytesPerCell: number };

function refuse(source: ByteSource, size: number, estimate: number, basis: Basis, budget: { bytes: number; source: BudgetSource }): never {
  const { key, ...numbers } = basis;
  throw loadError(
    'TOO_LARGE',
    key,
    {
      file: source.name,
      fileBytes: size,
      estimateBytes: Math.round(estimate),
      ...numbers,
      budgetBytes: budget.bytes,
      budgetSource: budget.source,
    },
    { file: source.name },
  );
}

/** Before reading: refuses a file whose size alone is over the budget. */
export function checkSizeBeforeReading(source: ByteSource, options: LoadOptions): void {
  const budget = budgetOf(options);
  if (budget === undefined || source.size === undefined) return;
  const estimate = source.size * TABLE_BYTES_PER_TEXT_BYTE;
  if (estimate > budget.bytes) refuse(source, source.size, estimate, { key: 'load.tooLargeBySize' }, budget);
}

/** After the sample: refuses a file whose cells, at the sample's density, would not fit. */
export function checkSizeAfterSample(source: ByteSource, options: LoadOptions, dialect: Dialect): void {
  const budget = budgetOf(options);
  if (budget === undefined || source.size === undefined || dialect.sampleBytes >= source.size) return;
  const delimiters = dialect.sampleText.split(dialect.delimiter).length - 1;
  const lines = dialect.sampleText.split(dialect.newline).length - 1;
  const cellsPerByte = (delimiters + lines) / Math.max(1, dialect.sampleBytes);
  const perCell = options.float32 === true ? BYTES_PER_CELL_FLOAT32 : BYTES_PER_CELL;
  const estimate = source.size * cellsPerByte * perCell;
  if (estimate > budget.bytes)
    refuse(
      source,
      source.size,
      estimate,
      { key: 'load.tooLarge', cellsPerByte: Math.round(cellsPerByte * 100) / 100, bytesPerCell: perCell },
      budget,
    );
}
