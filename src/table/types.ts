/**
 * Columnar table: the one data structure every part of the engine shares.
 * Nothing row-oriented survives loading (docs/architecture.md, "The engine's contracts").
 */

export type ColumnType = 'number' | 'datetime' | 'boolean' | 'category' | 'text';

interface ColumnBase {
  readonly name: string;
  readonly length: number;
  /** 1 where the cell is missing (empty/NA token) or invalid for the column's type, else 0. */
  readonly missing: Uint8Array;
  /** Cells that held a value that could not be read as the column's type (counted within `missing`). */
  readonly invalidCount: number;
}

/** Numbers in a Float64Array (or Float32Array when the user opted in); missing cells hold NaN. */
export interface NumberColumn extends ColumnBase {
  readonly type: 'number';
  readonly values: Float64Array | Float32Array;
}

/** Datetimes as epoch milliseconds (UTC; local times without zone are read as UTC wall clock). */
export interface DatetimeColumn extends ColumnBase {
  readonly type: 'datetime';
  readonly values: Float64Array;
  /** Whether the source carried a time-zone offset (`Z`, `+09:00`); otherwise wall-clock time. */
  readonly hasTimeZone: boolean;
  /** The detected layout, e.g. `YYYY-MM-DD HH:mm:ss`, for display and round-tripping. */
  readonly format: string;
}

/** Booleans as 0/1 bytes. */
export interface BooleanColumn extends ColumnBase {
  readonly type: 'boolean';
  readonly values: Uint8Array;
}

/**
 * Repeated text (`category`) or free text (`text`): integer codes into a dictionary of distinct
 * strings, in first-seen order. Missing cells have code -1.
 */
export interface DictionaryColumn extends ColumnBase {
  readonly type: 'category' | 'text';
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
}

export type Column = NumberColumn | DatetimeColumn | BooleanColumn | DictionaryColumn;

export interface Table {
  readonly columns: readonly Column[];
  readonly rowCount: number;
}

export function isNumeric(column: Column): column is NumberColumn | DatetimeColumn {
  return column.type === 'number' || column.type === 'datetime';
}

export function isDictionary(column: Column): column is DictionaryColumn {
  return column.type === 'category' || column.type === 'text';
}
