/**
 * Text → records, with PapaParse's low-level Parser (RFC 4180 quoting, `header: false`) fed piece by
 * piece the way its own ChunkStreamer does: parse `partial + new text` ignoring the last, possibly
 * incomplete record, and keep the rest for the next round. Results do not depend on where the
 * text was cut. Also tracks 1-based source line numbers per record and skips blank lines.
 */
import Papa from 'papaparse';
import { loadError } from './loadMessages';
import type { Newline } from './dialect';
import type { Delimiter } from './types';

/** Text handed to Papa per round (~64 KiB, docs/dependencies.md). */
const TARGET_CHARS = 64 * 1024;
/**
 * The longest record read: 128 Mi characters (long text, JSON or base64 cells of tens of MB are
 * ordinary). A round parses `partial + pending`, with pending capped at this too, so the joined
 * text stays under 256 Mi characters, well below V8's maximum string length (2^29 − 24).
 */
export const MAX_RECORD_CHARS = 128 * 1024 * 1024;

export interface RecordSink {
  /** One non-blank record; return false to stop reading (maxRows). */
  (fields: string[], line: number): boolean;
}

interface PapaResult {
  data: string[][];
  errors: { code: string; index?: number; row?: number }[];
  meta: { cursor: number };
}

function countChar(text: string, ch: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(ch, from); i !== -1 && i < to; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Line breaks inside a record's fields (quoted newlines), counted as the record reader counts lines. */
function breaksInFields(fields: readonly string[], ch: string): number {
  let n = 0;
  for (const f of fields) if (f.length > 0 && f.indexOf(ch) !== -1) n += countChar(f, ch, 0, f.length);
  return n;
}

export class RecordReader {
  private readonly parser: Papa.Parser;
  /** The character whose count is the number of line breaks: LF for LF/CRLF files, CR for CR-only. */
  private readonly breakChar: '\n' | '\r';
  private readonly stripCR: boolean;
  private partial = '';
  private pending: string[] = [];
  private pendingChars = 0;
  /** Parse when this much text is pending; grows with a long partial so rescans stay linear overall. */
  private threshold = TARGET_CHARS;
  /** 1-based line where `partial` starts. */
  private line = 1;
  private stopped = false;
  blankLines = 0;
  readonly blankLineNumbers: number[] = [];
  records = 0;
  /** Set when a parsed round contained U+FFFD: records of that round are checked for it. */
  private replacementLines: number[] = [];
  replacementCount = 0;
  /**
   * NUL characters after the sample (the sample itself is refused as binary when it holds one):
   * removed from the cells and reported, since no text cell holds one and a damaged or
   * pre-allocated file often ends in a run of them.
   */
  nulBytes = 0;
  readonly nulLineNumbers: number[] = [];
  /** Records where a closing quote was followed by other text (`"abc"def`): Papa reads on to the next closing quote. */
  malformedQuotes = 0;
  readonly malformedQuoteLines: number[] = [];

  constructor(
    delimiter: Delimiter,
    newline: Newline,
    private readonly fileName: string,
    private readonly sink: RecordSink,
    /** The longest record accepted (tests set a small one). */
    private readonly maxRecordChars = MAX_RECORD_CHARS,
  ) {
    // CRLF files are split on LF and the CR is stripped from the last field, so files that mix CRLF
    // and LF line ends (edited on two systems) split right either way; only CR-only files split on CR.
    this.breakChar = newline === '\r' ? '\r' : '\n';
    this.stripCR = newline !== '\r';
    this.parser = new Papa.Parser({ delimiter, newline: this.breakChar, quoteChar: '"' });
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** Lines (1-based) of the first records that contained U+FFFD. */
  get replacementLineNumbers(): readonly number[] {
    return this.replacementLines;
  }

  /** Whether the text so far ends with a line break (a last record without one may be cut off). */
  endsWithBreak = false;
  /** 1-based line of the last record handed on (0: none). */
  lastRecordLine = 0;

  push(text: string): void {
    if (this.stopped || text.length === 0) return;
    const last = text.charCodeAt(text.length - 1);
    this.endsWithBreak = last === 0x0a || last === 0x0d;
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= this.threshold) this.round(false);
  }

  finish(): void {
    if (!this.stopped) this.round(true);
  }

  private round(final: boolean): void {
    const input = this.partial + this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    const result = this.parser.parse(input, 0, !final) as PapaResult;
    const rows = result.data;
    // Papa returns a trailing [''] when the text ends with a line break: that is not a blank line.
    if (final && rows.length > 0 && input.length > 0 && (input.endsWith('\n') || input.endsWith('\r'))) {
      const last = rows[rows.length - 1];
      if (last && last.length === 1 && last[0] === '') rows.pop();
    }
    if (final) {
      const missing = result.errors.find((e) => e.code === 'MissingQuotes');
      if (missing) this.unterminatedQuote(input, (missing.index ?? 1) - 1);
    }
    const consumed = final ? input.length : result.meta.cursor;
    const hasReplacement = input.indexOf('\uFFFD') !== -1;
    const hasNul = input.indexOf('\0') !== -1;
    // Errors on the unfinished last record (row === rows.length) are seen again, complete, next round.
    let malformed: Set<number> | undefined;
    for (const e of result.errors) {
      if (e.code === 'InvalidQuotes' && e.row !== undefined && e.row < rows.length) (malformed ??= new Set()).add(e.row);
    }
    this.emit(rows, input, consumed, hasReplacement, hasNul, malformed);
    this.partial = final ? '' : input.slice(consumed);
    if (this.partial.length > this.maxRecordChars) this.recordTooLong();
    this.threshold = Math.max(TARGET_CHARS, Math.min(2 * this.partial.length, this.maxRecordChars));
  }

  private emit(
    rows: string[][],
    input: string,
    consumed: number,
    hasReplacement: boolean,
    hasNul: boolean,
    malformed: Set<number> | undefined,
  ): void {
    // Fast path: one record per line break, i.e. no quoted line breaks in this round.
    const breaks = countChar(input, this.breakChar, 0, consumed);
    const oneLinePerRecord = breaks === rows.length || (breaks === rows.length - 1 && consumed === input.length);
    let line = this.line;
    for (let r = 0; r < rows.length; r++) {
      const fields = rows[r] as string[];
      const recordLine = line;
      line += oneLinePerRecord ? 1 : 1 + breaksInFields(fields, this.breakChar);
      if (this.stopped) continue;
      if (malformed?.has(r)) {
        this.malformedQuotes++;
        if (this.malformedQuoteLines.length < 5) this.malformedQuoteLines.push(recordLine);
      }
      if (hasNul) this.removeNuls(fields, recordLine);
      if (fields.length === 1 && (fields[0] as string).trim() === '') {
        this.blankLines++;
        if (this.blankLineNumbers.length < 5) this.blankLineNumbers.push(recordLine);
        continue;
      }
      if (hasReplacement) this.noteReplacements(fields, recordLine);
      if (this.stripCR) {
        const last = fields.length - 1;
        const f = fields[last] as string;
        if (f.charCodeAt(f.length - 1) === 0x0d) fields[last] = f.slice(0, -1);
      }
      this.records++;
      this.lastRecordLine = recordLine;
      if (!this.sink(fields, recordLine)) this.stopped = true;
    }
    this.line += breaks;
  }

  private removeNuls(fields: string[], line: number): void {
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i] as string;
      if (f.indexOf('\0') === -1) continue;
      this.nulBytes += countChar(f, '\0', 0, f.length);
      if (this.nulLineNumbers.length < 5 && this.nulLineNumbers[this.nulLineNumbers.length - 1] !== line) this.nulLineNumbers.push(line);
      fields[i] = f.replaceAll('\0', '');
    }
  }

  private noteReplacements(fields: readonly string[], line: number): void {
    for (const f of fields) {
      if (f.indexOf('\uFFFD') === -1) continue;
      this.replacementCount += countChar(f, '\uFFFD', 0, f.length);
      if (this.replacementLines.length < 5 && this.replacementLines[this.replacementLines.length - 1] !== line)
        this.replacementLines.push(line);
    }
  }

  /**
   * `partial` (the unfinished last record) passed the limit. Papa keeps a line break in it only
   * inside a quoted field, so with one the cause is a quote still open; without, one line is longer
   * than the limit. Either way the message names where the record starts and the limit.
   */
  private recordTooLong(): never {
    const text = this.partial;
    const quote = text.indexOf('"');
    if (quote !== -1 && text.indexOf(this.breakChar) !== -1) this.unterminatedQuote(text, quote, this.maxRecordChars);
    throw loadError(
      'TOO_LARGE',
      'load.recordTooLong',
      { file: this.fileName, line: this.line, limit: this.maxRecordChars },
      { file: this.fileName, line: this.line },
    );
  }

  /**
   * Throws UNTERMINATED_QUOTE naming the line where the quote at `quoteIndex` (in `text`, which starts
   * at `this.line`) opened; with `limit`, the record passed that length before the quote closed.
   */
  private unterminatedQuote(text: string, quoteIndex: number, limit?: number): never {
    const at = Math.max(0, quoteIndex);
    const line = this.line + countChar(text, this.breakChar, 0, at);
    const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
    const where = { file: this.fileName, line, character: at - lineStart + 1 };
    throw limit === undefined
      ? loadError('UNTERMINATED_QUOTE', 'load.unterminatedQuote', where, { file: this.fileName, line })
      : loadError('UNTERMINATED_QUOTE', 'load.quoteTooLong', { ...where, limit }, { file: this.fileName, line });
  }
}
