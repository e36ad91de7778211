/**
 * Group-by aggregation over typed arrays: one pass for count/sum/mean/min/max; median gathers
 * each group's values with a counting sort (offsets per group), then sorts each slice.
 * Groups are `a + b·groupsA` for an optional second category.
 */
import type { Aggregate } from './settings';

export interface GroupKeys {
  /** Primary category code per row (-1 = missing: row skipped). */
  readonly a: Int32Array;
  readonly groupsA: number;
  /** Optional second category code per row (-1 = missing: row skipped). */
  readonly b?: Int32Array;
  readonly groupsB?: number;
}

/** Result per cell `a + b·groupsA`: the aggregate (NaN where a cell has no values) and its row count. */
export interface Aggregated {
  readonly values: Float64Array;
  readonly counts: Float64Array;
}

/**
 * Aggregates `values` (NaN = missing, skipped) per group. `count` counts rows with a category
 * (and, when `values` is given, a non-missing value); the others need `values`.
 */
export function aggregateBy(keys: GroupKeys, values: Float64Array | Float32Array | undefined, agg: Aggregate): Aggregated {
  const groupsB = keys.b ? (keys.groupsB ?? 1) : 1;
  const cells = keys.groupsA * groupsB;
  const counts = new Float64Array(cells);
  const acc = new Float64Array(cells).fill(agg === 'min' ? Infinity : agg === 'max' ? -Infinity : 0);
  const cellOf = (i: number): number => {
    const a = keys.a[i]!;
    if (a < 0) return -1;
    if (!keys.b) return a;
    const b = keys.b[i]!;
    return b < 0 ? -1 : a + b * keys.groupsA;
  };
  const n = keys.a.length;
  for (let i = 0; i < n; i++) {
    const cell = cellOf(i);
    if (cell < 0) continue;
    const v = values ? values[i]! : 0;
    if (Number.isNaN(v)) continue;
    counts[cell]! += 1;
    if (agg === 'sum' || agg === 'mean') acc[cell]! += v;
    else if (agg === 'min') {
      if (v < acc[cell]!) acc[cell] = v;
    } else if (agg === 'max') {
      if (v > acc[cell]!) acc[cell] = v;
    }
  }
  if (agg === 'median') return { values: medians(cellOf, n, values!, counts), counts };
  const out = new Float64Array(cells);
  for (let c = 0; c < cells; c++) {
    const k = counts[c]!;
    if (agg === 'count') out[c] = k;
    // An empty cell has no value (no bar), not a sum of 0.
    else if (k === 0) out[c] = NaN;
    else out[c] = agg === 'mean' ? acc[c]! / k : acc[c]!;
  }
  return { values: out, counts };
}

/**
 * Each cell's non-missing values, sorted ascending, in one buffer: cell c owns
 * `sorted.subarray(start[c], start[c + 1])`. Counting sort by cell, then one native sort per slice.
 */
export function sortedByCell(
  cellOf: (i: number) => number,
  n: number,
  values: Float64Array | Float32Array,
  cells: number,
): { sorted: Float64Array; start: Float64Array } {
  const start = new Float64Array(cells + 1);
  for (let i = 0; i < n; i++) {
    const cell = cellOf(i);
    if (cell >= 0 && !Number.isNaN(values[i]!)) start[cell + 1]! += 1;
  }
  for (let c = 0; c < cells; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, cells);
  const sorted = new Float64Array(start[cells]!);
  for (let i = 0; i < n; i++) {
    const cell = cellOf(i);
    const v = values[i]!;
    if (cell < 0 || Number.isNaN(v)) continue;
    sorted[fill[cell]!++] = v;
  }
  for (let c = 0; c < cells; c++) sorted.subarray(start[c]!, start[c + 1]!).sort();
  return { sorted, start };
}

/** Median per cell (average of the two middle values for even counts, as numpy.median). */
function medians(cellOf: (i: number) => number, n: number, values: Float64Array | Float32Array, counts: Float64Array): Float64Array {
  const { sorted, start } = sortedByCell(cellOf, n, values, counts.length);
  const out = new Float64Array(counts.length);
  for (let c = 0; c < counts.length; c++) {
    const k = counts[c]!;
    const base = start[c]!;
    const mid = Math.floor(k / 2);
    out[c] = k === 0 ? NaN : k % 2 === 1 ? sorted[base + mid]! : (sorted[base + mid - 1]! + sorted[base + mid]!) / 2;
  }
  return out;
}
