/**
 * Lag-1 autocorrelation of a column in row order, as NIST's StRD univariate datasets certify it:
 * r(1) = Σ (yᵢ − ȳ)(yᵢ₋₁ − ȳ) / Σ (yᵢ − ȳ)². Near 1 the signal changes slowly from row to row
 * (a smooth sensor trace), near 0 each row is unrelated to the last (noise), near −1 it alternates.
 *
 * Gaps: a product is taken only where both neighbouring rows hold a usable value (finite, not
 * missing), so a missing reading breaks the chain instead of joining values that were not
 * adjacent; the denominator and ȳ use every usable value. With no gaps this is NIST's formula.
 *
 * ȳ is the column's accurately computed mean (moments.ts), and yᵢ − ȳ is exact for values near
 * ȳ (Sterbenz), so data like NIST's NumAcc4 (10000000.1, 10000000.3, …) keeps its digits; the two
 * sums are Neumaier-compensated.
 */

/** null when there are fewer than two adjacent usable values or all values are equal. */
export function lag1Autocorrelation(values: ArrayLike<number>, missing: Uint8Array | undefined, mean: number): number | null {
  let num = 0;
  let numComp = 0;
  let den = 0;
  let denComp = 0;
  let pairs = 0;
  let prev = Number.NaN; // deviation of the previous row, NaN when that row is not usable
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if ((missing !== undefined && missing[i] === 1) || !Number.isFinite(v)) {
      prev = Number.NaN;
      continue;
    }
    const d = v - mean;
    [den, denComp] = neumaier(den, denComp, d * d);
    if (!Number.isNaN(prev)) {
      [num, numComp] = neumaier(num, numComp, d * prev);
      pairs++;
    }
    prev = d;
  }
  const denominator = den + denComp;
  if (pairs === 0 || !(denominator > 0)) return null;
  const r = (num + numComp) / denominator;
  return Number.isFinite(r) ? r : null;
}

/** One step of Neumaier's compensated sum: (sum, compensation) after adding x. */
function neumaier(sum: number, comp: number, x: number): [number, number] {
  const t = sum + x;
  const c = Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
  return [t, comp + c];
}
