/** Ragged rows: too few fields (the rest are missing) or too many (extras dropped, never shifted). */
import type { LoadWarning } from './types';
import { loadWarning } from './loadMessages';

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
    warnings.push(
      loadWarning(
        'RAGGED_ROWS_SHORT',
        'load.raggedShort',
        { count: shape.short, width, lines: shape.shortLines },
        { count: shape.short, lines: shape.shortLines },
      ),
    );
  }
  if (shape.long > 0) {
    warnings.push(
      loadWarning(
        'RAGGED_ROWS_LONG',
        'load.raggedLong',
        { count: shape.long, width, maxFields: shape.maxFields, lines: shape.longLines },
        { count: shape.long, lines: shape.longLines },
      ),
    );
  }
  return warnings;
}
