/**
 * What every single-output linear regressor shares once fitted (OLS, ridge, lasso/elastic net,
 * gradient descent): its parameters, coef/intercept, prediction and R² score. Subclasses only fit
 * and say how they serialise.
 */
import type { DenseMatrix } from '../linalg';
import { checkFeatures, notFitted } from './estimatorContract';
import type { LinearParameters } from './linear';
import { linearOutputs } from './linear';
import { r2Score } from './metrics/regression';

export abstract class LinearRegressorBase {
  abstract readonly kind: string;
  protected params: LinearParameters | undefined;

  parameters(): LinearParameters {
    if (!this.params) throw notFitted(this.kind);
    return this.params;
  }

  get coef(): Float64Array {
    return this.parameters().weights;
  }

  get intercept(): number {
    return this.parameters().intercepts[0]!;
  }

  predict(x: DenseMatrix): Float64Array {
    const params = this.parameters();
    checkFeatures(this.kind, x, params.features);
    return linearOutputs(x, params);
  }

  /** R² (coefficient of determination), as scikit-learn's RegressorMixin.score. */
  score(x: DenseMatrix, y: ArrayLike<number>): number {
    return r2Score(y, this.predict(x));
  }
}
