/** Ragged rows: too few fields (the rest are missing) or too many (extras dropped, never shifted). */
import type { LoadWarning } from './types';

const LINES_KEPT = 5;

export class RowShape {
  short = 0;
  long = 0;
  readonly shortLines: number[] = [];
  readonly longLines: number[] = [];
  maxFields = 0;

  note(fields: number, width: number, line: number): void {
    if (fields < width) {
      this.short++;
      if (this.shortLines.length < LINES_KEPT) this.shortLines.push(line);
    } else if (fields > width) {
      this.long++;
      if (this.longLines.length < LINES_KEPT) this.longLines.push(line);
      if (fields > this.maxFields) this.maxFields = fields;
    }
  }
}

export function rowWarnings(shape: RowShape, width: number): LoadWarning[] {
  const warnings: LoadWarning[] = [];
  if (shape.short > 0) {
    warnings.push({
      code: 'RAGGED_ROWS_SHORT',
      message: `${shape.short} row(s) have fewer than ${width} fields (first on line(s) ${shape.shortLines.join(', ')}); their last cells are missing.`,
      count: shape.short,
      lines: shape.shortLines,
    });
  }
  if (shape.long > 0) {
    warnings.push({
      code: 'RAGGED_ROWS_LONG',
      message: `${shape.long} row(s) have more than ${width} fields (up to ${shape.maxFields}; first on line(s) ${shape.longLines.join(', ')}); the extra fields were dropped, nothing was shifted. Check the delimiter or quoting on those lines.`,
      count: shape.long,
      lines: shape.longLines,
    });
  }
  return warnings;
}
