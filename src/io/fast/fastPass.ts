/**
 * The byte fast path: the first pass of loadTable for the common case, reading cells straight from
 * the byte chunks instead of decoding text and tokenising it with PapaParse. Its results are
 * identical to the general path's (tests/unit/io/fastPath.test.ts compares them on the whole
 * fixture corpus and random files), because it feeds the same ColumnAccumulators with the same
 * cells, values, shape flags and line numbers, and leaves type decisions to the shared code.
 *
 * Eligibility, decided up front: a header row, no maxRows, an encoding detected or given as UTF-8,
 * LF or CRLF line ends, no decimal comma. Then, while reading, any of these makes it give up
 * (FastPathFallback) and loadTable restarts on the general path: a quote character, invalid UTF-8
 * or a U+FFFD character, a CR not ending a line, a blank line, a row with too few or too many fields,
 * a header of one column, a line over MAX_LINE_BYTES. Those are exactly the cases where PapaParse's
 * quoting, the decoder or the blank-line and ragged-row rules would do something the byte
 * scanner does not.
 */
import { checkpoint, openChunks } from '../chunks';
import type { ColumnAccumulator } from '../columnAccumulator';
import { canonicalEncoding } from '../decoders';
import { makeHeaders } from '../header';
import { concat, readHead, SAMPLE_BYTES, sniff, startProgress } from '../pass';
import type { Dialect, PassHooks } from '../pass';
import type { ByteSource, LoadOptions, LoadWarning } from '../types';
import { FastPathFallback, RowScanner } from './rowScanner';

/** A longer line is left to the general path (which reports runaway quotes and the like). */
const MAX_LINE_BYTES = 1 << 24;
/**
 * Distinct values after which a typed-looking column stops keeping strings. Lookups in a large
 * per-column dictionary miss the cache on every cell (~90 ns each on the bench machine), while
 * parsing a number from its bytes costs a few ns; category columns stay far below this.
 */
const FAST_DICTIONARY_LIMIT = 256;
/**
 * Distinct values kept before that check summed over all columns: a wide file (thousands of
 * columns, few rows) would otherwise send 256 cells of every column through the slow dictionary
 * path — 1.3 million cells for 5,000 columns. The built column is the same whatever the limit.
 */
const FAST_DICTIONARY_TOTAL = 1 << 16;
const MIN_DICTIONARY_LIMIT = 16;
const LF = 0x0a;
const CR = 0x0d;

export interface FastPassResult {
  readonly dialect: Dialect;
  readonly bytesRead: number;
  readonly headers: string[];
  readonly headerWarnings: LoadWarning[];
  readonly rows: number;
  /** Whether the file ended with a line break, and the line of its last record (when the pass knows them). */
  readonly endsWithLineBreak?: boolean;
  readonly lastLine?: number;
}

export interface FastPassSetup {
  /** Checks the dialect (memory estimate) and prepares the classifier, as for the general pass. */
  readonly prepare: (dialect: Dialect) => void;
  /** Creates the columns' accumulators for these header names. */
  readonly columnsFor: (names: string[]) => readonly ColumnAccumulator[];
  /** Whether a missing token looks like a number, so numbers must go through the classifier. */
  readonly numericMissingToken: boolean;
  /**
   * A later part of the same file, starting just after a line feed (src/cli/splitLoad.ts): the
   * source is then read only for the dialect and the header, and the records come from `body`,
   * with lines and rows counted from the body's start (the first record is line 2).
   */
  readonly body?: ByteSource;
}

/** Options under which the fast path may run at all. */
export function fastPathAllowed(options: LoadOptions): boolean {
  return options.fastPath !== false && options.header !== false && options.maxRows === undefined;
}

/** The first pass on bytes, or undefined when the file needs the general path (nothing of it is kept). */
export async function fastPass(
  source: ByteSource,
  options: LoadOptions,
  hooks: PassHooks,
  setup: FastPassSetup,
): Promise<FastPassResult | undefined> {
  const chunks = openChunks(source, hooks.signal);
  const counters = { bytes: 0, records: 0 };
  const stopProgress = startProgress(hooks, counters);
  try {
    return await scan(source, options, hooks, setup, chunks, counters);
  } catch (error) {
    if (error instanceof FastPathFallback) return undefined;
    throw error;
  } finally {
    stopProgress();
    await chunks.close();
  }
}

async function scan(
  source: ByteSource,
  options: LoadOptions,
  hooks: PassHooks,
  setup: FastPassSetup,
  chunks: ReturnType<typeof openChunks>,
  counters: { bytes: number; records: number },
): Promise<FastPassResult> {
  const { head, headBytes, ended } = await readHead(chunks);
  if (headBytes === 0) throw new FastPathFallback('empty file');
  const dialect = sniff(source, concat(head, SAMPLE_BYTES), ended && headBytes <= SAMPLE_BYTES, options, undefined);
  setup.prepare(dialect);
  if (canonicalEncoding(dialect.encoding) !== 'utf-8') throw new FastPathFallback('not UTF-8');
  if (dialect.newline === '\r') throw new FastPathFallback('CR line ends');
  if (options.decimalComma ?? dialect.delimiter === ';') throw new FastPathFallback('decimal comma');

  const delimiter = dialect.delimiter.charCodeAt(0);
  let scanner: RowScanner | undefined;
  let headers: string[] = [];
  let headerWarnings: LoadWarning[] = [];
  const header = (bytes: Uint8Array, start: number, end: number): void => {
    let text: string;
    try {
      // The header may hold any UTF-8 (names in Korean); TextDecoder strips a BOM like the general decoder.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, end));
    } catch {
      throw new FastPathFallback('header not UTF-8');
    }
    if (text.charCodeAt(text.length - 1) === CR) text = text.slice(0, -1);
    if (text.includes('"')) throw new FastPathFallback('quoted header');
    if (text.includes('\uFFFD')) throw new FastPathFallback('U+FFFD in the header');
    if (text.includes('\0')) throw new FastPathFallback('NUL in the header');
    const fields = text.split(dialect.delimiter);
    if (fields.length < 2) throw new FastPathFallback('one column');
    const made = makeHeaders(fields, 1);
    headers = made.names;
    headerWarnings = made.warnings;
    const columns = setup.columnsFor(headers);
    const limit = Math.max(MIN_DICTIONARY_LIMIT, Math.min(FAST_DICTIONARY_LIMIT, Math.floor(FAST_DICTIONARY_TOTAL / columns.length)));
    for (const column of columns) column.useDictionaryLimit(limit);
    scanner = new RowScanner(delimiter, columns, !setup.numericMissingToken);
  };
  /** The whole lines in bytes[from, to) (to just after a line feed). */
  const lines = (bytes: Uint8Array, from: number, to: number): void => {
    if (scanner === undefined) {
      const nl = bytes.indexOf(LF, from);
      header(bytes, from, nl);
      from = nl + 1;
    }
    (scanner as RowScanner).lines(bytes, from, to);
    counters.records = (scanner as RowScanner).rows + 1;
  };

  let carry: Uint8Array = new Uint8Array(0);
  let bytesRead = 0;
  const join = (a: Uint8Array, b: Uint8Array): Uint8Array => {
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  };
  // Only the line split by a chunk boundary is copied (carry + the chunk up to its first line
  // feed); the rest of the chunk is scanned where it is, so no chunk-sized copy is made per chunk.
  const take = (source: Uint8Array): void => {
    // A plain Uint8Array view of Node's Buffer chunks: with one array class the scanner's byte
    // loads stay monomorphic (mixing Buffer and Uint8Array made V8 deoptimise the hot loop).
    const chunk = source.constructor === Uint8Array ? source : new Uint8Array(source.buffer, source.byteOffset, source.length);
    bytesRead += chunk.length;
    counters.bytes = bytesRead;
    let from = 0;
    if (carry.length > 0) {
      const nl = chunk.indexOf(LF);
      if (nl < 0) {
        carry = join(carry, chunk);
        if (carry.length > MAX_LINE_BYTES) throw new FastPathFallback('very long line');
        return;
      }
      const split = join(carry, chunk.subarray(0, nl + 1));
      lines(split, 0, split.length);
      from = nl + 1;
    }
    const last = chunk.lastIndexOf(LF);
    if (last < from) {
      carry = chunk.slice(from);
      if (carry.length > MAX_LINE_BYTES) throw new FastPathFallback('very long line');
      return;
    }
    lines(chunk, from, last + 1);
    carry = chunk.slice(last + 1);
  };
  const tick = checkpoint(hooks.signal, source.name);
  if (setup.body === undefined) {
    for (const chunk of head) {
      take(chunk);
      await tick();
    }
    while (!ended) {
      const chunk = await chunks.next();
      if (chunk === undefined) break;
      take(chunk);
      await tick();
    }
  } else {
    const sample = concat(head, SAMPLE_BYTES);
    const nl = sample.indexOf(LF);
    if (nl < 0) throw new FastPathFallback('header longer than the sample');
    header(sample, 0, nl);
    const body = openChunks(setup.body, hooks.signal);
    try {
      for (let chunk = await body.next(); chunk !== undefined; chunk = await body.next()) {
        take(chunk);
        await tick();
      }
    } finally {
      await body.close();
    }
  }
  // The last line without a final line break.
  const endsWithLineBreak = carry.length === 0;
  if (carry.length > 0) {
    if (scanner === undefined) header(carry, 0, carry.length);
    else scanner.row(carry, 0, carry.length);
  }
  if (scanner === undefined) throw new FastPathFallback('no header line');
  return { dialect, bytesRead, headers, headerWarnings, rows: scanner.rows, endsWithLineBreak, lastLine: scanner.line };
}
