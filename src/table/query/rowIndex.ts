/**
 * Sorting and simple filters for the grid, computed over the columnar table in the worker.
 * The result is a row index (Uint32Array of row positions) cached per query, so scrolling pages
 * through a sorted 10 M-row view costs one sort, not one per page.
 */
import { FitplotError } from '../errors';
import type { Column, Table } from '../types';
import type { FilterSpec, SortSpec } from './types';
import { shownNumber, storedOperand } from './float32Display';
import { argsortRows } from '../radixSort';
import type { SortKey } from '../radixSort';

/** Sort keys: numbers as-is, text by the rank of its dictionary entry (one localeCompare sort of the dictionary). */
function sortKeys(column: Column): Float64Array {
  const keys = new Float64Array(column.length);
  if (column.type === 'number' || column.type === 'datetime') {
    keys.set(column.values);
  } else if (column.type === 'boolean') {
    for (let i = 0; i < column.length; i++) keys[i] = column.missing[i] ? NaN : column.values[i]!;
  } else {
    const order = column.dictionary.map((_, i) => i).sort((a, b) => column.dictionary[a]!.localeCompare(column.dictionary[b]!));
    const rank = new Float64Array(column.dictionary.length);
    order.forEach((code, position) => (rank[code] = position));
    for (let i = 0; i < column.length; i++) {
      const code = column.codes[i]!;
      keys[i] = code < 0 ? NaN : rank[code]!;
    }
  }
  return keys;
}

/** `YYYY-MM-DD HH:mm:ss` (wall-clock, as in the file) or ISO 8601 with `Z` when the file carried a zone; zero times are dropped. */
export function formatDatetime(ms: number, hasTimeZone: boolean): string {
  const iso = new Date(ms).toISOString();
  if (hasTimeZone) return iso.replace('.000Z', 'Z');
  return iso.replace('T00:00:00.000Z', '').replace('.000Z', '').replace('T', ' ').replace('Z', '');
}

function cellText(column: Column, row: number): string | null {
  if (column.missing[row]) return null;
  switch (column.type) {
    case 'number':
      return String(shownNumber(column.values, row));
    case 'datetime':
      return formatDatetime(column.values[row]!, column.hasTimeZone);
    case 'boolean':
      return column.values[row] ? 'true' : 'false';
    default:
      return column.dictionary[column.codes[row]!] ?? null;
  }
}

/** `between`: value ≤ x ≤ to on a number or datetime column (either end open when absent); missing cells never match. */
function rangePredicate(column: Column, filter: FilterSpec): (row: number) => boolean {
  if (column.type !== 'number' && column.type !== 'datetime') {
    throw new FitplotError({
      code: 'BAD_OPTION',
      message: `A range filter needs a number or date/time column; '${column.name}' is ${column.type}.`,
      column: column.name,
      hint: 'Filter this column by its values instead.',
    });
  }
  const values = column.values;
  const lo = typeof filter.value === 'number' ? storedOperand(values, filter.value) : -Infinity;
  const hi = filter.to !== undefined ? storedOperand(values, filter.to) : Infinity;
  // NaN (missing) fails both comparisons, so missing cells fall outside every range.
  return (row) => values[row]! >= lo && values[row]! <= hi;
}

/** A predicate for one filter; text filters compare case-insensitively on the dictionary once. */
function predicate(column: Column, filter: FilterSpec): (row: number) => boolean {
  const { op, value } = filter;
  if (op === 'blank') return (row) => column.missing[row] === 1;
  if (op === 'notBlank') return (row) => column.missing[row] !== 1;
  if (op === 'between') return rangePredicate(column, filter);
  if ((column.type === 'number' || column.type === 'datetime') && typeof value === 'number') {
    const values = column.values;
    const x = storedOperand(values, value);
    if (op === 'equals') return (row) => values[row] === x;
    if (op === 'notEqual') return (row) => values[row] !== x;
    if (op === 'greaterThan') return (row) => values[row]! > x;
    if (op === 'lessThan') return (row) => values[row]! < x;
  }
  const needle = String(value ?? '').toLowerCase();
  if (column.type === 'category' || column.type === 'text') {
    const matches = column.dictionary.map((entry) => {
      const text = entry.toLowerCase();
      return op === 'contains' ? text.includes(needle) : op === 'notEqual' ? text !== needle : text === needle;
    });
    const codes = column.codes;
    return (row) => codes[row]! >= 0 && matches[codes[row]!] === true;
  }
  return (row) => {
    const text = cellText(column, row)?.toLowerCase();
    if (text === undefined) return false;
    return op === 'contains' ? text.includes(needle) : op === 'notEqual' ? text !== needle : text === needle;
  };
}

/** Row positions matching `filters`, ordered by `sort` (missing last, ties in file order; radixSort.ts); null = identity. */
export function buildRowIndex(table: Table, sort: readonly SortSpec[], filters: readonly FilterSpec[]): Uint32Array | null {
  if (sort.length === 0 && filters.length === 0) return null;
  const tests = filters.map((filter) => {
    const column = table.columns[filter.column];
    if (!column) throw new RangeError(`No column ${filter.column}`);
    return predicate(column, filter);
  });
  let index = new Uint32Array(table.rowCount);
  let count = 0;
  if (tests.length === 0) for (let row = 0; row < table.rowCount; row++) index[row] = row;
  else for (let row = 0; row < table.rowCount; row++) if (tests.every((test) => test(row))) index[count++] = row;
  if (tests.length > 0) index = index.slice(0, count);
  if (sort.length === 0) return index;
  const keys = sort.map((s): SortKey => {
    const column = table.columns[s.column];
    if (!column) throw new RangeError(`No column ${s.column}`);
    return { keys: sortKeys(column), sign: s.direction === 'asc' ? 1 : -1 };
  });
  return argsortRows(index, keys);
}

export { cellText };
