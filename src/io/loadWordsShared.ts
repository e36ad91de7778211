/**
 * What the loader's English words are made of (loadErrorWords.ts, loadWarningWords.ts): the entry
 * shape, parameter formatting (lists, counts, sizes, "line" or "row") and the hints they share.
 */
import type { MessageParam, MessageParams } from '../table/messages';

type Words = (p: MessageParams) => string;
export interface Entry {
  readonly text: Words;
  readonly hint?: Words;
}

export const str = (v: MessageParam | undefined): string => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));
export const num = (v: MessageParam | undefined): string => (typeof v === 'number' ? v.toLocaleString('en-US') : str(v));
/** Bytes in decimal kB below 1 MB, else in MB: `480 kB`, `5,000 MB`. */
export const mb = (v: MessageParam | undefined): string =>
  Number(v) < 1e6
    ? `${Math.round(Number(v) / 1e3).toLocaleString('en-US')} kB`
    : `${Math.round(Number(v) / 1e6).toLocaleString('en-US')} MB`;

/** What a warning's numbers count: a text file's lines, or a workbook's sheet rows (`unit: 'row'`, inSheetRows). */
export const at = (p: MessageParams): string => (p.unit === 'row' ? 'row' : 'line');
export const At = (p: MessageParams): string => (p.unit === 'row' ? 'Row' : 'Line');

/** Invalid cells as `"value" (line n)` (a workbook: `(row n)`), from the parallel `values` and `lines` parameters. */
export function examples(p: MessageParams): string {
  const values = Array.isArray(p.values) ? p.values : [];
  const lines = Array.isArray(p.lines) ? p.lines : [];
  return values.map((v, i) => `"${String(v)}" (${at(p)} ${String(lines[i])})`).join(', ');
}

/** The non-text formats recognised by their first bytes (sniff.ts), the `kind` of load.binary.magic. */
export const BINARY_KINDS = {
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  pdf: 'a PDF document',
  zip: 'a ZIP archive (an .xlsx workbook is one)',
  gzip: 'a gzip archive',
  ole: 'an old Office document (.xls)',
  parquet: 'a Parquet file',
} as const;
export type BinaryKind = keyof typeof BINARY_KINDS;

/** The typed column types, as the `type` of load.invalidCells names them. */
export const TYPE_PLURALS = { number: 'numbers', datetime: 'dates/times', boolean: 'true/false' } as const;

/** What a path that is not a regular file is (the `kind` of load.notRegularFile). */
export const NON_FILE_KINDS = { fifo: 'a named pipe (FIFO)', socket: 'a socket', device: 'a device', other: 'not a file' } as const;

/** Where the memory budget came from (memoryEstimate.ts BudgetSource). */
export const budget = (p: MessageParams): string =>
  p.budgetSource === 'available' ? 'the memory this process can use now' : 'the memory limit that was set';
export const TOO_LARGE_HINT = (): string =>
  'Store numbers as 32-bit floats (half the memory), load fewer columns or a sample of the rows, or allow more memory.';

export const CHECK_EXPORT = (): string => 'Choose another file, or check that the export finished writing.';
export const CHOOSE_CSV = (): string => 'Choose a CSV or text file; from Excel, use File › Save As › CSV UTF-8.';
export const CHOOSE_ENCODING = (): string => 'Choose the encoding explicitly (utf-8, utf-16le, utf-16be, cp949, windows-1252, …).';
