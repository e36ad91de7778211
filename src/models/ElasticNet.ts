/**
 * Elastic net by cyclic coordinate descent (Friedman, Hastie & Tibshirani 2010), minimising
 *     (1/2n)‖y − Xw − b‖² + α·ρ‖w‖₁ + α(1 − ρ)/2·‖w‖²,   ρ = l1Ratio,
 * exactly scikit-learn's `ElasticNet(alpha, l1_ratio)`; `Lasso` is ρ = 1. The intercept is not
 * penalised (data centred first). Convergence uses sklearn's duality-gap test: gap < tol·‖y‖²
 * (sklearn cd_fast.enet_coordinate_descent), checked after each sweep. The centring and the
 * coordinate update live in coordinateDescent.ts, shared with the Explain panel's first sweep.
 */
import type { DenseMatrix } from '../linalg';
import { FitplotError } from '../table/errors';
import type { Estimator, EstimatorJSON, FitInfo, FitOptions, StopReason } from './estimatorContract';
import { checkXY, paramsFromJSON, paramsToJSON } from './estimatorContract';
import { msg } from '../table/messages';
import type { LinearParameters } from './linear';
import { LinearRegressorBase } from './linearRegressorBase';
import { lossAndMetric, meanLoss } from './linear';
import type { TrainingCurves } from './curves';
import { emptyCurves } from './curves';
import { squaredLoss } from './losses';
import { centredProblem, interceptOf, scaledPenalties, updateCoordinate } from './coordinateDescent';

export interface ElasticNetOptions {
  readonly alpha?: number;
  readonly l1Ratio?: number;
  readonly fitIntercept?: boolean;
  readonly maxIter?: number;
  readonly tol?: number;
}

export class ElasticNet extends LinearRegressorBase implements Estimator {
  readonly kind: string = 'ElasticNet';
  readonly options: Required<ElasticNetOptions>;
  curves: TrainingCurves | undefined;
  nIter = 0;
  dualGap = Number.NaN;
  converged = false;
  stopReason: StopReason | undefined;

  constructor(options: ElasticNetOptions = {}) {
    super();
    this.options = {
      alpha: options.alpha ?? 1,
      l1Ratio: options.l1Ratio ?? 0.5,
      fitIntercept: options.fitIntercept ?? true,
      maxIter: options.maxIter ?? 1000,
      tol: options.tol ?? 1e-4,
    };
    const { alpha, l1Ratio } = this.options;
    if (!(alpha >= 0)) throw new FitplotError({ code: 'BAD_OPTION', message: `${this.kind}: alpha must be ≥ 0, got ${alpha}.` });
    if (!(l1Ratio >= 0 && l1Ratio <= 1))
      throw new FitplotError({ code: 'BAD_OPTION', message: `ElasticNet: l1Ratio must be in [0, 1], got ${l1Ratio}.` });
  }

  fit(x: DenseMatrix, y: ArrayLike<number>, fitOptions: FitOptions = {}): this {
    checkXY(this.kind, x, y);
    const { rows: n, cols: p } = x;
    const { alpha, l1Ratio, fitIntercept, maxIter, tol } = this.options;
    const cp = centredProblem(x, y, fitIntercept);
    const { xc, r, yy, norms, my } = cp;
    const { l1, l2 } = scaledPenalties(n, alpha, l1Ratio);
    const w = new Float64Array(p);
    const curves = emptyCurves('r2');
    const params: LinearParameters = { weights: w, intercepts: new Float64Array(1), outputs: 1, features: p };
    const start = performance.now();
    const control = fitOptions.control;
    const record = (iter: number) => {
      params.intercepts[0] = interceptOf(cp, w, fitIntercept);
      curves.epochs.push(iter);
      const train = lossAndMetric(x, y, params, squaredLoss, 'r2');
      curves.trainLoss.push(train.loss);
      curves.objective.push(train.loss + penalty(w, alpha, l1Ratio));
      curves.trainMetric.push(train.metric);
      const v = fitOptions.validation;
      if (v && v.x.rows > 0) {
        const val = lossAndMetric(v.x, v.y, params, squaredLoss, 'r2');
        curves.validationLoss.push(val.loss);
        curves.validationMetric.push(val.metric);
      }
      control?.onEpoch?.({
        epoch: iter,
        epochs: maxIter,
        trainLoss: train.loss,
        trainMetric: train.metric,
        ...(curves.validationLoss.length > 0 && {
          validationLoss: curves.validationLoss.at(-1)!,
          validationMetric: curves.validationMetric.at(-1)!,
        }),
        elapsedMs: performance.now() - start,
      });
    };
    this.converged = false;
    this.stopReason = 'maxEpochs';
    let iter = 0;
    for (iter = 1; iter <= maxIter; iter++) {
      for (let j = 0; j < p; j++) if (norms[j] !== 0) updateCoordinate(cp, w, j, l1, l2);
      this.dualGap = dualityGap(xc, n, p, r, w, y, my, l1, l2);
      record(iter);
      if (this.dualGap < tol * yy) {
        this.converged = true;
        this.stopReason = 'converged';
        break;
      }
      if (iter < maxIter && control?.shouldStop?.()) {
        this.stopReason = 'stopped';
        break;
      }
    }
    this.nIter = Math.min(iter, maxIter);
    this.curves = curves;
    params.intercepts[0] = interceptOf(cp, w, fitIntercept);
    this.params = params;
    return this;
  }

  /** The objective value at the fitted coefficients on (x, y). */
  objective(x: DenseMatrix, y: ArrayLike<number>): number {
    const p = this.parameters();
    return meanLoss(x, y, p, squaredLoss) + penalty(p.weights, this.options.alpha, this.options.l1Ratio);
  }

  fitInfo(): FitInfo {
    const { alpha, l1Ratio, maxIter, tol } = this.options;
    const stopReason = this.stopReason ?? 'maxEpochs';
    const warnings =
      stopReason === 'maxEpochs'
        ? [msg('model.warning.notConverged', { solver: 'coordinate descent', iterations: this.nIter })]
        : stopReason === 'stopped'
          ? [msg('model.warning.stopped', { epoch: this.nIter, epochs: maxIter })]
          : [];
    return {
      solver: 'coordinate descent',
      settings: { alpha, ...(this.kind === 'ElasticNet' && { l1Ratio }), maxIter, tol },
      stopReason,
      epochsRun: this.nIter,
      epochsRequested: maxIter,
      converged: this.converged,
      warnings,
    };
  }

  toJSON(): EstimatorJSON {
    return paramsToJSON(this.kind, this.options, this.parameters(), { nIter: this.nIter, converged: this.converged });
  }

  static fromJSON(j: EstimatorJSON): ElasticNet {
    const m = j.kind === 'Lasso' ? new Lasso(j.options as ElasticNetOptions) : new ElasticNet(j.options as ElasticNetOptions);
    m.params = paramsFromJSON(j);
    return m;
  }
}

/** Lasso: (1/2n)‖y − Xw − b‖² + α‖w‖₁ (scikit-learn `Lasso(alpha)`), elastic net with ρ = 1. */
export class Lasso extends ElasticNet {
  override readonly kind = 'Lasso';
  constructor(options: Omit<ElasticNetOptions, 'l1Ratio'> = {}) {
    super({ ...options, l1Ratio: 1 });
  }
}

function penalty(w: ArrayLike<number>, alpha: number, l1Ratio: number): number {
  let a = 0;
  let q = 0;
  for (let j = 0; j < w.length; j++) {
    a += Math.abs(w[j]!);
    q += w[j]! ** 2;
  }
  return alpha * l1Ratio * a + (alpha * (1 - l1Ratio) * q) / 2;
}

/** sklearn's duality gap for the n-scaled problem (cd_fast.pyx), with R the centred residual. */
function dualityGap(
  xc: Float64Array,
  n: number,
  p: number,
  r: Float64Array,
  w: Float64Array,
  y: ArrayLike<number>,
  my: number,
  l1: number,
  l2: number,
): number {
  let dualNorm = 0;
  let wNorm2 = 0;
  let l1Norm = 0;
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += xc[j * n + i]! * r[i]!;
    dualNorm = Math.max(dualNorm, Math.abs(s - l2 * w[j]!));
    wNorm2 += w[j]! ** 2;
    l1Norm += Math.abs(w[j]!);
  }
  let rNorm2 = 0;
  let ry = 0;
  for (let i = 0; i < n; i++) {
    rNorm2 += r[i]! ** 2;
    ry += r[i]! * (y[i]! - my);
  }
  let c = 1;
  let gap: number;
  if (dualNorm > l1) {
    c = l1 / dualNorm;
    gap = 0.5 * (rNorm2 + rNorm2 * c * c);
  } else {
    gap = rNorm2;
  }
  return gap + l1 * l1Norm - c * ry + 0.5 * l2 * (1 + c * c) * wNorm2;
}
