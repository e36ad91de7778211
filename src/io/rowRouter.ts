/**
 * Routes the records of a pass to the header and the columns (skipping rows past maxRows); shared
 * by the first pass and the text re-read of src/io/loadTable.ts.
 */
import { defaultName, makeHeaders } from './header';
import { RowShape } from './rowShape';
import type { LoadWarning } from './types';

export class RowRouter {
  headers: string[] | undefined;
  headerWarnings: LoadWarning[] = [];
  /** The line (a workbook: the sheet row) of the first record, header or data. */
  firstLine: number | undefined;
  rows = 0;
  truncated = false;
  readonly shape = new RowShape();

  constructor(
    private readonly header: boolean,
    private readonly maxRows: number | undefined,
    private readonly sampleWidth: () => number,
    private readonly makeColumns: (names: string[]) => void,
    private readonly pushRow: (fields: readonly string[], line: number, width: number) => void,
  ) {}

  onRecord = (fields: string[], line: number): boolean => {
    if (this.headers === undefined) {
      this.firstLine = line;
      if (this.header) {
        const made = makeHeaders(fields, line);
        this.headers = made.names;
        this.headerWarnings = made.warnings;
        this.makeColumns(this.headers);
        return true;
      }
      // Without a header, the widest of the first records sets the width, so a short first row loses nothing.
      this.headers = Array.from({ length: Math.max(fields.length, this.sampleWidth()) }, (_, i) => defaultName(i));
      this.makeColumns(this.headers);
    }
    if (this.maxRows !== undefined && this.rows >= this.maxRows) {
      this.truncated = true;
      return false;
    }
    this.rows++;
    this.shape.note(fields.length, this.headers.length, line);
    this.pushRow(fields, line, this.headers.length);
    return true;
  };
}
