/**
 * Linear least squares min ‖y − X·b‖² to the accuracy the data allow, which is what NIST's StRD
 * linear datasets certify (Filip's degree-10 polynomial has cond(X) ≈ 1.8·10¹⁵):
 * 1. Column equilibration before the pivoted Householder QR, so units do not decide the rank: the
 *    rank tolerance max(n, p)·ε then separates exact dependence (|Rₖₖ| at rounding level) from
 *    ill-conditioning (Filip's smallest |Rₖₖ|/|R₀₀| is 1.2·10⁻⁹ once scaled, ~10⁻¹⁵ unscaled).
 * 2. Iterative refinement of the augmented system [I X; Xᵀ 0]·[r; b] = [y; 0] (Björck 1967) with
 *    its residuals in twice the working precision (compensated.ts). Refining b alone cannot remove
 *    the error a large residual feeds into Qᵀr (Wampler5: R² = 0.002, coefficients 1 ± 2·10⁷);
 *    refining r and b together can, and an exact fit comes out exact.
 * 3. The condition number of the equilibrated X (σmax/σmin of R), for the near-dependence warning.
 */
import type { DenseMatrix } from './matrix';
import type { QROptions } from './qr';
import { applyQ, applyQTranspose, qrDecompose, upperR } from './qr';
import { compensatedResiduals, compensatedTransposeProduct } from './compensated';
import { inverseGramDiagonal, solveLower, solveUpper, transposeSquare } from './triangular';
import { triangularConditionNumber } from './condition';

/** Refinement steps at most; it stops earlier once a step changes no coefficient by more than STALL·ε relative (rounding noise). */
const MAX_REFINEMENTS = 4;
const STALL = 4;

export interface LeastSquaresSolution {
  /** Coefficients in the original column order; columns beyond the rank are 0 (see `dropped`). */
  readonly coefficients: Float64Array;
  /** Original indices of columns left out because they are linear combinations of the others. */
  readonly dropped: readonly number[];
  readonly rank: number;
  /** ‖y − Xb‖², from the refined solution's compensated residuals. */
  readonly residualSumOfSquares: number;
  /** diag((XᵀX)⁻¹) for the kept columns (in original order; NaN for dropped ones), via R⁻¹. */
  readonly inverseGramDiagonal: Float64Array;
  /** 2-norm condition number of the kept columns of X scaled to unit length (Belsley's scaling). */
  readonly conditionNumber: number;
}

/** Minimises ‖y − X·b‖² by pivoted QR; rank-deficient columns get coefficient 0 (R's lm reports NA). */
export function leastSquaresQR(x: DenseMatrix, y: ArrayLike<number>, options: QROptions = {}): LeastSquaresSolution {
  if (y.length !== x.rows) throw new RangeError(`leastSquaresQR: y has ${y.length} values, X has ${x.rows} rows`);
  const f = qrDecompose(x, { scaleColumns: true, ...options });
  const { n, rank: k, perm, scale } = f;
  const r = upperR(f, k);
  const rt = transposeSquare(r, k);
  // Work in the scaled, pivoted coordinates z (zⱼ = b[perm[j]]·scale[perm[j]]) of A = X·P·D⁻¹ = Q·R.
  const toB = (z: Float64Array, b: Float64Array) => z.forEach((v, j) => (b[perm[j]!] = v / scale[perm[j]!]!));
  const b = new Float64Array(f.p);
  const z = solveUpper(r, k, applyQTranspose(f, y), k);
  toB(z, b);
  let res = compensatedResiduals(x, y, b);
  for (let step = 0; step < MAX_REFINEMENTS; step++) {
    // Residuals of the augmented system: f = y − r − X·b and g = −Aᵀr (0 at the solution).
    const fr = compensatedResiduals(x, y, b, res);
    const xtr = compensatedTransposeProduct(x, res);
    const g = Float64Array.from({ length: k }, (_, j) => -xtr[perm[j]!]! / scale[perm[j]!]!);
    // Corrections from the same factors: h = R⁻ᵀg, d = Qᵀf, δz = R⁻¹(d₁ − h), δr = Q·[h; d₂].
    const h = solveLower(rt, k, g);
    const d = applyQTranspose(f, fr);
    const dz = solveUpper(
      r,
      k,
      d.subarray(0, k).map((v, j) => v - h[j]!),
      k,
    );
    const dr = applyQ(
      f,
      Float64Array.from({ length: n }, (_, i) => (i < k ? h[i]! : d[i]!)),
    );
    let changed = false;
    for (let j = 0; j < k; j++) {
      const next = z[j]! + dz[j]!;
      if (Math.abs(dz[j]!) > STALL * Number.EPSILON * Math.abs(z[j]!)) changed = true;
      z[j] = next;
    }
    for (let i = 0; i < n; i++) res[i]! += dr[i]!;
    if (!changed) break;
    toB(z, b);
  }
  toB(z, b);
  res = compensatedResiduals(x, y, b);
  const diag = new Float64Array(f.p).fill(Number.NaN);
  inverseGramDiagonal(r, k, k).forEach((v, j) => (diag[perm[j]!] = v / scale[perm[j]!]! ** 2));
  let rss = 0;
  for (const e of res) rss += e * e;
  const dropped = Array.from(perm.subarray(k)).sort((u, v) => u - v);
  return {
    coefficients: b,
    dropped,
    rank: k,
    residualSumOfSquares: rss,
    inverseGramDiagonal: diag,
    conditionNumber: triangularConditionNumber(r, k),
  };
}
