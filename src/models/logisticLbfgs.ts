/**
 * L-BFGS (Nocedal 1980; two-loop recursion, Nocedal & Wright Alg. 7.4, memory 10) for logistic
 * regression with an L2 or no penalty — scikit-learn's default solver. It needs only gradients
 * (one pass over the rows per evaluation), so it scales to many classes where Newton's
 * (K(p+1))² Hessian does not. Armijo backtracking from a unit step; curvature pairs with sᵀy ≤ 0
 * are skipped, which keeps the inverse-Hessian estimate positive definite.
 */
import type { LinearParameters } from './linear';
import { weightPenalty } from './losses';
import type { LogisticProblem, SolverResult } from './logisticObjective';
import { centre, initParams, lossAndGradient, lossFor, separates } from './logisticObjective';

const MEMORY = 10;

export function lbfgsLogistic(prob: LogisticProblem): SolverResult {
  const params = initParams(prob);
  const { outputs: k, features: p } = params;
  const nw = k * p;
  const dim = nw + k;
  const loss = lossFor(prob.classes);
  const lam = prob.penalty === 'l2' ? prob.lambda : 0;
  const gw = new Float64Array(nw);
  const gb = new Float64Array(k);
  // θ = [weights, intercepts]; evaluate J and ∇J at the current params.
  const evaluate = (g: Float64Array): number => {
    const f = lossAndGradient(prob, loss, params, gw, gb) + weightPenalty(params.weights, prob.penalty, prob.lambda);
    for (let j = 0; j < nw; j++) g[j] = gw[j]! + lam * params.weights[j]!;
    for (let c = 0; c < k; c++) g[nw + c] = gb[c]!;
    return f;
  };
  const setTheta = (theta: Float64Array) => {
    params.weights.set(theta.subarray(0, nw));
    params.intercepts.set(theta.subarray(nw));
  };
  const theta = new Float64Array(dim);
  let g = new Float64Array(dim);
  let f = evaluate(g);
  const sList: Float64Array[] = [];
  const yList: Float64Array[] = [];
  const rho: number[] = [];
  const history: number[] = [];
  const dot = (a: Float64Array, b: Float64Array) => {
    let s = 0;
    for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
    return s;
  };
  let converged = false;
  let separated = false;
  let iter = 0;
  for (iter = 1; iter <= prob.maxIter; iter++) {
    let gmax = 0;
    for (const v of g) gmax = Math.max(gmax, Math.abs(v));
    if (gmax < prob.tol) {
      converged = true;
      break;
    }
    // Two-loop recursion: d = −H·g.
    const q = Float64Array.from(g);
    const alpha: number[] = [];
    for (let m = sList.length - 1; m >= 0; m--) {
      const a = rho[m]! * dot(sList[m]!, q);
      alpha[m] = a;
      const ym = yList[m]!;
      for (let i = 0; i < dim; i++) q[i]! -= a * ym[i]!;
    }
    const last = sList.length - 1;
    const gamma = last >= 0 ? dot(sList[last]!, yList[last]!) / dot(yList[last]!, yList[last]!) : 1 / Math.max(gmax, 1);
    for (let i = 0; i < dim; i++) q[i]! *= gamma;
    for (let m = 0; m < sList.length; m++) {
      const beta = rho[m]! * dot(yList[m]!, q);
      const sm = sList[m]!;
      for (let i = 0; i < dim; i++) q[i]! += sm[i]! * (alpha[m]! - beta);
    }
    const slope = -dot(g, q); // directional derivative along d = −q
    const old = Float64Array.from(theta);
    const gNew = new Float64Array(dim);
    let t = 1;
    let fNew = f;
    for (let ls = 0; ls < 50; ls++) {
      for (let i = 0; i < dim; i++) theta[i] = old[i]! - t * q[i]!;
      setTheta(theta);
      fNew = evaluate(gNew);
      if (fNew <= f + 1e-4 * t * slope) break;
      t /= 2;
    }
    const s = new Float64Array(dim);
    const y = new Float64Array(dim);
    for (let i = 0; i < dim; i++) {
      s[i] = theta[i]! - old[i]!;
      y[i] = gNew[i]! - g[i]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      sList.push(s);
      yList.push(y);
      rho.push(1 / sy);
      if (sList.length > MEMORY) {
        sList.shift();
        yList.shift();
        rho.shift();
      }
    }
    const gain = f - fNew;
    f = fNew;
    g = gNew;
    history.push(f);
    if (prob.onIteration?.(params, f) === false) break;
    if (prob.penalty === 'none' && separates(prob, params)) {
      separated = true;
      break;
    }
    if (gain <= 1e-16 * Math.max(1, Math.abs(f))) {
      let gm = 0;
      for (const v of g) gm = Math.max(gm, Math.abs(v));
      converged = gm < Math.sqrt(prob.tol);
      break;
    }
  }
  centre(params, lam === 0);
  return { params: params as LinearParameters, iterations: Math.min(iter, prob.maxIter), converged, separated, history };
}
