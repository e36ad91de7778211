/** Uniform access to columns for chart roles: numbers as floats (NaN = missing), categories as codes. */
import { FitplotError } from '../table/errors';
import type { Column } from '../table/types';
import { formatNumber } from './format';
import { MAX_NUMBER_CATEGORIES } from './spec';

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

/**
 * Categories for a colour role: a category column as is, or a number column whose few distinct
 * values (a 1/2-coded `sex`, a 1–5 rating) become categories in ascending order. A number column
 * with more distinct values is refused: colouring a measurement by each value is not a legend.
 */
export function colourCategoriesOf(column: Column): Categories {
  if (column.type !== 'number') return categoriesOf(column);
  const distinct = new Map<number, number>();
  const codes = new Int32Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const v = column.values[i]!;
    if (Number.isNaN(v)) {
      codes[i] = -1;
      continue;
    }
    let code = distinct.get(v);
    if (code === undefined) {
      if (distinct.size === MAX_NUMBER_CATEGORIES) {
        throw new FitplotError({
          code: 'CHART',
          key: 'chart.tooManyColourValues',
          params: { column: column.name, max: MAX_NUMBER_CATEGORIES },
          message: `'${column.name}' has more than ${MAX_NUMBER_CATEGORIES} distinct values, too many to colour points by.`,
          column: column.name,
          hint: 'Colour by a category column, or by a number column with a few codes (such as 1/2).',
        });
      }
      code = distinct.size;
      distinct.set(v, code);
    }
    codes[i] = code;
  }
  // Ascending values: codes renumbered so "1" comes before "2" whatever the row order.
  const sorted = [...distinct.keys()].sort((a, b) => a - b);
  const rank = new Int32Array(sorted.length);
  sorted.forEach((v, r) => (rank[distinct.get(v)!] = r));
  for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0) codes[i] = rank[codes[i]!]!;
  return { codes, labels: sorted.map(formatNumber) };
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
export function rankCategories(
  codes: Int32Array,
  counts: Float64Array,
  weights: Float64Array,
  top: number,
): { codes: Int32Array; kept: number[]; hasOther: boolean } {
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
