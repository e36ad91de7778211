/**
 * Summary of a category, text or boolean column: distinct values, the top-k most frequent with
 * the rest counted as "other", and the mode. Ties in frequency are broken by dictionary order
 * (first seen in the file; for booleans false before true), so results are deterministic.
 */
import type { BooleanColumn, DictionaryColumn } from '../table/types';

export interface CategoryCount {
  value: string | boolean;
  count: number;
}

export interface CategorySummary {
  count: number;
  missing: number;
  distinct: number;
  /** Most frequent value; ties: first in dictionary order. null when every cell is missing. */
  mode: string | boolean | null;
  top: CategoryCount[];
  /** Non-missing cells whose value is not in `top`. */
  otherCount: number;
}

/** Occurrences per dictionary code (mergeable: counts from chunks add). */
export function categoryCounts(column: DictionaryColumn | BooleanColumn, start = 0, end = column.length): Float64Array {
  if (column.type === 'boolean') {
    const counts = new Float64Array(2);
    for (let i = start; i < end; i++) {
      if (column.missing[i] === 1) continue;
      const code = column.values[i] === 1 ? 1 : 0;
      counts[code] = (counts[code] as number) + 1;
    }
    return counts;
  }
  const counts = new Float64Array(column.dictionary.length);
  for (let i = start; i < end; i++) {
    const code = column.codes[i] as number;
    if (code >= 0 && column.missing[i] !== 1) counts[code] = (counts[code] as number) + 1;
  }
  return counts;
}

export function summarizeCategories(column: DictionaryColumn | BooleanColumn, topK = 10, counts = categoryCounts(column)): CategorySummary {
  const label = (code: number): string | boolean => (column.type === 'boolean' ? code === 1 : (column.dictionary[code] as string));
  let count = 0;
  let distinct = 0;
  const used: number[] = [];
  for (let code = 0; code < counts.length; code++) {
    const c = counts[code] as number;
    if (c > 0) {
      count += c;
      distinct++;
      used.push(code);
    }
  }
  // Stable sort keeps dictionary order among equal counts.
  used.sort((a, b) => (counts[b] as number) - (counts[a] as number));
  const top = used.slice(0, Math.max(0, topK)).map((code) => ({ value: label(code), count: counts[code] as number }));
  const topTotal = top.reduce((s, t) => s + t.count, 0);
  const first = used[0];
  return {
    count,
    missing: column.length - count,
    distinct,
    mode: first === undefined ? null : label(first),
    top,
    otherCount: count - topTotal,
  };
}
