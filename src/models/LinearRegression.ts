/**
 * Ordinary least squares: minimises ‖y − Xw − b‖² (scikit-learn `LinearRegression()`,
 * statsmodels `OLS(y, add_constant(X))`), with statsmodels' inference.
 *
 * Solver: pivoted Householder QR of [1 X] (error ∝ cond(X)); for tall data (n·p > 4·10⁶) the
 * normal equations of the *centred* X by Cholesky are ~4× faster, and are used only when the
 * Cholesky condition estimate is below 10⁸ (≈ 8 of 16 digits kept), otherwise QR again.
 * Rank deficiency is detected by QR (|Rₖₖ| ≤ max(n,p)·ε·|R₀₀|): collinear columns get
 * coefficient 0 and are listed in `collinear`, as R's lm reports NA.
 */
import type { DenseMatrix } from '../linalg';
import { cholesky, choleskyInverseDiagonal, choleskySolve, leastSquaresQR, matrix, solveLower } from '../linalg';
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
    const useCholesky = solver === 'cholesky' || (solver === 'auto' && n * p > 4e6);
    const chol = useCholesky ? this.fitCholesky(x, y) : null;
    if (chol) {
      ({ coef, intercept, diag } = chol);
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
      this.collinear = s.dropped.filter((j) => j >= shift).map((j) => j - shift);
      this.solverUsed = 'qr';
    }
    this.params = { weights: coef, intercepts: Float64Array.of(intercept), outputs: 1, features: p };
    const yHat = this.predict(x);
    this.inference = olsInference(y, yHat, coef, intercept, diag, rank, fitIntercept);
    return this;
  }

  /** Normal equations of the centred data; null when the condition check fails (then QR runs). */
  private fitCholesky(x: DenseMatrix, y: ArrayLike<number>): { coef: Float64Array; intercept: number; diag: Float64Array } | null {
    const { rows: n, cols: p } = x;
    const fi = this.options.fitIntercept;
    const { cp, meanX: mx, meanY } = centredCrossProducts(x, y, fi);
    const f = cholesky(cp.xtx, p);
    if (!f || (this.options.solver === 'auto' && f.conditionEstimate > 1e8)) return null;
    const coef = choleskySolve(f, cp.xty);
    const intercept = interceptFromMeans(mx, meanY, coef);
    const d = choleskyInverseDiagonal(f);
    if (!fi) return { coef, intercept: 0, diag: d };
    // Var(b₀)/σ² = 1/n + x̄ᵀ(XcᵀXc)⁻¹x̄ = 1/n + ‖L⁻¹x̄‖².
    const u = solveLower(f.l, p, mx);
    let q = 1 / n;
    for (let j = 0; j < p; j++) q += u[j]! ** 2;
    const diag = new Float64Array(p + 1);
    diag[0] = q;
    diag.set(d, 1);
    return { coef, intercept, diag };
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
