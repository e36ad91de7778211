/** Uniform access to columns for chart roles: numbers as floats (NaN = missing), categories as codes. */
import type { Column } from '../table/types';

export interface Categories {
  /** Code per row, -1 for missing. */
  readonly codes: Int32Array;
  readonly labels: readonly string[];
}

/** Category codes of a dictionary or boolean column (booleans as "false"/"true"). */
export function categoriesOf(column: Column): Categories {
  if (column.type === 'category' || column.type === 'text') return { codes: column.codes, labels: column.dictionary };
  if (column.type === 'boolean') {
    const codes = new Int32Array(column.length);
    for (let i = 0; i < column.length; i++) codes[i] = column.missing[i] ? -1 : column.values[i]!;
    return { codes, labels: ['false', 'true'] };
  }
  throw new Error(`categoriesOf: ${column.name} is a ${column.type} column`);
}

/** Values of a number or datetime column (missing cells are NaN in both). */
export function numbersOf(column: Column): Float64Array | Float32Array {
  if (column.type === 'number' || column.type === 'datetime') return column.values;
  throw new Error(`numbersOf: ${column.name} is a ${column.type} column`);
}

/** Per-category row counts (missing codes skipped). */
export function countCodes(codes: Int32Array, categories: number): Float64Array {
  const counts = new Float64Array(categories);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    if (c >= 0) counts[c]! += 1;
  }
  return counts;
}

/**
 * Ranks the categories present (count > 0) by `weights`, largest first (NaN last, ties by code),
 * keeps the first `top` and maps every other present category to one "other" code (= top).
 * Returns codes remapped to ranks (-1 = missing) and the kept original codes in rank order.
 */
export function rankCategories(codes: Int32Array, counts: Float64Array, weights: Float64Array, top: number): { codes: Int32Array; kept: number[]; hasOther: boolean } {
  const order: number[] = [];
  for (let c = 0; c < counts.length; c++) if (counts[c]! > 0) order.push(c);
  const key = (c: number): number => (Number.isNaN(weights[c]!) ? -Infinity : weights[c]!);
  order.sort((a, b) => key(b) - key(a) || a - b);
  const kept = order.slice(0, top);
  const hasOther = order.length > top;
  const map = new Int32Array(counts.length).fill(hasOther ? kept.length : -1);
  kept.forEach((c, rank) => (map[c] = rank));
  const out = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    out[i] = c < 0 ? -1 : map[c]!;
  }
  return { codes: out, kept, hasOther };
}
