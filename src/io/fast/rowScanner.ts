/**
 * The byte fast path's inner loop: ASCII record lines → cells → column accumulators, with no
 * string per cell for repeated values (./byteDictionary.ts) or plain numbers (./numberBytes.ts).
 * Anything it does not handle exactly like the general path throws FastPathFallback, and the
 * caller restarts on the general path (see ./fastPass.ts for the eligibility rules).
 */
import type { ColumnAccumulator } from '../columnAccumulator';
import { ByteDictionary, FNV_OFFSET, FNV_PRIME, NOT_FOUND } from './byteDictionary';
import { parseDatetimeBytes, parsedDatetime } from '../cells/datetime';
import { asciiString, parseNumberBytes, parsePlainDecimal, parsed } from './numberBytes';

/** Thrown when the fast path meets input it does not handle; never escapes loadTable. */
export class FastPathFallback extends Error {
  constructor(readonly why: string) {
    super(`fast path: ${why}`);
  }
}

/**
 * Cells with bytes ≥ 0x80 are UTF-8 text (Korean labels): decoded strictly, without stripping a
 * U+FEFF (the general path's stream decoder strips only the file's leading BOM). Invalid bytes, or a
 * U+FFFD the general path would report, send the file to the general path.
 */
const cellDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function text(bytes: Uint8Array, start: number, end: number, wide: boolean): string {
  if (!wide) return asciiString(bytes, start, end);
  let decoded: string;
  try {
    decoded = cellDecoder.decode(bytes.subarray(start, end));
  } catch {
    throw new FastPathFallback('invalid UTF-8');
  }
  if (decoded.includes('\uFFFD')) throw new FastPathFallback('U+FFFD in the text');
  return decoded;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

export class RowScanner {
  /** 1-based line of the last record handed on. */
  line = 1;
  rows = 0;
  private readonly dictionaries: (ByteDictionary | null)[];

  constructor(
    private readonly delimiter: number,
    private readonly columns: readonly ColumnAccumulator[],
    /** False when a missing token looks like a number or date (`-999`): then every cell goes through the classifier. */
    private readonly parseBytes: boolean,
  ) {
    this.dictionaries = columns.map(() => new ByteDictionary());
  }

  /** Every complete line of bytes[from, to) (to = index just past the last LF). */
  lines(bytes: Uint8Array, from: number, to: number): void {
    let p = from;
    while (p < to) p = this.row(bytes, p, to);
  }

  /**
   * The record line starting at `start`: its cells end at a delimiter, and the line at an LF, a CR
   * LF, or `limit` (the file's last line without a line break, where a final CR is also dropped).
   * Returns the index just past the line's end. The line end is found by the cell scans themselves,
   * not by a search for the LF first: that search was a second pass over every byte.
   */
  row(bytes: Uint8Array, start: number, limit: number): number {
    const first = start < limit ? (bytes[start] as number) : LF;
    if (first === LF || (first === CR && (start + 1 === limit || bytes[start + 1] === LF))) throw new FastPathFallback('blank line');
    const columns = this.columns;
    const dictionaries = this.dictionaries;
    const width = columns.length;
    const delimiter = this.delimiter;
    const parseBytes = this.parseBytes;
    this.line++;
    let p = start;
    for (let c = 0; c < width; c++) {
      const cellStart = p;
      const dictionary = dictionaries[c] as ByteDictionary | null;
      if (
        dictionary === null &&
        parseBytes &&
        (parsePlainDecimal(bytes, p, limit, delimiter) || parseNumberBytes(bytes, p, limit, delimiter))
      ) {
        // Typed column, plain number: parsed while finding the cell's end (the common case), and
        // stored by the quiet append unless a sample or a first shape note is due.
        p = parsed.end;
        if (!(columns[c] as ColumnAccumulator).appendNumber(parsed.value, parsed.flags)) this.number(c, bytes, cellStart, p);
      } else {
        let h = FNV_OFFSET;
        let wide = false;
        // Only columns still keeping a dictionary need the hash.
        const hashing = dictionary !== null;
        while (p < limit) {
          const b = bytes[p] as number;
          if (b === delimiter || b === LF) break;
          if (b === CR) {
            if (p + 1 === limit || bytes[p + 1] === LF) break;
            throw new FastPathFallback('CR inside a line');
          }
          if (b === QUOTE) throw new FastPathFallback('quote inside a line');
          // The general path removes and reports NULs (records.ts).
          if (b === 0) throw new FastPathFallback('NUL byte');
          if (b >= 0x80) wide = true;
          if (hashing) h = Math.imul(h ^ b, FNV_PRIME);
          p++;
        }
        this.cell(c, bytes, cellStart, p, h, wide);
      }
      if (p === limit) {
        if (c < width - 1) throw new FastPathFallback('short row');
        break;
      }
      const b = bytes[p] as number;
      if (b === delimiter) {
        // Past the last column that is a long row.
        if (c === width - 1) throw new FastPathFallback('long row');
        p++;
        continue;
      }
      // The line ends here (LF, CR LF, or a CR just before `limit`): earlier that is a short row.
      if (c < width - 1) throw new FastPathFallback('short row');
      if (b === CR) {
        p++;
        if (p === limit) break;
        if (bytes[p] !== LF) throw new FastPathFallback('CR inside a line');
      }
      p++;
    }
    this.rows++;
    return p;
  }

  /** A number cell bytes[start, end) whose value and flags are in `parsed`. */
  private number(c: number, bytes: Uint8Array, start: number, end: number): void {
    const acc = this.columns[c] as ColumnAccumulator;
    const flags = parsed.flags;
    acc.pushNumber(parsed.value, flags, acc.wantsRaw(flags) ? asciiString(bytes, start, end) : '', this.line);
  }

  private cell(c: number, bytes: Uint8Array, start: number, end: number, h: number, wide: boolean): void {
    const acc = this.columns[c] as ColumnAccumulator;
    const line = this.line;
    if (start === end) {
      if (!acc.appendEmpty()) acc.push('', line);
      return;
    }
    const dictionary = this.dictionaries[c] as ByteDictionary | null;
    if (dictionary !== null) {
      if (acc.hasStrings) {
        const code = dictionary.find(bytes, start, end, h);
        if (code !== NOT_FOUND) {
          acc.pushKnown(code, acc.wantsSample(code) ? text(bytes, start, end, wide) : '', line);
          return;
        }
        const i = acc.length;
        acc.push(text(bytes, start, end, wide), line);
        if (acc.hasStrings) dictionary.add(bytes, start, end, h, acc.codeAt(i));
        return;
      }
      // The accumulator dropped its strings (many distinct values): the dictionary goes too.
      this.dictionaries[c] = null;
    }
    if (this.parseBytes) {
      // The classifier's order: a cell starting with a digit and ≥ 10 long is tried as a datetime first.
      const first = bytes[start] as number;
      if (end - start >= 10 && first >= 0x30 && first <= 0x39 && parseDatetimeBytes(bytes, start, end)) {
        const d = parsedDatetime;
        if (acc.appendDatetime(d.value, d.layout, d.hasZone)) return;
        acc.pushDatetime(d.value, d.layout, d.hasZone, acc.wantsDatetimeSample() ? asciiString(bytes, start, end) : '', line);
        return;
      }
      if (parseNumberBytes(bytes, start, end, -1)) {
        this.number(c, bytes, start, end);
        return;
      }
    }
    acc.push(text(bytes, start, end, wide), line);
  }
}
