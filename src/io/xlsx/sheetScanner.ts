/**
 * A worksheet's XML → rows of cell texts, fed piece by piece as the zip inflates it, so the sheet's
 * text is never held whole. Each complete `<row>` element is cut out of the pending text and its
 * `<c>` cells read into strings the loader's cell classifier reads like CSV fields: numbers as
 * written, booleans as TRUE/FALSE, shared and inline strings as their text, date-styled numbers as
 * datetimes (./dates.ts), error values (`#DIV/0!`) as written and noted with their cell names.
 */
import { serialText } from './dates';
import { attribute, columnOf, rowOf, runText, startTags, xmlText } from './xml';
import type { Workbook } from './workbook';

/** One row: its cells by 0-based column ('' where empty) and its 1-based sheet row number. */
export type RowSink = (cells: string[], row: number) => void;

/** What a sheet's `<dimension ref>` says about its size; a writer may leave it out. */
export interface DeclaredSize {
  readonly rows?: number;
  readonly columns?: number;
}

export interface ErrorCell {
  /** The cell's name, e.g. `C5`. */
  readonly ref: string;
  readonly value: string;
}

/** Error cells kept by name for the warning; all are counted. */
const ERROR_CELLS_KEPT = 5;

export class SheetScanner {
  private pending = '';
  private inRows = false;
  private rowsEnded = false;
  private lastRow = 0;
  /** The sheet's declared range (`A1:J1000001`), when it has one. */
  dimension: string | undefined;
  readonly merged: string[] = [];
  errorCount = 0;
  readonly errorCells: ErrorCell[] = [];

  constructor(
    private readonly workbook: Workbook,
    private readonly sink: RowSink,
  ) {}

  push(text: string): void {
    this.pending += text;
    if (this.rowsEnded) return;
    if (!this.inRows) {
      const start = this.pending.indexOf('<sheetData');
      if (start === -1) return;
      this.dimension = attribute(startTags(this.pending.slice(0, start), 'dimension')[0] ?? '', 'ref');
      this.pending = this.pending.slice(start);
      this.inRows = true;
    }
    this.pending = this.pending.slice(this.rows(this.pending));
  }

  /** The end of the sheet: merged ranges follow the rows. */
  finish(): void {
    if (!this.rowsEnded) this.pending = this.pending.slice(this.rows(this.pending));
    for (const tag of startTags(this.pending, 'mergeCell')) {
      const ref = attribute(tag, 'ref');
      if (ref !== undefined) this.merged.push(ref);
    }
    this.pending = '';
  }

  /** Emits every complete row in `xml`; returns where the unread rest starts. */
  private rows(xml: string): number {
    let at = 0;
    for (;;) {
      const start = xml.indexOf('<row', at);
      const end = xml.indexOf('</sheetData>', at);
      if (end !== -1 && (start === -1 || end < start)) {
        this.rowsEnded = true;
        return end;
      }
      if (start === -1) return at;
      const tagEnd = xml.indexOf('>', start);
      if (tagEnd === -1) return start;
      if (xml.charCodeAt(tagEnd - 1) === 0x2f) {
        // `<row r="7"/>`: a row with no cells.
        this.emit([], xml.slice(start, tagEnd));
        at = tagEnd + 1;
        continue;
      }
      const close = xml.indexOf('</row>', tagEnd);
      if (close === -1) return start;
      this.emit(this.cells(xml, tagEnd + 1, close), xml.slice(start, tagEnd));
      at = close + 6;
    }
  }

  private emit(cells: string[], rowTag: string): void {
    const r = Number(attribute(rowTag, 'r'));
    const row = Number.isInteger(r) && r > 0 ? r : this.lastRow + 1;
    this.lastRow = row;
    this.sink(cells, row);
  }

  private cells(xml: string, from: number, to: number): string[] {
    const cells: string[] = [];
    let column = -1;
    for (let at = xml.indexOf('<c', from); at !== -1 && at < to; at = xml.indexOf('<c', at + 2)) {
      const next = xml.charCodeAt(at + 2);
      if (next !== 0x20 && next !== 0x3e && next !== 0x2f) continue;
      const tagEnd = xml.indexOf('>', at);
      const tag = xml.slice(at, tagEnd + 1);
      const ref = attribute(tag, 'r');
      const col = ref === undefined ? -1 : columnOf(ref);
      column = col >= 0 ? col : column + 1;
      if (xml.charCodeAt(tagEnd - 1) === 0x2f) continue;
      const close = xml.indexOf('</c>', tagEnd);
      const text = this.cellText(xml, tag, tagEnd + 1, close, ref ?? `#${column + 1}`);
      if (text === '') continue;
      while (cells.length < column) cells.push('');
      cells[column] = text;
      at = close;
    }
    return cells;
  }

  private cellText(xml: string, tag: string, from: number, to: number, ref: string): string {
    const type = attribute(tag, 't');
    if (type === 'inlineStr') {
      const is = xml.indexOf('<is', from);
      return is === -1 || is > to ? '' : runText(xml, is, to);
    }
    const raw = valueOf(xml, from, to);
    if (raw === undefined || raw === '') return '';
    switch (type) {
      case 's':
        return this.workbook.sharedStrings[Number(raw)] ?? '';
      case 'b':
        return raw === '1' || raw === 'true' ? 'TRUE' : 'FALSE';
      case 'e':
        this.noteError(ref, raw);
        return xmlText(raw);
      case 'str':
      case 'd':
        return xmlText(raw);
      default:
        return this.numberText(raw, tag);
    }
  }

  /** A number as the classifier reads it; date-styled numbers as datetimes. */
  private numberText(raw: string, tag: string): string {
    const style = attribute(tag, 's');
    const kind = style === undefined ? 'none' : (this.workbook.styleDates[Number(style)] ?? 'none');
    const value = Number(raw);
    if (kind !== 'none' && Number.isFinite(value)) return serialText(value, kind, this.workbook.date1904);
    // Excel writes very large and small numbers with an exponent (1E-3); plain decimals keep a column
    // of integers from reading as part numbers (src/io/cells/number.ts, E-codes).
    return /[eE]/.test(raw) && Number.isFinite(value) ? String(value) : raw;
  }

  private noteError(ref: string, value: string): void {
    this.errorCount++;
    if (this.errorCells.length < ERROR_CELLS_KEPT) this.errorCells.push({ ref, value });
  }

  /** The size the dimension declares (`A1:J1000`: 1000 rows, 10 columns), for sizing column arrays. */
  get declaredSize(): DeclaredSize {
    const last = this.dimension?.split(':')[1];
    if (last === undefined) return {};
    const rows = rowOf(last);
    const columns = columnOf(last) + 1;
    return { ...(Number.isFinite(rows) && { rows }), ...(columns > 0 && { columns }) };
  }
}

/** The text of the cell's `<v>` between from and to; undefined when it has none. */
function valueOf(xml: string, from: number, to: number): string | undefined {
  const v = xml.indexOf('<v', from);
  if (v === -1 || v > to) return undefined;
  const open = xml.indexOf('>', v);
  if (xml.charCodeAt(open - 1) === 0x2f) return undefined;
  const close = xml.indexOf('</v>', open);
  return xml.slice(open + 1, close === -1 ? to : close);
}
