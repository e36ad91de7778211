/**
 * Translates AG Grid's sort and filter models into the worker protocol's specs, and the worker's
 * columnar slices back into the row objects the grid renders. Pure functions (unit-tested).
 */
import type { ColumnInfo, ColumnSlice, FilterOp, FilterSpec, RowsResult, SortSpec } from '../../../src/protocol/protocol';

/** Grid field of column i (header names can hold any character, so fields are positional). */
export const field = (index: number): string => `c${index}`;
const indexOf = (colId: string): number => Number(colId.slice(1));

export const TEXT_FILTERS: FilterOp[] = ['contains', 'equals', 'notEqual', 'blank', 'notBlank'];
export const NUMBER_FILTERS: FilterOp[] = ['equals', 'notEqual', 'greaterThan', 'lessThan', 'blank', 'notBlank'];

export function sortSpecs(model: readonly { colId: string; sort: 'asc' | 'desc' | null | undefined }[]): SortSpec[] {
  return model
    .filter((m) => m.colId.startsWith('c') && m.sort)
    .map((m) => ({ column: indexOf(m.colId), direction: m.sort as 'asc' | 'desc' }));
}

interface SimpleFilter {
  filterType?: string;
  type?: string | null;
  filter?: string | number | null;
}

/** One condition per column (the grid allows only one); unknown operators are ignored. */
export function filterSpecs(model: Readonly<Record<string, SimpleFilter>> | null | undefined): FilterSpec[] {
  const specs: FilterSpec[] = [];
  for (const [colId, f] of Object.entries(model ?? {})) {
    const op = f.type as FilterOp | undefined;
    if (!op || !(TEXT_FILTERS.includes(op) || NUMBER_FILTERS.includes(op))) continue;
    if (op === 'blank' || op === 'notBlank') specs.push({ column: indexOf(colId), op });
    else if (f.filter !== null && f.filter !== undefined && f.filter !== '') specs.push({ column: indexOf(colId), op, value: f.filter });
  }
  return specs;
}

/** The operators the grid's own filter menu offers for a column (number menu for numbers, text menu otherwise). */
export const gridOps = (type: ColumnInfo['type']): FilterOp[] => (type === 'number' ? NUMBER_FILTERS : TEXT_FILTERS);

/** Whether the grid's filter menu can show this filter (ranges and date/time ranges it cannot). */
function inGrid(filter: FilterSpec, columns: readonly ColumnInfo[]): boolean {
  const column = columns[filter.column];
  return column !== undefined && gridOps(column.type).includes(filter.op);
}

/** The dataset's filters the grid's menus can show, as AG Grid's filter model. */
export function toGridModel(filters: readonly FilterSpec[], columns: readonly ColumnInfo[]): Record<string, SimpleFilter> {
  const model: Record<string, SimpleFilter> = {};
  for (const f of filters) {
    if (!inGrid(f, columns)) continue;
    model[field(f.column)] = {
      filterType: columns[f.column]!.type === 'number' ? 'number' : 'text',
      type: f.op,
      ...(f.value !== undefined && { filter: f.value }),
    };
  }
  return model;
}

/**
 * The dataset's filter set after the user changed the grid's menus: the grid's filters replace
 * every filter it can show; the ones only the filter bar makes (ranges) stay.
 */
export function mergeGridFilters(
  current: readonly FilterSpec[],
  fromGrid: readonly FilterSpec[],
  columns: readonly ColumnInfo[],
): FilterSpec[] {
  return [...current.filter((f) => !inGrid(f, columns)), ...fromGrid];
}

/** Same filters, whatever their order (the grid's model has no order). */
export function sameFilters(a: readonly FilterSpec[], b: readonly FilterSpec[]): boolean {
  const key = (list: readonly FilterSpec[]) => JSON.stringify([...list].sort((x, y) => x.column - y.column || x.op.localeCompare(y.op)));
  return key(a) === key(b);
}

function cell(slice: ColumnSlice, i: number): string | number | boolean | null {
  switch (slice.kind) {
    case 'number':
    case 'datetime': {
      const v = slice.values[i]!;
      return Number.isNaN(v) ? null : v;
    }
    case 'boolean':
      return slice.missing[i] ? null : slice.values[i] === 1;
    default:
      return slice.values[i] ?? null;
  }
}

export type GridRow = Record<string, string | number | boolean | null>;

export function toRows(result: RowsResult): GridRow[] {
  const rows: GridRow[] = [];
  for (let i = 0; i < result.rowNumbers.length; i++) {
    const row: GridRow = { row: result.rowNumbers[i]! };
    result.columns.forEach((slice, c) => (row[field(c)] = cell(slice, i)));
    rows.push(row);
  }
  return rows;
}
