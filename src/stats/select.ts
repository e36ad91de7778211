/**
 * Exact order statistics in O(n) expected time by fine binning + selection, so quantiles need no
 * full sort: values are counted into up to 65 536 equal-width bins between min and max, the bins
 * holding the wanted ranks are gathered, and the search repeats inside them (sorting once they
 * are small). Binning is monotone (x ≤ y ⇒ bin(x) ≤ bin(y)), so the k-th smallest value is
 * exactly the one a full sort would put at k: quantiles computed from these are bit-identical to
 * the sort-based ones. Badly skewed data only makes the gathered bins larger; after a few rounds
 * we sort what is left.
 */

const SMALL = 2048;
const MAX_DEPTH = 4;

/** The finite, non-missing values of a column, compacted in row order (no sort). */
export function finiteValues(values: ArrayLike<number>, missing?: Uint8Array): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if ((missing === undefined || missing[i] !== 1) && Number.isFinite(values[i] as number)) n++;
  const out = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if ((missing === undefined || missing[i] !== 1) && Number.isFinite(x)) out[k++] = x;
  }
  return out;
}

/**
 * The k-th smallest values (0-based ranks) of finite `data`, as a map rank → value. `data` is not
 * modified. Ranks must be within [0, data.length).
 */
export function orderStatistics(data: Float64Array, ranks: readonly number[], depth = 0): Map<number, number> {
  const out = new Map<number, number>();
  const n = data.length;
  if (n === 0 || ranks.length === 0) return out;
  if (n <= SMALL || depth >= MAX_DEPTH || allZero(data)) {
    const sorted = data.slice().sort();
    for (const k of ranks) out.set(k, sorted[k] as number);
    return out;
  }
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = data[i] as number;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (min === max) {
    // All equal and non-zero (allZero above handled −0/+0, which compare equal but sort apart).
    for (const k of ranks) out.set(k, min);
    return out;
  }
  const bins = Math.min(65_536, Math.max(16, n >>> 4));
  const scale = bins / (max - min);
  const binOf = (x: number): number => Math.min(bins - 1, Math.floor((x - min) * scale));
  const counts = new Uint32Array(bins + 1); // counts[b + 1] = values in bin b, then prefix sums
  for (let i = 0; i < n; i++) {
    const b = binOf(data[i] as number) + 1;
    counts[b] = (counts[b] as number) + 1;
  }
  for (let b = 1; b <= bins; b++) counts[b] = (counts[b] as number) + (counts[b - 1] as number);
  // Group the wanted ranks by bin: bin b holds ranks [counts[b], counts[b + 1]).
  const wanted = new Map<number, number[]>();
  for (const k of ranks) {
    let lo = 0;
    let hi = bins - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((counts[mid + 1] as number) <= k) lo = mid + 1;
      else hi = mid;
    }
    const list = wanted.get(lo);
    if (list === undefined) wanted.set(lo, [k]);
    else list.push(k);
  }
  // Gather the members of every wanted bin in one pass.
  const slotOfBin = new Int32Array(bins).fill(-1);
  const subsets: Float64Array[] = [];
  const fill = new Int32Array(wanted.size);
  for (const b of wanted.keys()) {
    slotOfBin[b] = subsets.length;
    subsets.push(new Float64Array((counts[b + 1] as number) - (counts[b] as number)));
  }
  for (let i = 0; i < n; i++) {
    const x = data[i] as number;
    const slot = slotOfBin[binOf(x)] as number;
    if (slot >= 0) {
      const at = fill[slot] as number;
      (subsets[slot] as Float64Array)[at] = x;
      fill[slot] = at + 1;
    }
  }
  for (const [b, ks] of wanted) {
    const start = counts[b] as number;
    const inner = orderStatistics(subsets[slotOfBin[b] as number] as Float64Array, ks.map((k) => k - start), depth + 1);
    for (const k of ks) out.set(k, inner.get(k - start) as number);
  }
  return out;
}

function allZero(data: Float64Array): boolean {
  for (let i = 0; i < data.length; i++) if (data[i] !== 0) return false;
  return true;
}
