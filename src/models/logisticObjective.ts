/**
 * What every logistic-regression solver shares: the problem it is given, the result it returns,
 * and the pieces of the mean-form objective
 *     J(W, b) = (1/n) Σᵢ CE(W·xᵢ + b, yᵢ) + λ·R(W),  R = ½‖W‖² (l2) | ‖W‖₁ (l1) | 0,
 * with CE the binary (sigmoid) or softmax cross-entropy. scikit-learn's
 * `LogisticRegression(C)` minimises C·Σᵢ CE + R(W), i.e. n·C·J with λ = 1/(n·C): same minimiser.
 * The solvers are Newton (logisticNewton.ts), L-BFGS (logisticLbfgs.ts), FISTA (logisticFista.ts)
 * and proximal Newton for l1 (logisticL1.ts); logisticSolverRun.ts picks one for a fit.
 *
 * Unpenalised fits stop as soon as an iterate classifies every training row strictly correctly
 * (`separates`): then scaling those weights drives the loss to 0, so no finite maximum-likelihood
 * estimate exists (perfect separation; Albert & Anderson 1984). The separating weights are
 * returned, flagged.
 */
import type { DenseMatrix } from '../linalg';
import type { LinearParameters } from './linear';
import { linearOutputs } from './linear';
import type { RowLoss } from './losses';
import { logisticLoss, softmaxLoss, weightPenalty } from './losses';

export interface LogisticProblem {
  readonly x: DenseMatrix;
  /** Class indices 0..classes−1. */
  readonly y: ArrayLike<number>;
  readonly classes: number;
  readonly penalty: 'none' | 'l1' | 'l2';
  readonly lambda: number;
  readonly fitIntercept: boolean;
  readonly maxIter: number;
  readonly tol: number;
  /** Called after each iteration with the current iterate (training curves); false stops the solver there. */
  readonly onIteration?: (params: LinearParameters, objective: number) => boolean | void;
}

export interface SolverResult {
  readonly params: LinearParameters;
  readonly iterations: number;
  readonly converged: boolean;
  readonly separated: boolean;
  /** Objective J after each iteration. */
  readonly history: number[];
}

export function lossFor(classes: number): RowLoss {
  return classes === 2 ? logisticLoss : softmaxLoss(classes);
}

/** Mean cross-entropy and its gradient (written into gw, gb). */
export function lossAndGradient(
  prob: LogisticProblem,
  loss: RowLoss,
  params: LinearParameters,
  gw: Float64Array,
  gb: Float64Array,
): number {
  const { x, y } = prob;
  const { rows: n, cols: p } = x;
  const k = params.outputs;
  const z = linearOutputs(x, params);
  const zi = new Float64Array(k);
  const dz = new Float64Array(k);
  gw.fill(0);
  gb.fill(0);
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) zi[c] = z[i * k + c]!;
    s += loss.row(zi, y[i]!, dz);
    for (let c = 0; c < k; c++) {
      const d = dz[c]!;
      gb[c]! += d;
      for (let j = 0; j < p; j++) gw[c * p + j]! += d * x.data[i * p + j]!;
    }
  }
  for (let j = 0; j < gw.length; j++) gw[j]! /= n;
  for (let c = 0; c < k; c++) gb[c] = prob.fitIntercept ? gb[c]! / n : 0;
  return s / n;
}

export function objectiveOf(prob: LogisticProblem, params: LinearParameters): number {
  const g1 = new Float64Array(params.weights.length);
  const g2 = new Float64Array(params.outputs);
  return lossAndGradient(prob, lossFor(prob.classes), params, g1, g2) + weightPenalty(params.weights, prob.penalty, prob.lambda);
}

/** Every row strictly on the right side of the decision boundary. */
export function separates(prob: LogisticProblem, params: LinearParameters): boolean {
  const z = linearOutputs(prob.x, params);
  const k = params.outputs;
  for (let i = 0; i < prob.x.rows; i++) {
    const yi = prob.y[i]!;
    if (k === 1) {
      if ((yi === 1 ? 1 : -1) * z[i]! <= 0) return false;
    } else {
      for (let c = 0; c < k; c++) if (c !== yi && z[i * k + c]! >= z[i * k + yi]!) return false;
    }
  }
  return true;
}

export function initParams(prob: LogisticProblem): LinearParameters {
  const k = prob.classes === 2 ? 1 : prob.classes;
  return { weights: new Float64Array(k * prob.x.cols), intercepts: new Float64Array(k), outputs: k, features: prob.x.cols };
}

/** Softmax parameters are defined up to a common shift; centre them (the penalty picks mean-zero weights anyway). */
export function centre(params: LinearParameters, weightsToo: boolean): void {
  const { outputs: k, features: p } = params;
  if (k === 1) return;
  const mb = params.intercepts.reduce((a, v) => a + v, 0) / k;
  for (let c = 0; c < k; c++) params.intercepts[c]! -= mb;
  if (!weightsToo) return;
  for (let j = 0; j < p; j++) {
    let m = 0;
    for (let c = 0; c < k; c++) m += params.weights[c * p + j]!;
    m /= k;
    for (let c = 0; c < k; c++) params.weights[c * p + j]! -= m;
  }
}
