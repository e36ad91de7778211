/**
 * Ridge regression, closed form: minimises ‖y − Xw − b‖² + α‖w‖² with the intercept b not
 * penalised (scikit-learn `Ridge(alpha)`). Solved on centred data, (XcᵀXc + αI)w = Xcᵀyc, by
 * Cholesky (positive definite for α > 0), then b = ȳ − x̄ᵀw; no explicit inverse.
 */
import type { DenseMatrix } from '../linalg';
import { cholesky, choleskySolve } from '../linalg';
import { FitplotError } from '../table/errors';
import type { Estimator, EstimatorJSON, FitInfo, FitOptions } from './estimatorContract';
import { checkXY, paramsFromJSON, paramsToJSON } from './estimatorContract';
import { LinearRegressorBase } from './linearRegressorBase';
import { centredCrossProducts, interceptFromMeans } from './linear';

export interface RidgeOptions {
  readonly alpha?: number;
  readonly fitIntercept?: boolean;
}

export class Ridge extends LinearRegressorBase implements Estimator {
  readonly kind = 'Ridge';
  readonly options: Required<RidgeOptions>;

  constructor(options: RidgeOptions = {}) {
    super();
    this.options = { alpha: options.alpha ?? 1, fitIntercept: options.fitIntercept ?? true };
    if (!(this.options.alpha >= 0))
      throw new FitplotError({ code: 'BAD_OPTION', message: `Ridge: alpha must be ≥ 0, got ${this.options.alpha}.` });
  }

  fit(x: DenseMatrix, y: ArrayLike<number>, _fitOptions?: FitOptions): this {
    checkXY(this.kind, x, y);
    const p = x.cols;
    const fi = this.options.fitIntercept;
    const { cp, meanX, meanY } = centredCrossProducts(x, y, fi);
    for (let j = 0; j < p; j++) cp.xtx[j * p + j]! += this.options.alpha;
    const f = cholesky(cp.xtx, p);
    if (!f) {
      throw new FitplotError({
        code: 'MODEL',
        message: 'Ridge: the features are linearly dependent and alpha is 0, so the solution is not unique.',
        hint: 'Use alpha > 0 or remove collinear features.',
      });
    }
    const w = choleskySolve(f, cp.xty);
    this.params = { weights: w, intercepts: Float64Array.of(fi ? interceptFromMeans(meanX, meanY, w) : 0), outputs: 1, features: p };
    return this;
  }

  fitInfo(): FitInfo {
    return { solver: 'Cholesky (centred normal equations)', settings: { alpha: this.options.alpha }, warnings: [] };
  }

  toJSON(): EstimatorJSON {
    return paramsToJSON(this.kind, this.options, this.parameters());
  }

  static fromJSON(j: EstimatorJSON): Ridge {
    const m = new Ridge(j.options as RidgeOptions);
    m.params = paramsFromJSON(j);
    return m;
  }
}
