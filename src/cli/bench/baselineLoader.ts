/**
 * The issue's "straightforward loader", kept as the benchmark's yardstick: PapaParse tokenises
 * 64 KiB chunks into strings, each cell goes through `Number()` or `Date.parse()`, and values land
 * in growable Float64Array columns (categories as codes into a Map-built dictionary) while running
 * statistics (count, missing, Welford mean/M2, min, max) are updated cell by cell. It is what one
 * writes first; Fitplot's loader must beat it by ≥ 2× on the same file in the same run.
 * Column kinds are decided from the first data row (number if `Number()` accepts the cell or it is
 * empty, else datetime if it starts like an ISO date and `Date.parse()` accepts it, else category) —
 * V8's `Date.parse` alone accepts almost anything (`Date.parse('g,0')` is a date in 2000).
 */
import { papaRows } from './papaStream';

export interface RunningStats {
  count: number;
  missing: number;
  mean: number;
  /** Sum of squared deviations from the mean (Welford, 1962). */
  m2: number;
  min: number;
  max: number;
}

export type BaselineColumn =
  | { readonly name: string; readonly kind: 'number' | 'datetime'; values: Float64Array; readonly stats: RunningStats }
  | { readonly name: string; readonly kind: 'category'; codes: Int32Array; readonly dictionary: Map<string, number> };

export interface BaselineTable {
  readonly rowCount: number;
  readonly columns: readonly BaselineColumn[];
}

function emptyStats(): RunningStats {
  return { count: 0, missing: 0, mean: 0, m2: 0, min: Infinity, max: -Infinity };
}

function kindOf(cell: string): 'number' | 'datetime' | 'category' {
  if (cell.trim() === '' || !Number.isNaN(Number(cell))) return 'number';
  return /^\d{4}-\d{2}-\d{2}/.test(cell) && !Number.isNaN(Date.parse(cell)) ? 'datetime' : 'category';
}

function grow<T extends Float64Array | Int32Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

export async function baselineLoad(path: string): Promise<BaselineTable> {
  let headers: string[] | undefined;
  let columns: BaselineColumn[] = [];
  let rowCount = 0;
  await papaRows(path, (rows) => {
    let start = 0;
    if (!headers) {
      headers = rows[0] ?? [];
      start = 1;
    }
    if (columns.length === 0 && rows.length > start) {
      const first = rows[start] as string[];
      columns = headers.map((name, j) => {
        const kind = kindOf(first[j] ?? '');
        return kind === 'category'
          ? { name, kind, codes: new Int32Array(1024), dictionary: new Map() }
          : { name, kind, values: new Float64Array(1024), stats: emptyStats() };
      });
    }
    const end = rowCount + rows.length - start;
    for (let j = 0; j < columns.length; j++) {
      const column = columns[j] as BaselineColumn;
      if (column.kind === 'category') {
        column.codes = grow(column.codes, end);
        for (let i = start, r = rowCount; i < rows.length; i++, r++) {
          const cell = (rows[i] as string[])[j] ?? '';
          let code = column.dictionary.get(cell);
          if (code === undefined) column.dictionary.set(cell, (code = column.dictionary.size));
          column.codes[r] = code;
        }
        continue;
      }
      column.values = grow(column.values, end);
      const stats = column.stats;
      const parse = column.kind === 'number' ? Number : Date.parse;
      for (let i = start, r = rowCount; i < rows.length; i++, r++) {
        const cell = (rows[i] as string[])[j] ?? '';
        const x = cell === '' ? NaN : parse(cell);
        column.values[r] = x;
        if (Number.isNaN(x)) {
          stats.missing++;
          continue;
        }
        stats.count++;
        const delta = x - stats.mean;
        stats.mean += delta / stats.count;
        stats.m2 += delta * (x - stats.mean);
        if (x < stats.min) stats.min = x;
        if (x > stats.max) stats.max = x;
      }
    }
    rowCount = end;
  });
  for (const column of columns) {
    if (column.kind === 'category') column.codes = column.codes.slice(0, rowCount);
    else column.values = column.values.slice(0, rowCount);
  }
  return { rowCount, columns };
}
