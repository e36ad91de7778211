/**
 * The dataset's filtered rows as a table of their own, so every reader (describe, charts, model
 * fits) works on them unchanged. Columns are copied row by row from the index: a filter that
 * keeps a fraction f of the rows costs f × the table's memory while it is on.
 */
import type { Column, Table } from '../types';

function take<T extends Float64Array | Float32Array | Int32Array | Uint8Array>(values: T, index: Uint32Array): T {
  const out = new (values.constructor as new (n: number) => T)(index.length);
  for (let i = 0; i < index.length; i++) out[i] = values[index[i]!]!;
  return out;
}

/**
 * A column's rows at `index`. The count of invalid cells is known only for the whole column (the
 * loader keeps no per-cell flag), so a filtered column reports `invalidCount: 0` and its invalid
 * cells within `missing`; the app says so next to the filtered statistics.
 */
export function takeColumn(column: Column, index: Uint32Array): Column {
  const base = { name: column.name, length: index.length, missing: take(column.missing, index), invalidCount: 0 };
  switch (column.type) {
    case 'number':
      return { ...base, type: 'number', values: take(column.values, index) };
    case 'datetime':
      return { ...base, type: 'datetime', values: take(column.values, index), hasTimeZone: column.hasTimeZone, format: column.format };
    case 'boolean':
      return { ...base, type: 'boolean', values: take(column.values, index) };
    default:
      return { ...base, type: column.type, codes: take(column.codes, index), dictionary: column.dictionary };
  }
}

export function takeRows(table: Table, index: Uint32Array): Table {
  return { rowCount: index.length, columns: table.columns.map((column) => takeColumn(column, index)) };
}
