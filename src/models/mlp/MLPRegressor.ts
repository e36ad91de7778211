/** A multilayer perceptron for one numeric target: identity output, squared-error loss (½·MSE). */
import type { DenseMatrix } from '../../linalg';
import { FitplotError } from '../../table/errors';
import type { EstimatorJSON, FitOptions } from '../estimatorContract';
import { checkXY } from '../estimatorContract';
import { MLPBase } from './MLPBase';
import type { MLPOptions } from './options';
import type { Head } from './outputLayer';
import { totalSumOfSquares } from './train';

const HEAD: Head = { activation: 'identity', loss: 'squared', outputs: 1, cut: 0 };

export class MLPRegressor extends MLPBase {
  readonly kind = 'MLPRegressor';

  constructor(options: MLPOptions = {}) {
    super('MLPRegressor', options);
    if (options.loss !== undefined && options.loss !== 'squared')
      throw new FitplotError({
        code: 'BAD_OPTION',
        key: 'model.option.notAChoice',
        params: { option: 'loss', value: options.loss, choices: ['squared'] },
        message: `MLPRegressor: loss must be squared, got ${options.loss}.`,
      });
  }

  fit(x: DenseMatrix, y: ArrayLike<number>, fitOptions: FitOptions = {}): this {
    checkXY(this.kind, x, y);
    this.train(x, y, HEAD, 'r2', fitOptions);
    return this;
  }

  predict(x: DenseMatrix): Float64Array {
    return this.outputs(x);
  }

  /** R². */
  score(x: DenseMatrix, y: ArrayLike<number>): number {
    const pred = this.predict(x);
    let sse = 0;
    for (let i = 0; i < y.length; i++) sse += (y[i]! - pred[i]!) ** 2;
    return 1 - sse / totalSumOfSquares(y);
  }

  protected extraSettings() {
    return { loss: 'squared' };
  }

  toJSON(): EstimatorJSON {
    return this.stateJSON({});
  }

  static fromJSON(j: EstimatorJSON): MLPRegressor {
    const m = new MLPRegressor(j.options as MLPOptions);
    m.restore(j, HEAD);
    return m;
  }
}
