/**
 * Spearman rank correlation matrix, pairwise-complete: for each pair, the rows where both values
 * are finite and not missing are ranked (average ranks for ties) and the Pearson correlation of
 * the ranks is taken — scipy.stats.spearmanr on those rows. Ranks are global, so unlike Pearson
 * this is not mergeable across chunks; it runs on request only.
 *
 * Cost: each column is ranked once over its own usable rows (O(n) radix argsort). For a pair, the
 * rows usable in this column but not in the other (E, usually few) must leave the ranking: a
 * value x with full average rank r becomes r − #{e ∈ E : e < x} − #{e ∈ E : e = x}/2, because
 * its tie group loses the E values equal to it and everything above it moves down by the E
 * values below. That is a binary search in the sorted E per row: no re-sort per pair.
 */
import { accumulateCorrelation, createCorrelation, pearsonFromAccumulator } from './correlation';
import type { CorrelationMatrix, NumericInput } from './correlation';
import { sortedOrder } from './radixSort';
import { rankInto } from './rank';

interface RankedColumn {
  values: ArrayLike<number>;
  /** 1 where the cell cannot be used (missing, NaN or ±Infinity). */
  skip: Uint8Array;
  unusable: number;
  /** Average ranks over the column's own usable rows (unusable rows hold 0). */
  ranks: Float64Array;
}

function rankColumn(column: NumericInput, length: number): RankedColumn {
  const skip = new Uint8Array(length);
  const finite = new Float64Array(length);
  let unusable = 0;
  for (let i = 0; i < length; i++) {
    const x = column.values[i] as number;
    if ((column.missing !== undefined && column.missing[i] === 1) || !Number.isFinite(x)) {
      skip[i] = 1;
      unusable++;
    } else finite[i] = x;
  }
  const ranks = new Float64Array(length);
  rankInto(finite, sortedOrder(finite), skip, ranks);
  return { values: column.values, skip, unusable, ranks };
}

/** Ranks of `a` over the rows usable in both a and b, written into out (see the header). */
function ranksWithout(a: RankedColumn, b: RankedColumn, out: Float64Array): void {
  const length = a.skip.length;
  let removed = 0;
  for (let i = 0; i < length; i++) if (a.skip[i] === 0 && b.skip[i] === 1) removed++;
  if (removed === 0) {
    out.set(a.ranks);
    return;
  }
  const e = new Float64Array(removed);
  let m = 0;
  for (let i = 0; i < length; i++) if (a.skip[i] === 0 && b.skip[i] === 1) e[m++] = a.values[i] as number;
  e.sort();
  for (let i = 0; i < length; i++) {
    if (a.skip[i] === 1 || b.skip[i] === 1) continue;
    const x = a.values[i] as number;
    const below = bound(e, x, false);
    const equal = bound(e, x, true) - below;
    out[i] = (a.ranks[i] as number) - below - equal / 2;
  }
}

/** Count of elements < x (or ≤ x when inclusive) in ascending `sorted`. */
function bound(sorted: Float64Array, x: number, inclusive: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v < x || (inclusive && v === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function spearmanMatrix(columns: readonly NumericInput[]): CorrelationMatrix {
  const p = columns.length;
  const length = columns[0]?.values.length ?? 0;
  const ranked = columns.map((c) => rankColumn(c, length));
  const pearson: (number | null)[][] = [];
  const n: number[][] = [];
  for (let j = 0; j < p; j++) {
    pearson.push(new Array<number | null>(p).fill(null));
    n.push(new Array<number>(p).fill(0));
  }
  const skip = new Uint8Array(length);
  const rx = new Float64Array(length);
  const ry = new Float64Array(length);
  for (let j = 0; j < p; j++) {
    for (let k = j; k < p; k++) {
      const a = ranked[j] as RankedColumn;
      const b = ranked[k] as RankedColumn;
      let count = 0;
      for (let i = 0; i < length; i++) {
        skip[i] = a.skip[i] === 1 || b.skip[i] === 1 ? 1 : 0;
        count += 1 - (skip[i] as number);
      }
      ranksWithout(a, b, rx);
      ranksWithout(b, a, ry);
      const acc = accumulateCorrelation(createCorrelation(2), [
        { values: rx, missing: skip },
        { values: ry, missing: skip },
      ]);
      const r = count >= 2 ? (pearsonFromAccumulator(acc).pearson[0]?.[1] ?? null) : null;
      (pearson[j] as (number | null)[])[k] = r;
      (pearson[k] as (number | null)[])[j] = r;
      (n[j] as number[])[k] = count;
      (n[k] as number[])[j] = count;
    }
  }
  return { pearson, n };
}
