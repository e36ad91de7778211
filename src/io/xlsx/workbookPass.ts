/**
 * Loading a sheet of an .xlsx workbook: the zip is read into memory (it is compressed: a tenth or
 * less of the sheet's text), the small parts are read (./workbook.ts), and the chosen sheet is
 * inflated and scanned piece by piece (./sheetScanner.ts) into records for loadTable's row router,
 * the same path a CSV's records take. The sheet's row numbers stand in for line numbers.
 */
import { Unzip, UnzipInflate } from 'fflate';
import { cancelledError, openChunks } from '../chunks';
import { loadError, loadWarning } from '../loadMessages';
import type { Dialect, PassHooks } from '../pass';
import type { RecordSink } from '../records';
import type { ByteSource, LoadOptions, LoadWarning } from '../types';
import { SheetScanner } from './sheetScanner';
import type { DeclaredSize } from './sheetScanner';
import { readWorkbook } from './workbook';
import type { SheetEntry, Workbook } from './workbook';

export interface OpenedWorkbook {
  readonly zip: Uint8Array;
  readonly workbook: Workbook;
  readonly sheet: SheetEntry;
  /** 0-based position of the sheet among the workbook's worksheets. */
  readonly sheetIndex: number;
}

/**
 * The dialect a workbook stands in with, so loadTable treats its records like a CSV's: UTF-8 (its
 * XML), nothing sampled as text (no estimate from a sample: the declared size sizes the columns),
 * and as wide as the declared range when there is no header.
 */
export function workbookDialect(declared: DeclaredSize, size: number | undefined): Dialect {
  return {
    encoding: 'utf-8',
    encodingSource: 'workbook',
    encodingDoubt: undefined,
    delimiter: ',',
    newline: '\n',
    sampleText: '',
    sampleBytes: size ?? 0,
    sampleWidth: declared.columns ?? 1,
  };
}

const SLICE_BYTES = 1 << 20;
const YIELD_EVERY_MS = 50;

async function readAll(source: ByteSource, hooks: PassHooks): Promise<Uint8Array> {
  const chunks = openChunks(source, hooks.signal);
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (let chunk = await chunks.next(); chunk !== undefined; chunk = await chunks.next()) {
      parts.push(chunk);
      total += chunk.length;
    }
  } finally {
    await chunks.close();
  }
  if (total === 0) throw loadError('EMPTY_FILE', 'load.emptyFile', { file: source.name }, { file: source.name });
  const zip = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    zip.set(part, at);
    at += part.length;
  }
  return zip;
}

/** The sheet `options.sheet` names (a name, or a 1-based position), else the first. */
function chooseSheet(workbook: Workbook, options: LoadOptions, file: string): { sheet: SheetEntry; index: number } {
  const names = workbook.sheets.map((s) => s.name);
  if (workbook.sheets.length === 0) throw loadError('EMPTY_FILE', 'load.xlsx.noSheets', { file }, { file });
  const wanted = options.sheet;
  let index = 0;
  if (typeof wanted === 'number') index = wanted - 1;
  else if (wanted !== undefined) {
    index = names.indexOf(wanted);
    // A name that is not a sheet's but reads as a position (`--sheet 2`) is one.
    if (index === -1 && /^[1-9][0-9]*$/.test(wanted)) index = Number(wanted) - 1;
  }
  const sheet = workbook.sheets[index];
  if (sheet === undefined)
    throw loadError('BAD_OPTION', 'load.xlsx.sheetNotFound', { file, sheet: String(wanted), sheets: names.map((n) => `"${n}"`) }, { file });
  return { sheet, index };
}

export async function openWorkbook(source: ByteSource, options: LoadOptions, hooks: PassHooks): Promise<OpenedWorkbook> {
  if (options.headerRow !== undefined && !(Number.isInteger(options.headerRow) && options.headerRow >= 1)) {
    throw loadError('BAD_OPTION', 'load.xlsx.badHeaderRow', { value: String(options.headerRow) });
  }
  const zip = await readAll(source, hooks);
  const workbook = readWorkbook(zip, source.name);
  const { sheet, index } = chooseSheet(workbook, options, source.name);
  return { zip, workbook, sheet, sheetIndex: index };
}

/** What a sheet pass saw besides its records. */
export interface SheetPassResult {
  readonly records: number;
  readonly bytesRead: number;
  readonly warnings: readonly LoadWarning[];
}

/** Counts empty rows between records (cells all blank, or rows left out of the XML). */
class EmptyRows {
  count = 0;
  readonly first: number[] = [];
  private waiting: number[] = [];
  private waitingCount = 0;
  private last = 0;

  /** A row with data at `row`: the empty rows since the last one are counted (not trailing ones). */
  data(row: number, started: boolean): void {
    if (started && row > this.last + 1) {
      const gap = row - this.last - 1;
      for (let r = this.last + 1; r < row && this.waiting.length < 5; r++) this.waiting.push(r);
      this.waitingCount += gap;
    }
    if (started) {
      this.count += this.waitingCount;
      for (const r of this.waiting) if (this.first.length < 5) this.first.push(r);
    }
    this.waiting = [];
    this.waitingCount = 0;
    this.last = row;
  }
}

/**
 * One pass over the opened sheet: records from `options.headerRow` on (the header first, unless
 * `header` is false), empty rows skipped and counted. Stops when the sink returns false.
 */
export async function sheetPass(
  opened: OpenedWorkbook,
  source: ByteSource,
  options: LoadOptions,
  sink: RecordSink,
  hooks: PassHooks,
  /** Called once before the first record, with the sheet's declared size (for sizing the columns). */
  prepare?: (declared: DeclaredSize) => void,
): Promise<SheetPassResult> {
  const firstRow = options.headerRow ?? 1;
  const empty = new EmptyRows();
  let records = 0;
  let width = 0;
  let stopped = false;
  let failure: unknown;
  let prepared = prepare === undefined;
  const scanner = new SheetScanner(opened.workbook, (cells, row) => {
    if (stopped || row < firstRow) return;
    if (cells.every((c) => c.trim() === '')) return;
    if (!prepared) {
      prepared = true;
      prepare?.(scanner.declaredSize);
    }
    empty.data(row, records > 0);
    // A sheet leaves out trailing empty cells: rows are as wide as the first, not "ragged".
    if (records === 0) width = cells.length;
    while (cells.length < width) cells.push('');
    records++;
    if (!sink(cells, row)) stopped = true;
  });
  const decoder = new TextDecoder('utf-8');
  let found = false;
  let ended = false;
  const unzip = new Unzip((file) => {
    if (file.name !== opened.sheet.path) return;
    found = true;
    file.ondata = (error, data, final) => {
      if (failure !== undefined || stopped) return;
      try {
        if (error) throw error;
        scanner.push(decoder.decode(data, { stream: !final }));
        if (final) {
          scanner.finish();
          ended = true;
        }
      } catch (e) {
        failure = e;
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const zip = opened.zip;
  let bytesRead = 0;
  let lastYield = performance.now();
  for (let at = 0; at < zip.length && !stopped && !ended; at += SLICE_BYTES) {
    const end = Math.min(zip.length, at + SLICE_BYTES);
    try {
      unzip.push(zip.subarray(at, end), end === zip.length);
    } catch (error) {
      throw loadError(
        'UNREADABLE',
        'load.xlsx.damaged',
        { file: source.name, reason: error instanceof Error ? error.message : String(error) },
        { file: source.name },
      );
    }
    if (failure !== undefined) throw failure instanceof Error ? failure : new Error(String(failure));
    bytesRead = end;
    if (hooks.signal?.aborted) throw cancelledError(source.name);
    if (performance.now() - lastYield >= YIELD_EVERY_MS) {
      hooks.onProgress(bytesRead, records);
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      lastYield = performance.now();
      if (hooks.signal?.aborted) throw cancelledError(source.name);
    }
  }
  if (!found)
    throw loadError(
      'UNREADABLE',
      'load.xlsx.damaged',
      { file: source.name, reason: `the part ${opened.sheet.path} is missing` },
      { file: source.name },
    );
  if (!prepared) prepare?.(scanner.declaredSize);
  // The whole file was read into memory: that is what a changed-file check compares with its size.
  return { records, bytesRead: zip.length, warnings: sheetWarnings(source.name, scanner, empty, stopped) };
}

function sheetWarnings(file: string, scanner: SheetScanner, empty: EmptyRows, stopped: boolean): LoadWarning[] {
  const warnings: LoadWarning[] = [];
  if (scanner.errorCount > 0) {
    const cells = scanner.errorCells.map((c) => `${c.ref} (${c.value})`);
    warnings.push(
      loadWarning('ERROR_CELLS', 'load.xlsx.errorCells', { file, count: scanner.errorCount, cells }, { count: scanner.errorCount }),
    );
  }
  if (empty.count > 0)
    warnings.push(
      loadWarning(
        'EMPTY_ROWS',
        'load.xlsx.emptyRows',
        { count: empty.count, rows: empty.first },
        { count: empty.count, lines: empty.first },
      ),
    );
  // Merged ranges are listed after the rows: a preview that stopped early has not seen them.
  if (!stopped && scanner.merged.length > 0) {
    const ranges = scanner.merged.slice(0, 5);
    warnings.push(
      loadWarning(
        'MERGED_CELLS',
        'load.xlsx.mergedCells',
        { file, count: scanner.merged.length, ranges },
        { count: scanner.merged.length },
      ),
    );
  }
  return warnings;
}
