/**
 * The whole statistics of a measured (discrete) column from one pass over its fine bins.
 *
 * Why: sensor values carry a fixed number of decimals, so a column of millions of rows holds a
 * few thousand distinct values, far fewer than the 65 536 fine bins between its min and max
 * (select.ts): every non-empty bin then holds copies of one value. Bin b is exactly the pair
 * (value v_b, count c_b), and everything describe needs follows from those pairs without another
 * look at the column:
 * - quantiles: rank k's value is the value of the bin holding k (valueOfRank);
 * - histogram: every edge lies on one side of each bin's single value (histogramFromBinMembers);
 * - moments: Σ c_b·(v_b − mean)^k over the bins, a two-pass computation (Chan, Golub & LeVeque
 *   1983) with compensated sums and the mean's rounding corrected (momentsOfPairs); the sum uses exact
 *   products c_b·v_b (Veltkamp's split; c_b < 2^26 and v_b's halves have ≤ 26 and 27 bits, so
 *   c_b·hi and c_b·lo are exact) added with Neumaier's compensated summation.
 * The pass stops at the first bin that receives a second distinct value (continuous data: after a
 * few hundred values), and the caller falls back to the general path (describe.ts).
 */
import type { MomentAccumulator } from './moments';
import { binIndex, fineBinCount, flagCount, SMALL } from './select';
import type { FineBins } from './select';

export interface BinnedColumn {
  fine: FineBins;
  moments: MomentAccumulator;
}

/** Values with counts below this can be split exactly (see the top comment). */
const EXACT_COUNT = 2 ** 26;

/**
 * Fine bins and moments of the finite, non-missing values of a column whose usable extremes are
 * min < max, when every bin holds a single value; null otherwise (or when the column is too small
 * to bin, see select.ts). min/max must be the extremes of exactly those values; `usable`, when
 * known (describeTable: the correlation pass counts it), is how many there are.
 */
export function binnedColumn(
  values: ArrayLike<number>,
  missing: Uint8Array | undefined,
  min: number,
  max: number,
  usable?: number,
): BinnedColumn | null {
  const length = values.length;
  // (Beyond ±1e290 Veltkamp's split would overflow: the general path handles such values.)
  if (!(min < max) || length <= SMALL || length >= EXACT_COUNT || Math.max(-min, max) > 1e290) return null;
  const bins = fineBinCount(length);
  const scale = bins / (max - min);
  if (!(Number.isFinite(max - min) && Number.isFinite(scale))) return null;
  // Per bin, side by side (one cache line): its value (NaN while empty; x !== NaN always holds,
  // so the first value is stored) and its count (Float64: V8 increments it faster than a Uint32,
  // exact below 2^53).
  const slots = emptySlots(bins);
  const last = bins - 1;
  // Unusable cells by kind (missing, NaN, +Infinity, −Infinity): one counter site for all, so
  // the optimizing compiler has seen it before the rare kinds turn up (no deoptimization).
  const cells = new Float64Array(4);
  for (let i = 0; i < length; i++) {
    const x = values[i] as number;
    if (!(x >= min && x <= max)) {
      // Missing cells hold NaN (src/table/types.ts), so the flag is read only here; that no
      // flagged cell holds a usable value is checked below.
      const flagged = missing !== undefined && missing[i] === 1;
      if (!flagged && Number.isFinite(x)) return null; // outside [min, max]: not this column's extremes
      const kind = flagged ? 0 : x === Infinity ? 2 : x === -Infinity ? 3 : 1;
      cells[kind] = (cells[kind] as number) + 1;
      continue;
    }
    const b2 = binIndex(x, min, scale, last) << 1;
    const v = slots[b2] as number;
    if (x !== v) {
      if (v === v) return null; // a second distinct value in this bin: not one value per bin
      slots[b2] = x;
    }
    slots[b2 + 1] = (slots[b2 + 1] as number) + 1;
  }
  const [missingCount, nan, posInf, negInf] = cells as unknown as [number, number, number, number];
  // A flagged cell holding a number was binned: then fewer values are usable than were binned.
  const binned = length - missingCount - nan - posInf - negInf;
  if (missing !== undefined && (usable === undefined ? missingCount !== flagCount(missing) : binned !== usable)) return null;
  // Too few values to bin: the general path sorts them. (The bin count, chosen from the row
  // count, may exceed fineBins' choice for the usable count: any monotone binning gives the same
  // exact quantiles and counts.)
  const n = binned;
  if (n <= SMALL) return null;
  const moments = momentsOfPairs(slots, n, min, max, { missing: missingCount, nan, posInf, negInf });
  return { fine: finish(slots, min, scale, negativeZerosIn(values, slots, min, scale, last)), moments };
}

/** Slots of `bins` empty bins (value NaN, count 0); a function of its own so that the compiler's on-stack replacement of this loop does not stand for binnedColumn's. */
function emptySlots(bins: number): Float64Array {
  const slots = new Float64Array(2 * bins);
  for (let b = 0; b < bins; b++) slots[2 * b] = NaN;
  return slots;
}

/**
 * How many values are −0 (they sort before +0, select.ts): counted in a separate pass, and only
 * when the column holds zeros, so that the main loop has no rarely taken arithmetic.
 */
function negativeZerosIn(values: ArrayLike<number>, slots: Float64Array, min: number, scale: number, last: number): number {
  if (!(min <= 0)) return 0;
  const b2 = binIndex(0, min, scale, last) << 1;
  if (slots[b2] !== 0) return 0; // no zero among the values (0 === −0 here)
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === 0 && Object.is(values[i], -0)) count++;
  return count;
}

/** FineBins from the (value, count) slots: prefix sums of the counts, value as lowest and highest. */
function finish(slots: Float64Array, min: number, scale: number, negativeZeros: number): FineBins {
  const bins = slots.length >> 1;
  const start = new Float64Array(bins + 1);
  const lowest = new Float64Array(bins);
  const highest = new Float64Array(bins);
  for (let b = 0; b < bins; b++) {
    const v = slots[2 * b] as number;
    start[b + 1] = (start[b] as number) + (slots[2 * b + 1] as number);
    // Empty bins: +Infinity / −Infinity, as fineBins leaves them.
    lowest[b] = v === v ? v : Infinity;
    highest[b] = v === v ? v : -Infinity;
  }
  return { min, bins, scale, start, lowest, highest, negativeZeros };
}

/** Moments of the bins' (value, count) pairs, slots[2b] and slots[2b + 1]. */
function momentsOfPairs(
  slots: Float64Array,
  n: number,
  min: number,
  max: number,
  cells: { missing: number; nan: number; posInf: number; negInf: number },
): MomentAccumulator {
  const bins = slots.length >> 1;
  // Exact products c·v split in two, summed with Neumaier's compensation.
  let sum = 0;
  let comp = 0;
  const add = (x: number): void => {
    const t = sum + x;
    comp += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  };
  for (let b = 0; b < bins; b++) {
    const c = slots[2 * b + 1] as number;
    if (c === 0) continue;
    const v = slots[2 * b] as number;
    const split = v * 134_217_729; // 2^27 + 1 (Veltkamp)
    const hi = split - (split - v);
    add(c * hi);
    add(c * (v - hi));
  }
  // Power sums about the rounded mean m (v − m is exact for v within a factor 2 of m, Sterbenz),
  // compensated: thousands of terms of both signs (M3 of nearly symmetric data cancels). Then
  // corrected to the exact mean m + δ, δ = S1/n: the rounding of m alone (δ ≈ 1e-16·|m|) would
  // shift M3 by 3δ·M2, a relative 1e-11 for a skewness near 0.001.
  const mean = (sum + comp) / n;
  const s1 = new CompensatedSum();
  const s2 = new CompensatedSum();
  const s3 = new CompensatedSum();
  const s4 = new CompensatedSum();
  for (let b = 0; b < bins; b++) {
    const c = slots[2 * b + 1] as number;
    if (c === 0) continue; // empty bins hold NaN
    const d = (slots[2 * b] as number) - mean;
    const d2 = d * d;
    s1.add(c * d);
    s2.add(c * d2);
    s3.add(c * d2 * d);
    s4.add(c * d2 * d2);
  }
  const delta = s1.value() / n;
  const [S2, S3, S4] = [s2.value(), s3.value(), s4.value()];
  const m2 = S2 - n * delta * delta;
  const m3 = S3 - 3 * delta * S2 + 2 * n * delta * delta * delta;
  const m4 = S4 - 4 * delta * S3 + 6 * delta * delta * S2 - 3 * n * delta * delta * delta * delta;
  // The shift is the rounded mean and δ the mean relative to it (moments.ts): mean = m + δ.
  return { n, shift: mean, mean: delta, m2, m3, m4, min, max, sum, sumCompensation: comp, ...cells };
}

/** Neumaier's compensated sum (Neumaier 1974). */
class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(x: number): void {
    const t = this.sum + x;
    this.compensation += Math.abs(this.sum) >= Math.abs(x) ? this.sum - t + x : x - t + this.sum;
    this.sum = t;
  }

  value(): number {
    return this.sum + this.compensation;
  }
}

export interface Extent {
  min: number;
  max: number;
  /** How many values are usable (finite, not missing), when known. */
  count?: number;
}

/** Smallest and largest finite, non-missing value; null when there is none. */
export function usableExtent(values: ArrayLike<number>, missing?: Uint8Array): Extent | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    // NaN fails both tests; ±Infinity are excluded below.
    if (x < min && x !== -Infinity && (missing === undefined || missing[i] !== 1)) min = x;
    if (x > max && x !== Infinity && (missing === undefined || missing[i] !== 1)) max = x;
  }
  return min <= max ? { min, max } : null;
}
