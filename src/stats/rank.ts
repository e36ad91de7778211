/**
 * Average ranks (ties share the mean of their 1-based positions), as scipy.stats.rankdata's
 * default method='average'. Ranking walks a precomputed sorted order (src/table/radixSort.ts), so ranking
 * the same column over many different row subsets (pairwise-complete Spearman) costs O(n) each,
 * with no new sort.
 */
import { sortedOrder } from '../table/radixSort';

/**
 * Writes into out[i] the average rank of values[i] among the rows with skip[i] !== 1 (rows with
 * skip[i] === 1 are left untouched). `order` is the ascending order of `values`. Returns the
 * number of ranked rows.
 */
export function rankInto(values: ArrayLike<number>, order: Uint32Array, skip: Uint8Array | undefined, out: Float64Array): number {
  const n = order.length;
  let rank = 0; // ranks handed out so far
  let k = 0;
  while (k < n) {
    const first = order[k] as number;
    if (skip !== undefined && skip[first] === 1) {
      k++;
      continue;
    }
    // The tie group: every included row from k on with the same value.
    const v = values[first] as number;
    let end = k + 1;
    let size = 1;
    while (end < n) {
      const i = order[end] as number;
      if (skip !== undefined && skip[i] === 1) {
        end++;
        continue;
      }
      if ((values[i] as number) !== v) break;
      size++;
      end++;
    }
    const average = rank + (size + 1) / 2;
    for (let j = k; j < end; j++) {
      const i = order[j] as number;
      if (skip === undefined || skip[i] !== 1) out[i] = average;
    }
    rank += size;
    k = end;
  }
  return rank;
}

/** Average ranks of finite values. */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const copy = Float64Array.from(values);
  const out = new Float64Array(copy.length);
  rankInto(copy, sortedOrder(copy), undefined, out);
  return out;
}
