/**
 * Ordinary least squares: minimises ‖y − Xw − b‖² (scikit-learn `LinearRegression()`,
 * statsmodels `OLS(y, add_constant(X))`), with statsmodels' inference.
 *
 * Solver: pivoted Householder QR of [1 X] (error ∝ cond(X)); for tall data (n·p > 4·10⁶) the
 * normal equations of the *centred* X by Cholesky are ~4× faster, and are used only when the
 * Cholesky condition estimate is below 10⁸ (≈ 8 of 16 digits kept), otherwise QR again.
 * QR equilibrates the columns and refines the solution (src/linalg/leastSquares.ts), which keeps
 * 7–15 digits on every NIST StRD linear dataset (tests/golden/nist). Exact dependence is detected
 * on the equilibrated columns (|Rₖₖ| ≤ max(n,p)·ε·|R₀₀|): such columns get coefficient 0 and are
 * listed in `collinear`, as R's lm reports NA. Near dependence is not dependence: those columns are
 * kept, and `conditionNumber` says how ill-conditioned the design is.
 */
import type { DenseMatrix } from '../linalg';
import type { Cholesky } from '../linalg';
import { cholesky, choleskyInverseDiagonal, choleskySolve, leastSquaresQR, matrix, solveLower, triangularConditionNumber } from '../linalg';
import { centredCrossProducts, interceptFromMeans } from './linear';
import type { Estimator, EstimatorJSON, FitInfo, FitOptions } from './estimatorContract';
import { checkXY, notFitted, paramsFromJSON, paramsToJSON } from './estimatorContract';
import { LinearRegressorBase } from './linearRegressorBase';
import type { OlsInference } from './inference';
import { olsInference } from './inference';

export interface LinearRegressionOptions {
  readonly fitIntercept?: boolean;
  readonly solver?: 'auto' | 'qr' | 'cholesky';
}

export class LinearRegression extends LinearRegressorBase implements Estimator {
  readonly kind = 'LinearRegression';
  readonly options: Required<LinearRegressionOptions>;
  /** Indices (0-based, into X's columns) of columns dropped as linear combinations of others. */
  collinear: number[] = [];
  inference: OlsInference | undefined;
  /** Which solver actually ran. */
  solverUsed: 'qr' | 'cholesky' | undefined;
  /**
   * 2-norm condition number of the design with its columns scaled to unit length ([1 X] by QR, the
   * centred X by Cholesky): relative changes in the data can move the coefficients this many times
   * more. Above NEAR_COLLINEAR_CONDITION the fit reports near-collinear features.
   */
  conditionNumber: number | undefined;

  constructor(options: LinearRegressionOptions = {}) {
    super();
    this.options = { fitIntercept: options.fitIntercept ?? true, solver: options.solver ?? 'auto' };
  }

  fit(x: DenseMatrix, y: ArrayLike<number>, _fitOptions?: FitOptions): this {
    checkXY(this.kind, x, y);
    const { rows: n, cols: p } = x;
    const { fitIntercept, solver } = this.options;
    let coef: Float64Array;
    let intercept = 0;
    let diag: Float64Array; // diag((XᵀX)⁻¹) for [intercept?, w...]
    let rank: number;
    let conditionNumber: number;
    const useCholesky = solver === 'cholesky' || (solver === 'auto' && n * p > 4e6);
    const chol = useCholesky ? this.fitCholesky(x, y) : null;
    if (chol) {
      ({ coef, intercept, diag, conditionNumber } = chol);
      rank = p + (fitIntercept ? 1 : 0);
      this.collinear = [];
      this.solverUsed = 'cholesky';
    } else {
      const q = fitIntercept ? withOnes(x) : x;
      const s = leastSquaresQR(q, y);
      const shift = fitIntercept ? 1 : 0;
      coef = s.coefficients.slice(shift);
      intercept = fitIntercept ? s.coefficients[0]! : 0;
      diag = s.inverseGramDiagonal;
      rank = s.rank;
      conditionNumber = s.conditionNumber;
      this.collinear = s.dropped.filter((j) => j >= shift).map((j) => j - shift);
      this.solverUsed = 'qr';
    }
    this.conditionNumber = conditionNumber;
    this.params = { weights: coef, intercepts: Float64Array.of(intercept), outputs: 1, features: p };
    const yHat = this.predict(x);
    this.inference = olsInference(y, yHat, coef, intercept, diag, rank, fitIntercept, conditionNumber);
    return this;
  }

  /** Normal equations of the centred data; null when the condition check fails (then QR runs). */
  private fitCholesky(
    x: DenseMatrix,
    y: ArrayLike<number>,
  ): { coef: Float64Array; intercept: number; diag: Float64Array; conditionNumber: number } | null {
    const { rows: n, cols: p } = x;
    const fi = this.options.fitIntercept;
    const { cp, meanX: mx, meanY } = centredCrossProducts(x, y, fi);
    const f = cholesky(cp.xtx, p);
    if (!f || (this.options.solver === 'auto' && f.conditionEstimate > 1e8)) return null;
    const coef = choleskySolve(f, cp.xty);
    const intercept = interceptFromMeans(mx, meanY, coef);
    const d = choleskyInverseDiagonal(f);
    const conditionNumber = scaledConditionNumber(f);
    if (!fi) return { coef, intercept: 0, diag: d, conditionNumber };
    // Var(b₀)/σ² = 1/n + x̄ᵀ(XcᵀXc)⁻¹x̄ = 1/n + ‖L⁻¹x̄‖².
    const u = solveLower(f.l, p, mx);
    let q = 1 / n;
    for (let j = 0; j < p; j++) q += u[j]! ** 2;
    const diag = new Float64Array(p + 1);
    diag[0] = q;
    diag.set(d, 1);
    return { coef, intercept, diag, conditionNumber };
  }

  fitInfo(): FitInfo {
    if (!this.solverUsed) throw notFitted(this.kind);
    return { solver: this.solverUsed === 'qr' ? 'pivoted QR' : 'Cholesky (normal equations)', settings: {}, warnings: [] };
  }

  toJSON(): EstimatorJSON {
    return paramsToJSON(this.kind, this.options, this.parameters(), { collinear: this.collinear });
  }

  static fromJSON(j: EstimatorJSON): LinearRegression {
    const m = new LinearRegression(j.options as LinearRegressionOptions);
    m.params = paramsFromJSON(j);
    m.collinear = ((j.state.collinear as number[] | undefined) ?? []).slice();
    return m;
  }
}

/** Above this condition number the fit warns of near-collinear features: about 6 of double precision's 16 digits, and more than most measured data carry, can be lost. */
export const NEAR_COLLINEAR_CONDITION = 1e6;

/**
 * cond(X·D⁻¹) from XᵀX = L·Lᵀ, D = diag(‖xⱼ‖): the scaled Gram matrix D⁻¹XᵀXD⁻¹ has the factor D⁻¹L,
 * so its transpose is an R of X·D⁻¹ (the same scaling the QR path uses).
 */
function scaledConditionNumber(f: Cholesky): number {
  const { p, l } = f;
  const d = Float64Array.from({ length: p }, (_, i) => {
    let s = 0;
    for (let k = 0; k <= i; k++) s += l[i * p + k]! ** 2;
    return Math.sqrt(s);
  });
  const r = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let k = 0; k <= i; k++) r[k * p + i] = l[i * p + k]! / d[i]!;
  return triangularConditionNumber(r, p);
}

/** [1 X] as a new n×(p+1) matrix. */
function withOnes(x: DenseMatrix): DenseMatrix {
  const { rows: n, cols: p, data } = x;
  const out = new Float64Array(n * (p + 1));
  for (let i = 0; i < n; i++) {
    out[i * (p + 1)] = 1;
    out.set(data.subarray(i * p, i * p + p), i * (p + 1) + 1);
  }
  return matrix(n, p + 1, out);
}
