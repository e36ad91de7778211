/**
 * Exact quantiles by numpy's default method, 'linear' (Hyndman & Fan 1996 type 7): for sorted
 * x[0..n−1] and probability p, the virtual index is h = (n − 1)·p, and the quantile interpolates
 * between x[⌊h⌋] and x[⌊h⌋ + 1] with weight γ = h − ⌊h⌋. The interpolation copies numpy's `_lerp`
 * (a + (b − a)·γ, or b − (b − a)·(1 − γ) when γ ≥ 0.5) so results agree to the last bit.
 */
import { checkProbability } from './options';

export const QUANTILE_METHOD = 'linear (numpy default, type 7)';

/**
 * The finite, non-missing values of a column, sorted ascending (one copy, one native sort).
 * NaN, ±Infinity and missing cells are dropped.
 */
export function sortedFinite(values: ArrayLike<number>, missing?: Uint8Array): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    if (missing !== undefined && missing[i] === 1) continue;
    if (Number.isFinite(values[i] as number)) n++;
  }
  const out = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    if (missing !== undefined && missing[i] === 1) continue;
    const x = values[i] as number;
    if (Number.isFinite(x)) out[k++] = x;
  }
  return out.sort();
}

/** Quantile p ∈ [0, 1] of ascending `sorted`; null when it is empty. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  checkProbability(p);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const gamma = h - lo;
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

/** Several quantiles of ascending `sorted`, keyed by String(p) (e.g. "0.25"). */
export function quantilesSorted(sorted: ArrayLike<number>, probabilities: readonly number[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const p of probabilities) out[String(p)] = quantileSorted(sorted, p);
  return out;
}

/** Convenience: quantiles of a column (sorts a copy once). */
export function quantiles(values: ArrayLike<number>, probabilities: readonly number[], missing?: Uint8Array): Record<string, number | null> {
  return quantilesSorted(sortedFinite(values, missing), probabilities);
}
