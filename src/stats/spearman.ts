/**
 * Spearman rank correlation matrix, pairwise-complete: for each pair, the rows where both values
 * are finite and not missing are ranked (average ranks for ties) and the Pearson correlation of
 * the ranks is taken — scipy.stats.spearmanr on those rows. Ranks are global, so unlike Pearson
 * this is not mergeable across chunks; it runs on request only.
 *
 * Cost: each column is ranked once over its own usable rows (O(n) radix argsort); two complete
 * columns then need one dot product of centred ranks. For a pair with unusable rows, the
 * rows usable in this column but not in the other (E, usually few) must leave the ranking: a
 * value x with full average rank r becomes r − #{e ∈ E : e < x} − #{e ∈ E : e = x}/2, because
 * its tie group loses the E values equal to it and everything above it moves down by the E
 * values below. Both counts come from a prefix count over rank slots: O(n) per pair, no re-sort.
 */
import { accumulateCorrelation, createCorrelation, pearsonFromAccumulator } from './correlation';
import type { CorrelationMatrix, NumericInput } from './correlation';
import { sortedOrder } from '../table/radixSort';
import { rankInto } from './rank';

interface RankedColumn {
  values: ArrayLike<number>;
  /** 1 where the cell cannot be used (missing, NaN or ±Infinity). */
  skip: Uint8Array;
  unusable: number;
  /** Average ranks over the column's own usable rows (unusable rows hold 0). */
  ranks: Float64Array;
  /** For a column with every row usable: ranks minus their mean, and Σ of their squares. */
  centred: Float64Array | null;
  sumSquares: number;
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
  let centred: Float64Array | null = null;
  let sumSquares = 0;
  if (unusable === 0) {
    // Ranks 1..n average (n + 1)/2 exactly; centred ranks are exact half-integers.
    centred = new Float64Array(length);
    const mean = (length + 1) / 2;
    for (let i = 0; i < length; i++) {
      const c = (ranks[i] as number) - mean;
      centred[i] = c;
      sumSquares += c * c;
    }
  }
  return { values: column.values, skip, unusable, ranks, centred, sumSquares };
}

/**
 * Ranks of `a` over the rows usable in both a and b, written into out (see the header). The
 * counts of removed values below / equal to x are read in rank space: average ranks are
 * half-integers that order exactly like the values, so slot 2·rank indexes a prefix count.
 * `slots` is scratch space of length ≥ 2·n + 2. Returns a.ranks itself when nothing is removed.
 */
function ranksWithout(a: RankedColumn, b: RankedColumn, out: Float64Array, slots: Uint32Array): Float64Array {
  if (b.unusable === 0) return a.ranks;
  const length = a.skip.length;
  const size = 2 * length + 2;
  slots.fill(0, 0, size);
  let removed = 0;
  for (let i = 0; i < length; i++) {
    if (a.skip[i] === 0 && b.skip[i] === 1) {
      const s = 2 * (a.ranks[i] as number);
      slots[s + 1] = (slots[s + 1] as number) + 1;
      removed++;
    }
  }
  if (removed === 0) return a.ranks;
  // slots[s] becomes the number of removed values with slot < s (exclusive prefix sum, shifted by 1).
  for (let s = 1; s < size; s++) slots[s] = (slots[s] as number) + (slots[s - 1] as number);
  for (let i = 0; i < length; i++) {
    if (a.skip[i] === 1 || b.skip[i] === 1) continue;
    const r = a.ranks[i] as number;
    const s = 2 * r;
    const below = slots[s] as number;
    const equal = (slots[s + 1] as number) - below;
    out[i] = r - below - equal / 2;
  }
  return out;
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
  const slots = new Uint32Array(2 * length + 2);
  for (let j = 0; j < p; j++) {
    for (let k = j; k < p; k++) {
      const a = ranked[j] as RankedColumn;
      const b = ranked[k] as RankedColumn;
      let r: number | null;
      let count = length;
      if (a.centred !== null && b.centred !== null) {
        // Both complete: one dot product of centred ranks.
        let c = 0;
        for (let i = 0; i < length; i++) c += (a.centred[i] as number) * (b.centred[i] as number);
        const denom = Math.sqrt(a.sumSquares * b.sumSquares);
        r = length >= 2 && denom > 0 ? Math.max(-1, Math.min(1, c / denom)) : null;
      } else {
        count = 0;
        for (let i = 0; i < length; i++) {
          skip[i] = a.skip[i] === 1 || b.skip[i] === 1 ? 1 : 0;
          count += 1 - (skip[i] as number);
        }
        const acc = accumulateCorrelation(createCorrelation(2), [
          { values: ranksWithout(a, b, rx, slots), missing: skip },
          { values: ranksWithout(b, a, ry, slots), missing: skip },
        ]);
        r = count >= 2 ? (pearsonFromAccumulator(acc).pearson[0]?.[1] ?? null) : null;
      }
      (pearson[j] as (number | null)[])[k] = r;
      (pearson[k] as (number | null)[])[j] = r;
      (n[j] as number[])[k] = count;
      (n[k] as number[])[j] = count;
    }
  }
  return { pearson, n };
}
