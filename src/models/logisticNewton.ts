/**
 * Newton's method for logistic regression (IRLS in the binary case) with an l2 or no penalty:
 * the (K(p+1))² Hessian of J (logisticObjective.ts), Cholesky, and Armijo backtracking from the
 * full step. Converges quadratically to ‖∇J‖∞ < tol. Its iteration (newtonGradient,
 * newtonHessian, newtonIteration) is exported: the Explain panel replays the first one
 * (src/models/explain/newtonStep.ts), so what it shows is the fit's own first step.
 */
import type { DenseMatrix } from '../linalg';
import { cholesky, choleskySolve, weightedGramWithIntercept } from '../linalg';
import type { LinearParameters } from './linear';
import { linearOutputs } from './linear';
import type { RowLoss } from './losses';
import { sigmoid, softmaxInto, weightPenalty } from './losses';
import type { LogisticProblem, SolverResult } from './logisticObjective';
import { centre, initParams, lossAndGradient, lossFor, separates } from './logisticObjective';

/**
 * Upper blocks of n·H for softmax: block (c, d) = [1 X]ᵀ diag(p_c(δ_cd − p_d)) [1 X], each by the
 * blocked weighted-Gram kernel (K(K+1)/2 passes over the rows).
 */
function accumulateSoftmaxHessian(x: DenseMatrix, z: Float64Array, k: number, h: Float64Array): void {
  const n = x.rows;
  const q = x.cols + 1;
  const dim = k * q;
  const pr = new Float64Array(n * k);
  for (let i = 0; i < n; i++) softmaxInto(z.subarray(i * k, i * k + k), pr, i * k);
  const weights = new Float64Array(n);
  for (let c = 0; c < k; c++) {
    for (let d = c; d < k; d++) {
      for (let i = 0; i < n; i++) weights[i] = pr[i * k + c]! * ((c === d ? 1 : 0) - pr[i * k + d]!);
      const block = weightedGramWithIntercept(x, weights);
      for (let a = 0; a < q; a++) h.set(block.subarray(a * q, a * q + q), (c * q + a) * dim + d * q);
    }
  }
}

/** λ of the l2 term Newton's gradient and Hessian carry (0 without an l2 penalty). */
function ridgeLambda(prob: LogisticProblem): number {
  return prob.penalty === 'l2' ? prob.lambda : 0;
}

/**
 * ∇J in Newton's order θ = (b₁, w₁₁…w₁ₚ, b₂, …): the cross-entropy gradient (gw, gb, from
 * lossAndGradient at params) plus λw; the intercepts' entries are 0 without an intercept.
 */
export function newtonGradient(prob: LogisticProblem, params: LinearParameters, gw: Float64Array, gb: Float64Array): Float64Array {
  const { outputs: k, features: p } = params;
  const q = p + 1;
  const lam = ridgeLambda(prob);
  const g = new Float64Array(k * q);
  for (let c = 0; c < k; c++) {
    g[c * q] = prob.fitIntercept ? gb[c]! : 0;
    for (let j = 0; j < p; j++) g[c * q + 1 + j] = gw[c * p + j]! + lam * params.weights[c * p + j]!;
  }
  return g;
}

/**
 * The Hessian of J at params, in newtonGradient's order: (1/n) Σ xaᵢxaᵢᵀ ⊗ (diag(p) − ppᵀ)
 * (binary: σ(1−σ)) plus λ on the weights' diagonal; without an intercept its rows and columns
 * are those of the identity. Returns it with its largest diagonal entry.
 */
export function newtonHessian(prob: LogisticProblem, params: LinearParameters): { h: Float64Array; maxDiag: number } {
  const { x, fitIntercept } = prob;
  const { rows: n } = x;
  const k = params.outputs;
  const q = x.cols + 1;
  const dim = k * q;
  const lam = ridgeLambda(prob);
  const z = linearOutputs(x, params);
  let h: Float64Array;
  if (k === 1) {
    // Binary: H·n = [1 X]ᵀ diag(σ(1 − σ)) [1 X], by the blocked kernel.
    const weights = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const s = sigmoid(z[i]!);
      weights[i] = s * (1 - s);
    }
    h = weightedGramWithIntercept(x, weights);
  } else {
    h = new Float64Array(dim * dim);
    accumulateSoftmaxHessian(x, z, k, h);
  }
  // Upper triangle scaled to the mean, then mirrored.
  let maxDiag = 0;
  for (let r = 0; r < dim; r++) {
    for (let s = r + 1; s < dim; s++) h[s * dim + r] = h[r * dim + s]! /= n;
    h[r * dim + r]! /= n;
    const isIntercept = r % q === 0;
    if (!isIntercept) h[r * dim + r]! += lam;
    if (isIntercept && !fitIntercept) {
      for (let s = 0; s < dim; s++) h[r * dim + s] = h[s * dim + r] = 0;
      h[r * dim + r] = 1;
    }
    maxDiag = Math.max(maxDiag, h[r * dim + r]!);
  }
  return { h, maxDiag };
}

/** Newton's step from params: H, the direction Δ = H⁻¹∇J, the Armijo step length t and J after it. */
export interface NewtonStepResult {
  /** The Hessian as factored (softmax: with its tiny damping). */
  readonly hessian: Float64Array;
  readonly direction: Float64Array;
  readonly t: number;
  readonly objective: number;
}

/**
 * One Newton iteration: params move to θ − tΔ (in place), with t halved from 1 until Armijo's
 * sufficient decrease J(θ − tΔ) ≤ J(θ) − 10⁻⁴·t·∇JᵀΔ holds; gw, gb end with the cross-entropy
 * gradient at the new point. f is J at params, g its newtonGradient. Undefined when H cannot be
 * factored (params untouched).
 */
export function newtonIteration(
  prob: LogisticProblem,
  loss: RowLoss,
  params: LinearParameters,
  f: number,
  g: Float64Array,
  gw: Float64Array,
  gb: Float64Array,
): NewtonStepResult | undefined {
  const { outputs: k, features: p } = params;
  const q = p + 1;
  const dim = k * q;
  const { h, maxDiag } = newtonHessian(prob, params);
  // Softmax's Hessian is singular along the common shift of all classes; a tiny damping keeps the
  // step out of that direction (the gradient has no component there). Raise it if Cholesky fails.
  let added = 0;
  let target = k > 1 ? 1e-10 * maxDiag : 0;
  let chol = null;
  for (let attempt = 0; attempt < 12; attempt++) {
    if (target > added) {
      for (let r = 0; r < dim; r++) h[r * dim + r]! += target - added;
      added = target;
    }
    chol = cholesky(h, dim);
    if (chol) break;
    target = target > 0 ? target * 10 : 1e-12 * Math.max(maxDiag, 1e-300);
  }
  if (!chol) return undefined;
  const step = choleskySolve(chol, g);
  let slope = 0;
  for (let r = 0; r < dim; r++) slope += g[r]! * step[r]!;
  const w0 = Float64Array.from(params.weights);
  const b0 = Float64Array.from(params.intercepts);
  let t = 1;
  let fNew = f;
  for (let ls = 0; ls < 60; ls++) {
    for (let c = 0; c < k; c++) {
      params.intercepts[c] = b0[c]! - t * step[c * q]!;
      for (let j = 0; j < p; j++) params.weights[c * p + j] = w0[c * p + j]! - t * step[c * q + 1 + j]!;
    }
    fNew = lossAndGradient(prob, loss, params, gw, gb) + weightPenalty(params.weights, prob.penalty, prob.lambda);
    if (fNew <= f - 1e-4 * t * slope) break;
    t /= 2;
  }
  return { hessian: h, direction: step, t, objective: fNew };
}

export function newtonLogistic(prob: LogisticProblem): SolverResult {
  const params = initParams(prob);
  const k = params.outputs;
  const history: number[] = [];
  const gw = new Float64Array(k * params.features);
  const gb = new Float64Array(k);
  const loss = lossFor(prob.classes);
  let f = lossAndGradient(prob, loss, params, gw, gb) + weightPenalty(params.weights, prob.penalty, prob.lambda);
  let converged = false;
  let separated = false;
  let iter = 0;
  for (iter = 1; iter <= prob.maxIter; iter++) {
    const g = newtonGradient(prob, params, gw, gb);
    let gmax = 0;
    for (const v of g) gmax = Math.max(gmax, Math.abs(v));
    if (gmax < prob.tol) {
      converged = true;
      break;
    }
    const step = newtonIteration(prob, loss, params, f, g, gw, gb);
    if (!step) break;
    const fNew = step.objective;
    const improved = f - fNew;
    f = fNew;
    history.push(f);
    if (prob.onIteration?.(params, f) === false) break;
    if (prob.penalty === 'none' && separates(prob, params)) {
      separated = true;
      break;
    }
    if (improved <= 1e-16 * Math.max(1, Math.abs(f))) {
      converged = gmax < Math.sqrt(prob.tol);
      break;
    }
  }
  centre(params, ridgeLambda(prob) === 0);
  return { params, iterations: Math.min(iter, prob.maxIter), converged, separated, history };
}
