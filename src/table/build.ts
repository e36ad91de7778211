/**
 * Small builders for in-memory tables: tests, samples and other engine modules use them to make
 * columns without going through the CSV loader. They produce exactly the storage the loader does
 * (typed arrays + missing mask; dictionary codes in first-seen order, -1 for missing).
 */
import { FitplotError } from './errors';
import type { BooleanColumn, Column, DatetimeColumn, DictionaryColumn, NumberColumn, Table } from './types';
import { isDictionary } from './types';

function maskOf(length: number, isMissing: (index: number) => boolean): Uint8Array {
  const missing = new Uint8Array(length);
  for (let i = 0; i < length; i++) if (isMissing(i)) missing[i] = 1;
  return missing;
}

/** A number column; `null` and NaN are missing. */
export function numberColumn(name: string, values: readonly (number | null)[]): NumberColumn {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] ?? NaN;
  return {
    name,
    type: 'number',
    length: values.length,
    values: out,
    missing: maskOf(values.length, (i) => Number.isNaN(out[i])),
    invalidCount: 0,
  };
}

export interface DatetimeColumnOptions {
  readonly hasTimeZone?: boolean;
  readonly format?: string;
}

/** A datetime column from epoch milliseconds (UTC) or Date objects; `null` is missing. */
export function datetimeColumn(
  name: string,
  values: readonly (number | Date | null)[],
  options: DatetimeColumnOptions = {},
): DatetimeColumn {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? null;
    out[i] = v === null ? NaN : typeof v === 'number' ? v : v.getTime();
  }
  return {
    name,
    type: 'datetime',
    length: values.length,
    values: out,
    missing: maskOf(values.length, (i) => Number.isNaN(out[i])),
    invalidCount: 0,
    hasTimeZone: options.hasTimeZone ?? false,
    format: options.format ?? 'YYYY-MM-DDTHH:mm:ss.SSS',
  };
}

/** A boolean column stored as 0/1 bytes; `null` is missing (stored as 0, flagged in the mask). */
export function booleanColumn(name: string, values: readonly (boolean | null)[]): BooleanColumn {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] === true ? 1 : 0;
  return {
    name,
    type: 'boolean',
    length: values.length,
    values: out,
    missing: maskOf(values.length, (i) => values[i] === null),
    invalidCount: 0,
  };
}

function dictionaryColumn(name: string, type: 'category' | 'text', values: readonly (string | null)[]): DictionaryColumn {
  const codes = new Int32Array(values.length);
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? null;
    if (v === null) {
      codes[i] = -1;
      continue;
    }
    let code = index.get(v);
    if (code === undefined) {
      code = dictionary.length;
      index.set(v, code);
      dictionary.push(v);
    }
    codes[i] = code;
  }
  return { name, type, length: values.length, codes, dictionary, missing: maskOf(values.length, (i) => codes[i] === -1), invalidCount: 0 };
}

/** A category column (repeated labels); `null` is missing. */
export function categoryColumn(name: string, values: readonly (string | null)[]): DictionaryColumn {
  return dictionaryColumn(name, 'category', values);
}

/** A free-text column; `null` is missing. */
export function textColumn(name: string, values: readonly (string | null)[]): DictionaryColumn {
  return dictionaryColumn(name, 'text', values);
}

/** Assembles columns into a table; all columns must have the same length and distinct names. */
export function makeTable(columns: readonly Column[]): Table {
  const rowCount = columns[0]?.length ?? 0;
  const seen = new Set<string>();
  for (const column of columns) {
    if (column.length !== rowCount) {
      throw new FitplotError({
        code: 'BAD_OPTION',
        message: `Column "${column.name}" has ${column.length} rows but "${columns[0]?.name}" has ${rowCount}.`,
        column: column.name,
        hint: 'Give every column the same number of values.',
      });
    }
    if (seen.has(column.name)) {
      throw new FitplotError({
        code: 'BAD_OPTION',
        message: `Two columns are named "${column.name}".`,
        column: column.name,
        hint: 'Give every column a distinct name.',
      });
    }
    seen.add(column.name);
  }
  return { columns, rowCount };
}

/** The column with this exact name; FitplotError COLUMN_NOT_FOUND (listing the names) otherwise. */
export function columnByName(table: Table, name: string): Column {
  for (const column of table.columns) if (column.name === name) return column;
  const names = table.columns.map((c) => `"${c.name}"`).join(', ');
  throw new FitplotError({
    code: 'COLUMN_NOT_FOUND',
    message: `There is no column named "${name}". Available columns: ${names || '(none)'}.`,
    column: name,
    hint: 'Check the spelling (names are case-sensitive) or pick one of the available columns.',
  });
}

/**
 * Estimated bytes per dictionary string: V8 stores a one-byte or two-byte sequence plus a header
 * (~16 bytes on 64-bit with pointer compression) and a slot in the array (8 bytes). We count two
 * bytes per UTF-16 code unit, an upper bound that also covers non-Latin text.
 */
const STRING_OVERHEAD_BYTES = 24;

/**
 * Bytes held by one column's arrays and dictionary (strings estimated). A typed array that is a
 * view counts its whole buffer: the loader may hand out views with up to 1/8 spare capacity.
 */
export function columnMemoryBytes(column: Column): number {
  let bytes = column.missing.buffer.byteLength;
  if (isDictionary(column)) {
    bytes += column.codes.buffer.byteLength;
    for (const s of column.dictionary) bytes += STRING_OVERHEAD_BYTES + 2 * s.length;
  } else {
    bytes += column.values.buffer.byteLength;
  }
  return bytes;
}

/** Bytes held by the table's arrays and dictionaries (strings estimated, see columnMemoryBytes). */
export function tableMemoryBytes(table: Table): number {
  let bytes = 0;
  for (const column of table.columns) bytes += columnMemoryBytes(column);
  return bytes;
}
