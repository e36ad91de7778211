/**
 * Exact quantiles by numpy's default method, 'linear' (Hyndman & Fan 1996 type 7): for sorted
 * x[0..n−1] and probability p, the virtual index is h = (n − 1)·p, and the quantile interpolates
 * between x[⌊h⌋] and x[⌊h⌋ + 1] with weight γ = h − ⌊h⌋. The interpolation copies numpy's `_lerp`
 * (a + (b − a)·γ, or b − (b − a)·(1 − γ) when γ ≥ 0.5) so results agree to the last bit.
 */
import { checkProbability } from './options';
import { fineBins, finiteValues, orderStatistics } from './select';
import type { FineBins } from './select';

export const QUANTILE_METHOD = 'linear (numpy default, type 7)';

/**
 * The finite, non-missing values of a column, sorted ascending (one copy, one native sort).
 * NaN, ±Infinity and missing cells are dropped.
 */
export function sortedFinite(values: ArrayLike<number>, missing?: Uint8Array): Float64Array {
  const data = finiteValues(values, missing);
  return isSortedAscending(data) ? data : data.sort();
}

/** Sorts finite `data` in place and returns it; only checks when it is already ascending (e.g. timestamps). */
export function sortInPlace(data: Float64Array): Float64Array {
  return isSortedAscending(data) ? data : data.sort();
}

/**
 * Whether TypedArray sort would leave `data` as it is: no descent, and no +0 before −0 (equal
 * under <, but the sort puts −0 first).
 */
export function isSortedAscending(data: Float64Array): boolean {
  for (let i = 1; i < data.length; i++) {
    const a = data[i - 1] as number;
    const b = data[i] as number;
    if (b < a || (b === 0 && a === 0 && Object.is(b, -0) && Object.is(a, 0))) return false;
  }
  return true;
}

/**
 * Whether every value is finite and TypedArray sort would leave `data` as it is (NaN fails the
 * comparison; the ends being finite excludes ±Infinity inside an ascending run).
 */
export function isFiniteAscending(data: Float64Array): boolean {
  const n = data.length;
  if (n === 0) return true;
  if (!(Number.isFinite(data[0] as number) && Number.isFinite(data[n - 1] as number))) return false;
  for (let i = 1; i < n; i++) {
    const a = data[i - 1] as number;
    const b = data[i] as number;
    if (!(b >= a) || (b === 0 && a === 0 && Object.is(b, -0) && Object.is(a, 0))) return false;
  }
  return true;
}

/** The two order-statistic ranks (0-based) and the weight numpy's linear method uses for p. */
export function linearIndex(n: number, p: number): { lo: number; hi: number; gamma: number } {
  checkProbability(p);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  return { lo, hi: Math.min(lo + 1, n - 1), gamma: h - lo };
}

/** numpy's _lerp. */
export function lerp(a: number, b: number, gamma: number): number {
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

/** Quantile p ∈ [0, 1] of ascending `sorted`; null when it is empty. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const { lo, hi, gamma } = linearIndex(n, p);
  return lerp(sorted[lo] as number, sorted[hi] as number, gamma);
}

/**
 * Quantiles of finite, unsorted `data` without sorting it (O(n) selection, select.ts); equal bit
 * for bit to quantilesSorted on the sorted data. `fine`, when given, is fineBins(data); `members`,
 * when given, holds binMembers(data, fine, …) of at least the bins holding the needed ranks.
 */
export function quantilesUnsorted(
  data: Float64Array,
  probabilities: readonly number[],
  fine?: FineBins | null,
  members?: Map<number, Float64Array>,
): Record<string, number | null> {
  const n = data.length;
  const out: Record<string, number | null> = {};
  if (n === 0) {
    for (const p of probabilities) {
      checkProbability(p);
      out[String(p)] = null;
    }
    return out;
  }
  const indices = probabilities.map((p) => linearIndex(n, p));
  const stats = orderStatistics(
    data,
    [...new Set(indices.flatMap(({ lo, hi }) => [lo, hi]))],
    0,
    fine === undefined ? fineBins(data) : fine,
    members,
  );
  probabilities.forEach((p, i) => {
    const { lo, hi, gamma } = indices[i] as { lo: number; hi: number; gamma: number };
    out[String(p)] = lerp(stats.get(lo) as number, stats.get(hi) as number, gamma);
  });
  return out;
}

/** Several quantiles of ascending `sorted`, keyed by String(p) (e.g. "0.25"). */
export function quantilesSorted(sorted: ArrayLike<number>, probabilities: readonly number[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const p of probabilities) out[String(p)] = quantileSorted(sorted, p);
  return out;
}

/** Quantiles of a column's finite, non-missing values (O(n) selection on a compacted copy). */
export function quantiles(
  values: ArrayLike<number>,
  probabilities: readonly number[],
  missing?: Uint8Array,
): Record<string, number | null> {
  return quantilesUnsorted(finiteValues(values, missing), probabilities);
}
