/**
 * Exact order statistics in O(n) expected time by fine binning + selection, so quantiles need no
 * full sort: values are counted into up to 65 536 equal-width bins between min and max, the bins
 * holding the wanted ranks are gathered, and the search repeats inside them (sorting once they
 * are small). Binning is monotone (x ≤ y ⇒ bin(x) ≤ bin(y)), so the k-th smallest value is
 * exactly the one a full sort would put at k: quantiles computed from these are bit-identical to
 * the sort-based ones. Badly skewed data only makes the gathered bins larger; after a few rounds
 * we sort what is left.
 */

/** Up to this many values, selection sorts (and fineBins returns null). */
export const SMALL = 2048;
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

/** How many cells are flagged missing (branch-free). */
export function flagCount(missing: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < missing.length; i++) count += missing[i] as number;
  return count;
}

/** A column's finite, non-missing values compacted in row order, and what was left out. */
export interface CompactedValues {
  finite: Float64Array;
  missing: number;
  nan: number;
  posInf: number;
  negInf: number;
}

/**
 * Like finiteValues in one pass, into `scratch` when it is long enough (the result is then a view
 * of it), counting the cells left out: for columns that need no moments (datetimes).
 */
export function compactFinite(values: ArrayLike<number>, missing?: Uint8Array, scratch?: Float64Array): CompactedValues {
  const out = scratch !== undefined && scratch.length >= values.length ? scratch : new Float64Array(values.length);
  let k = 0;
  let missingCount = 0;
  let nan = 0;
  let posInf = 0;
  let negInf = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (missing !== undefined && missing[i] === 1) missingCount++;
    else if (Number.isFinite(x)) out[k++] = x;
    else if (x === Infinity) posInf++;
    else if (x === -Infinity) negInf++;
    else nan++;
  }
  return { finite: out.subarray(0, k), missing: missingCount, nan, posInf, negInf };
}

/**
 * The top level of the search: how many values fall in each of up to 65 536 equal-width bins
 * between min and max, where each bin's ranks start, and each bin's smallest and largest value.
 * Kept so that a histogram over the same data can be counted from the bins (histogram.ts,
 * histogramFromBinMembers) instead of from every value.
 *
 * Why the per-bin extremes: measured data is usually discrete (a fixed number of decimals), and
 * its resolution is far coarser than the bins (e.g. 0.01 °C against 40 °C / 65 536), so each
 * non-empty bin holds one distinct value. A rank in a bin whose lowest equals its highest is that
 * value, and a histogram edge in such a bin is on one side of all its values: neither needs
 * another look at the data. Only bins holding several values are gathered (binMembers).
 */
export interface FineBins {
  readonly min: number;
  readonly bins: number;
  readonly scale: number;
  /** start[b] = how many values lie in bins before b (length bins + 1). */
  readonly start: Float64Array;
  /** Smallest and largest value in bin b (+Infinity and −Infinity when it is empty). */
  readonly lowest: Float64Array;
  readonly highest: Float64Array;
  /** How many values are −0 (they sort before +0 but compare equal), or −1 when not counted. */
  readonly negativeZeros: number;
}

/** The bin binOfValue would give x (monotone in x: x ≤ y ⇒ fineBinOf(x) ≤ fineBinOf(y)). */
export function fineBinOf(fine: FineBins, x: number): number {
  return Math.min(fine.bins - 1, Math.floor((x - fine.min) * fine.scale));
}

/**
 * The bin of a value x of the binned data (x ≥ lo): (x − lo)·scale is ≥ 0 and at most `last + 1`
 * here, so truncation is fineBinOf's floor. Every binning pass (here and binnedColumn.ts) calls
 * this, so they agree.
 */
export function binIndex(x: number, lo: number, scale: number, last: number): number {
  const t = ((x - lo) * scale) | 0;
  return t > last ? last : t;
}

/**
 * Rank k's value (0 ≤ k < n) when its bin holds one value, else undefined (gather the bin). A bin
 * of zeros holds one value only up to sign: −0 sorts first, so the bin's first negativeZeros
 * ranks are −0 (when they were counted).
 */
export function valueOfRank(fine: FineBins, k: number): number | undefined {
  const b = binOfRank(fine, k);
  const x = fine.lowest[b] as number;
  if (x !== fine.highest[b]) return undefined;
  if (x !== 0) return x;
  if (fine.negativeZeros < 0) return undefined;
  return k - (fine.start[b] as number) < fine.negativeZeros ? -0 : 0;
}

/** How many fine bins n values get: about 16 values per bin, at most 65 536 (Uint16 indices, 256 KiB of counts). */
export function fineBinCount(n: number): number {
  return Math.min(65_536, Math.max(16, n >>> 4));
}

/**
 * Fine bins of finite `data` whose extremes are min and max (computed if not given); null when
 * orderStatistics would not bin it (small, constant or all-zero data).
 */
export function fineBins(data: Float64Array, min?: number, max?: number): FineBins | null {
  const n = data.length;
  if (n <= SMALL || allZero(data)) return null;
  let lo = min ?? Infinity;
  let hi = max ?? -Infinity;
  if (min === undefined || max === undefined) {
    for (let i = 0; i < n; i++) {
      const x = data[i] as number;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
  }
  if (lo === hi) return null;
  const bins = fineBinCount(n);
  const scale = bins / (hi - lo);
  // A span that overflows or is subnormal gives no usable bin arithmetic: sort instead.
  if (!(Number.isFinite(hi - lo) && Number.isFinite(scale))) return null;
  // start[b + 1] counts bin b, then prefix sums. Float64: V8 increments it faster than a
  // Uint32Array (no uint32 → double conversion); exact below 2^53.
  const start = new Float64Array(bins + 1);
  const lowest = new Float64Array(bins).fill(Infinity);
  const highest = new Float64Array(bins).fill(-Infinity);
  const last = bins - 1;
  for (let i = 0; i < n; i++) {
    const x = data[i] as number;
    const b = binIndex(x, lo, scale, last);
    start[b + 1] = (start[b + 1] as number) + 1;
    if (x < (lowest[b] as number)) lowest[b] = x;
    if (x > (highest[b] as number)) highest[b] = x;
  }
  for (let b = 1; b <= bins; b++) start[b] = (start[b] as number) + (start[b - 1] as number);
  return { min: lo, bins, scale, start, lowest, highest, negativeZeros: -1 };
}

/** The fine bin holding rank k (0 ≤ k < n): bin b holds ranks [start[b], start[b + 1]). */
export function binOfRank(fine: FineBins, k: number): number {
  const { start } = fine;
  let lo = 0;
  let hi = fine.bins - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((start[mid + 1] as number) <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The members of the given fine bins of `data` (fine = fineBins(data)), each in row order, from
 * one pass over the data. Quantiles and the histogram's edge bins are gathered together
 * (describe.ts), so the column is scanned at most once for both.
 */
export function binMembers(data: Float64Array, fine: FineBins, bins: Iterable<number>): Map<number, Float64Array> {
  const { start } = fine;
  const out = new Map<number, Float64Array>();
  // Slot per bin (0: not wanted); fill[slot] is where the next member goes.
  const slotOfBin = new Int32Array(fine.bins);
  const members: Float64Array[] = [new Float64Array(0)];
  for (const b of bins) {
    if (b < 0 || b >= fine.bins || (slotOfBin[b] as number) > 0) continue;
    slotOfBin[b] = members.length;
    const m = new Float64Array((start[b + 1] as number) - (start[b] as number));
    members.push(m);
    out.set(b, m);
  }
  if (out.size === 0) return out;
  const fill = new Int32Array(members.length);
  const { min: lo, scale } = fine;
  const last = fine.bins - 1;
  const n = data.length;
  for (let i = 0; i < n; i++) {
    const x = data[i] as number;
    const slot = slotOfBin[binIndex(x, lo, scale, last)] as number;
    if (slot !== 0) {
      const at = fill[slot] as number;
      (members[slot] as Float64Array)[at] = x;
      fill[slot] = at + 1;
    }
  }
  return out;
}

/**
 * The k-th smallest values (0-based ranks) of finite `data`, as a map rank → value. `data` is not
 * modified. Ranks must be within [0, data.length). `fine`, when given, is fineBins(data);
 * `members`, when given, is binMembers(data, fine, …) for at least the bins holding the ranks.
 */
export function orderStatistics(
  data: Float64Array,
  ranks: readonly number[],
  depth = 0,
  fine: FineBins | null = depth < MAX_DEPTH ? fineBins(data) : null,
  members?: Map<number, Float64Array>,
): Map<number, number> {
  const out = new Map<number, number>();
  const n = data.length;
  if (n === 0 || ranks.length === 0) return out;
  if (fine === null) {
    if (n > SMALL && depth < MAX_DEPTH && !allZero(data) && data.every((x) => x === data[0])) {
      // All equal and non-zero (allZero handled −0/+0, which compare equal but sort apart).
      for (const k of ranks) out.set(k, data[0] as number);
      return out;
    }
    const sorted = data.slice().sort();
    for (const k of ranks) out.set(k, sorted[k] as number);
    return out;
  }
  // Group the wanted ranks by bin. A bin holding one value answers its ranks at once; the
  // members of the others are gathered (one pass) unless given, and searched again.
  const wanted = new Map<number, number[]>();
  for (const k of ranks) {
    const single = valueOfRank(fine, k);
    if (single !== undefined) {
      out.set(k, single);
      continue;
    }
    const b = binOfRank(fine, k);
    const list = wanted.get(b);
    if (list === undefined) wanted.set(b, [k]);
    else list.push(k);
  }
  if (wanted.size === 0) return out;
  const subsets =
    members !== undefined && [...wanted.keys()].every((b) => members.has(b)) ? members : binMembers(data, fine, wanted.keys());
  for (const [b, ks] of wanted) {
    const first = fine.start[b] as number;
    const inner = orderStatistics(
      subsets.get(b) as Float64Array,
      ks.map((k) => k - first),
      depth + 1,
    );
    for (const k of ks) out.set(k, inner.get(k - first) as number);
  }
  return out;
}

function allZero(data: Float64Array): boolean {
  for (let i = 0; i < data.length; i++) if (data[i] !== 0) return false;
  return true;
}
