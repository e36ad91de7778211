/**
 * Linear regression by gradient descent, minimising
 *     (1/n) Σ ½(w·xᵢ + b − yᵢ)² + α·R(w),   R = ½‖w‖² (l2) | ‖w‖₁ (l1) | 0,
 * i.e. ½·MSE plus a penalty: with l1 the optimum is scikit-learn's `Lasso(alpha)`, with l2 it is
 * `Ridge(alpha·n)` (sklearn's ridge objective is n·2× this one), with none plain least squares.
 * Comparable to sklearn's `SGDRegressor` but with batch / mini-batch / per-sample steps, file order
 * or seeded shuffles, and the course's Neuron as the special case sgd + η = 1 + init 'ones'.
 */
import type { DenseMatrix } from '../linalg';
import type { DescentProblem, Estimator, EstimatorJSON, FitInfo, FitOptions } from './estimatorContract';
import { checkXY, notFitted, paramsFromJSON, paramsToJSON } from './estimatorContract';
import type { GradientDescentOptions } from './descentOptions';
import { descentSettings } from './descentOptions';
import type { DescentHooks, DescentResult } from './descentMonitor';
import { descentInfo } from './descentMonitor';
import { gradientDescent } from './gradientDescent';
import { LinearRegressorBase } from './linearRegressorBase';
import { squaredLoss } from './losses';
import type { TrainingCurves } from './curves';

const METHOD_NAMES = { batch: 'gd', minibatch: 'minibatch', sgd: 'sgd' } as const;

export class GradientDescentRegressor extends LinearRegressorBase implements Estimator {
  readonly kind = 'GradientDescentRegressor';
  readonly options: GradientDescentOptions;
  result: Omit<DescentResult, 'params'> | undefined;

  constructor(options: GradientDescentOptions = {}) {
    super();
    this.options = { ...options };
  }

  fit(x: DenseMatrix, y: ArrayLike<number>, fitOptions: FitOptions & Pick<DescentHooks, 'onEpoch'> = {}): this {
    checkXY(this.kind, x, y);
    const hooks: DescentHooks = {
      metric: 'r2',
      ...(fitOptions.validation && { validation: fitOptions.validation }),
      ...(fitOptions.onEpoch && { onEpoch: fitOptions.onEpoch }),
      ...(fitOptions.control && { control: fitOptions.control }),
    };
    const { params, ...rest } = gradientDescent({ x, y }, squaredLoss, this.options, hooks);
    this.params = params;
    this.result = rest;
    return this;
  }

  descentProblem(): DescentProblem {
    return { loss: squaredLoss, options: this.options };
  }

  get curves(): TrainingCurves | undefined {
    return this.result?.curves;
  }

  fitInfo(): FitInfo {
    if (!this.result) throw notFitted(this.kind);
    return {
      solver: `gradient descent (${METHOD_NAMES[this.options.method ?? 'batch']})`,
      settings: descentSettings(this.options),
      ...descentInfo(this.result, this.options),
    };
  }

  toJSON(): EstimatorJSON {
    const r = this.result;
    return paramsToJSON(
      this.kind,
      this.options,
      this.parameters(),
      r && { stopReason: r.stopReason, epochsRun: r.epochsRun, bestEpoch: r.bestEpoch },
    );
  }

  static fromJSON(j: EstimatorJSON): GradientDescentRegressor {
    const m = new GradientDescentRegressor(j.options as GradientDescentOptions);
    m.params = paramsFromJSON(j);
    return m;
  }
}
