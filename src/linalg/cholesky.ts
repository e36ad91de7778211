/**
 * Cholesky factorisation A = L·Lᵀ of a symmetric positive-definite p×p matrix (row-major), with a
 * conditioning check: cond(A) ≥ (max Lᵢᵢ / min Lᵢᵢ)², a cheap lower bound, is reported so callers
 * can fall back to QR when the normal equations would lose too many digits (relative error of the
 * normal-equations solution grows like cond(A)·ε, Golub & Van Loan §5.3.8).
 */
export interface Cholesky {
  readonly p: number;
  /** Lower-triangular factor, row-major p×p. */
  readonly l: Float64Array;
  /** (max Lᵢᵢ / min Lᵢᵢ)², a lower bound on the 2-norm condition number of A. */
  readonly conditionEstimate: number;
}

/** Returns null when A is not (numerically) positive definite. */
export function cholesky(a: Float64Array, p: number): Cholesky | null {
  const l = new Float64Array(p * p);
  let maxD = 0;
  let minD = Infinity;
  for (let j = 0; j < p; j++) {
    let d = a[j * p + j]!;
    for (let k = 0; k < j; k++) d -= l[j * p + k]! * l[j * p + k]!;
    if (!(d > 0) || !Number.isFinite(d)) return null;
    const ljj = Math.sqrt(d);
    l[j * p + j] = ljj;
    maxD = Math.max(maxD, ljj);
    minD = Math.min(minD, ljj);
    for (let i = j + 1; i < p; i++) {
      let s = a[i * p + j]!;
      for (let k = 0; k < j; k++) s -= l[i * p + k]! * l[j * p + k]!;
      l[i * p + j] = s / ljj;
    }
  }
  return { p, l, conditionEstimate: p === 0 ? 1 : (maxD / minD) ** 2 };
}

/** Solves A·x = b given A = L·Lᵀ. */
export function choleskySolve(f: Cholesky, b: ArrayLike<number>): Float64Array {
  const { l, p } = f;
  const z = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * p + k]! * z[k]!;
    z[i] = s / l[i * p + i]!;
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let k = i + 1; k < p; k++) s -= l[k * p + i]! * x[k]!;
    x[i] = s / l[i * p + i]!;
  }
  return x;
}

/** diag(A⁻¹) = squared column norms of L⁻¹, by p forward solves (A itself is never inverted). */
export function choleskyInverseDiagonal(f: Cholesky): Float64Array {
  const { l, p } = f;
  const out = new Float64Array(p);
  const z = new Float64Array(p);
  for (let c = 0; c < p; c++) {
    // Column c of L⁻¹ is zero above row c.
    z.fill(0);
    for (let i = c; i < p; i++) {
      let s = i === c ? 1 : 0;
      for (let k = c; k < i; k++) s -= l[i * p + k]! * z[k]!;
      z[i] = s / l[i * p + i]!;
      out[c]! += z[i]! * z[i]!;
    }
  }
  return out;
}
