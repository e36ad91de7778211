/** Cells as JSON values (`fitplot load`, the app's prediction preview): numbers, booleans, strings, ISO datetimes, null for missing. */
import type { Column, Table } from './types';

export type JsonCell = number | string | boolean | null;

export function cellValue(column: Column, row: number): JsonCell {
  if (column.missing[row] === 1) return null;
  switch (column.type) {
    case 'number': {
      const v = column.values[row] as number;
      // JSON has no NaN/Infinity; spelled-out infinities are kept as strings rather than lost.
      return Number.isFinite(v) ? v : String(v);
    }
    case 'datetime':
      return new Date(column.values[row] as number).toISOString();
    case 'boolean':
      return column.values[row] === 1;
    case 'category':
    case 'text':
      return column.dictionary[column.codes[row] as number] ?? null;
  }
}

/** Row-major view of the first `count` rows — only for small outputs (previews, `load --rows N`). */
export function rowsOf(table: Table, count: number): JsonCell[][] {
  const n = Math.min(count, table.rowCount);
  const rows: JsonCell[][] = [];
  for (let r = 0; r < n; r++) rows.push(table.columns.map((c) => cellValue(c, r)));
  return rows;
}
