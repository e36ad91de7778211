/**
 * Matrix–vector products in twice the working precision (the Dot2 scheme of Ogita, Rump & Oishi
 * 2005: Dekker's exact product and Knuth's exact sum, no FMA needed), for iterative refinement of
 * least squares: refinement only gains digits when its residuals are computed more accurately than
 * the solution. With plain double residuals an exact fit such as NIST's Wampler1 leaves noise of
 * about ε·|y| in every residual instead of 0.
 */
import type { DenseMatrix } from './matrix';

/** 2²⁷ + 1: splits a double into two 26-bit halves whose products are exact. */
const SPLITTER = 134217729;

/** The high half of Dekker's split (the low half is v minus it). */
function high(v: number): number {
  const c = SPLITTER * v;
  return c - (c - v);
}

/**
 * f = y − r − X·b (r optional), each element rounded once from an almost exact double-double sum.
 * With r = 0 these are the residuals of b; with r the current residual estimate they are the first
 * block of the augmented system's residual in Björck's refinement.
 */
export function compensatedResiduals(x: DenseMatrix, y: ArrayLike<number>, b: ArrayLike<number>, r?: ArrayLike<number>): Float64Array {
  const { rows: n, cols: p, data } = x;
  // −b and its halves, split once per column rather than once per element.
  const nb = Float64Array.from({ length: p }, (_, j) => -b[j]!);
  const bHi = nb.map(high);
  const bLo = nb.map((v, j) => v - bHi[j]!);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let hi = y[i]!;
    let lo = 0;
    if (r) {
      const t = hi - r[i]!;
      const z = t - hi;
      lo = hi - (t - z) + (-r[i]! - z);
      hi = t;
    }
    const off = i * p;
    for (let j = 0; j < p; j++) {
      const a = data[off + j]!;
      const prod = a * nb[j]!;
      const aHi = high(a);
      const aLo = a - aHi;
      const prodErr = aLo * bLo[j]! - (prod - aHi * bHi[j]! - aLo * bHi[j]! - aHi * bLo[j]!);
      const t = hi + prod;
      const z = t - hi;
      lo += hi - (t - z) + (prod - z) + prodErr;
      hi = t;
    }
    out[i] = hi + lo;
  }
  return out;
}

/** Xᵀ·v with every column sum accumulated in double-double (one pass over the rows). */
export function compensatedTransposeProduct(x: DenseMatrix, v: ArrayLike<number>): Float64Array {
  const { rows: n, cols: p, data } = x;
  const hi = new Float64Array(p);
  const lo = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    const vi = v[i]!;
    if (vi === 0) continue;
    const vHi = high(vi);
    const vLo = vi - vHi;
    const off = i * p;
    for (let j = 0; j < p; j++) {
      const a = data[off + j]!;
      const prod = a * vi;
      const aHi = high(a);
      const aLo = a - aHi;
      const prodErr = aLo * vLo - (prod - aHi * vHi - aLo * vHi - aHi * vLo);
      const s = hi[j]!;
      const t = s + prod;
      const z = t - s;
      lo[j]! += s - (t - z) + (prod - z) + prodErr;
      hi[j] = t;
    }
  }
  for (let j = 0; j < p; j++) hi[j]! += lo[j]!;
  return hi;
}
