/**
 * Householder QR with column pivoting (Businger & Golub 1965; LAPACK dgeqp3 without blocking):
 * A·P = Q·R, with |R₀₀| ≥ |R₁₁| ≥ … so the numerical rank is the number of diagonal entries above
 * a tolerance, and the columns pivoted past the rank are the ones that are (nearly) linear
 * combinations of the others. Least squares by QR never forms XᵀX, so it keeps the digits the
 * normal equations lose (error ∝ cond(X) instead of cond(X)²).
 *
 * Storage is column-major internally (each reflection streams down columns).
 */
import type { DenseMatrix } from './matrix';

export interface QRFactorization {
  readonly n: number;
  readonly p: number;
  /** Column-major n×p: R on and above the diagonal, Householder vectors (v₀ = 1 implied) below. */
  readonly qr: Float64Array;
  readonly tau: Float64Array;
  /** perm[k] = original index of the k-th pivoted column. */
  readonly perm: Int32Array;
  /** Numerical rank: count of |Rₖₖ| > tolerance·|R₀₀|. */
  readonly rank: number;
  readonly tolerance: number;
  /** Original column j of A was divided by scale[j] before factorising (all 1 unless `scaleColumns`). */
  readonly scale: Float64Array;
}

export interface QROptions {
  /** Column pivoting (default true); without it the rank is still estimated from the diagonal. */
  readonly pivoting?: boolean;
  /** Relative rank tolerance on |Rₖₖ|/|R₀₀|; default max(n, p)·ε as numpy.linalg.matrix_rank. */
  readonly tolerance?: number;
  /**
   * Factorise A·D⁻¹ with D = diag(‖aⱼ‖) (column equilibration, default false). Units no longer
   * decide the pivot order or the rank: a column of x¹⁰ values near 10⁹ beside a column of ones
   * would otherwise make |R₀₀| so large that well-determined columns fall under the tolerance.
   */
  readonly scaleColumns?: boolean;
}

export function qrDecompose(x: DenseMatrix, options: QROptions = {}): QRFactorization {
  const { rows: n, cols: p, data } = x;
  const pivoting = options.pivoting ?? true;
  const a = new Float64Array(n * p);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) a[j * n + i] = data[i * p + j]!;
  const tau = new Float64Array(p);
  const perm = new Int32Array(p);
  const norms = new Float64Array(p); // squared norms of the not-yet-reduced part of each column
  const norms0 = new Float64Array(p);
  const scale = new Float64Array(p).fill(1);
  for (let j = 0; j < p; j++) {
    perm[j] = j;
    let s = 0;
    for (let i = 0; i < n; i++) s += a[j * n + i]! ** 2;
    if (options.scaleColumns && s > 0) {
      scale[j] = Math.sqrt(s);
      for (let i = 0; i < n; i++) a[j * n + i]! /= scale[j]!;
      s = 1;
    }
    norms[j] = s;
    norms0[j] = s;
  }
  const steps = Math.min(n, p);
  for (let k = 0; k < steps; k++) {
    if (pivoting) {
      let best = k;
      for (let j = k + 1; j < p; j++) if (norms[j]! > norms[best]!) best = j;
      if (best !== k) swapColumns(a, n, k, best, norms, norms0, perm);
    }
    const ck = k * n;
    let xnorm2 = 0;
    for (let i = k + 1; i < n; i++) xnorm2 += a[ck + i]! ** 2;
    const alpha = a[ck + k]!;
    if (xnorm2 === 0) {
      tau[k] = 0; // already upper-triangular in this column
    } else {
      const beta = -Math.sign(alpha || 1) * Math.hypot(alpha, Math.sqrt(xnorm2));
      tau[k] = (beta - alpha) / beta;
      const scale = 1 / (alpha - beta);
      for (let i = k + 1; i < n; i++) a[ck + i]! *= scale;
      a[ck + k] = beta;
      const t = tau[k]!;
      for (let j = k + 1; j < p; j++) {
        const cj = j * n;
        let s = a[cj + k]!;
        for (let i = k + 1; i < n; i++) s += a[ck + i]! * a[cj + i]!;
        s *= t;
        a[cj + k]! -= s;
        for (let i = k + 1; i < n; i++) a[cj + i]! -= s * a[ck + i]!;
      }
    }
    // Downdate the remaining column norms; recompute when cancellation would leave too few digits.
    for (let j = k + 1; j < p; j++) {
      const r = a[j * n + k]!;
      const left = norms[j]! - r * r;
      if (left <= 1e-6 * norms0[j]!) {
        let s = 0;
        for (let i = k + 1; i < n; i++) s += a[j * n + i]! ** 2;
        norms[j] = s;
        norms0[j] = s;
      } else {
        norms[j] = left;
      }
    }
  }
  const tolerance = options.tolerance ?? Math.max(n, p) * Number.EPSILON;
  const r00 = steps > 0 ? Math.abs(a[0]!) : 0;
  let rank = 0;
  while (rank < steps && Math.abs(a[rank * n + rank]!) > tolerance * r00) rank++;
  return { n, p, qr: a, tau, perm, rank, tolerance, scale };
}

function swapColumns(a: Float64Array, n: number, i: number, j: number, norms: Float64Array, norms0: Float64Array, perm: Int32Array): void {
  for (let r = 0; r < n; r++) {
    const t = a[i * n + r]!;
    a[i * n + r] = a[j * n + r]!;
    a[j * n + r] = t;
  }
  for (const arr of [norms, norms0]) {
    const t = arr[i]!;
    arr[i] = arr[j]!;
    arr[j] = t;
  }
  const t = perm[i]!;
  perm[i] = perm[j]!;
  perm[j] = t;
}

/** Qᵀ·y (length n), applying the stored reflections in order. */
export function applyQTranspose(f: QRFactorization, y: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(y as ArrayLike<number>);
  for (let k = 0; k < Math.min(f.n, f.p); k++) reflect(f, k, out);
  return out;
}

/** Q·v (length n): the same reflections (each its own inverse) in reverse order. */
export function applyQ(f: QRFactorization, v: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(v as ArrayLike<number>);
  for (let k = Math.min(f.n, f.p) - 1; k >= 0; k--) reflect(f, k, out);
  return out;
}

/** out ← Hₖ·out with Hₖ = I − τₖ·vₖvₖᵀ, vₖ = (0…0, 1, stored part of column k). */
function reflect(f: QRFactorization, k: number, out: Float64Array): void {
  const { n, qr, tau } = f;
  const t = tau[k]!;
  if (t === 0) return;
  const ck = k * n;
  let s = out[k]!;
  for (let i = k + 1; i < n; i++) s += qr[ck + i]! * out[i]!;
  s *= t;
  out[k]! -= s;
  for (let i = k + 1; i < n; i++) out[i]! -= s * qr[ck + i]!;
}

/** The leading k×k block of R, row-major (k = rank by default). */
export function upperR(f: QRFactorization, k = f.rank): Float64Array {
  const r = new Float64Array(k * k);
  for (let i = 0; i < k; i++) for (let j = i; j < k; j++) r[i * k + j] = f.qr[j * f.n + i]!;
  return r;
}
