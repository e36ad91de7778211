/**
 * FISTA (Beck & Teboulle 2009) for logistic regression with any penalty — used for multinomial L1 —
 * with backtracking on the Lipschitz constant and adaptive restart (O'Donoghue & Candès 2015):
 * a gradient step on the mean cross-entropy, then the penalty's proximal map (soft-thresholding
 * for l1, shrinkage for l2). Same objective and separation check as logisticObjective.ts.
 */
import type { LinearParameters } from './linear';
import { softThreshold, weightPenalty } from './losses';
import type { LogisticProblem, SolverResult } from './logisticObjective';
import { centre, initParams, lossAndGradient, lossFor, objectiveOf, separates } from './logisticObjective';

export function proximalGradientLogistic(prob: LogisticProblem): SolverResult {
  const params = initParams(prob);
  const { outputs: k, features: p } = params;
  const loss = lossFor(prob.classes);
  const lam = prob.lambda;
  const pen = prob.penalty;
  const history: number[] = [];
  const gw = new Float64Array(k * p);
  const gb = new Float64Array(k);
  const yw = Float64Array.from(params.weights);
  const yb = Float64Array.from(params.intercepts);
  const probe: LinearParameters = { weights: yw, intercepts: yb, outputs: k, features: p };
  const cand: LinearParameters = { weights: new Float64Array(k * p), intercepts: new Float64Array(k), outputs: k, features: p };
  const g2w = new Float64Array(k * p);
  const g2b = new Float64Array(k);
  let L = 1;
  let t = 1;
  let fPrev = objectiveOf(prob, params);
  let converged = false;
  let separated = false;
  let iter = 0;
  for (iter = 1; iter <= prob.maxIter; iter++) {
    const fy = lossAndGradient(prob, loss, probe, gw, gb);
    let fc = 0;
    for (let bt = 0; bt < 60; bt++) {
      // Gradient step on the smooth part, then the prox of the penalty with step 1/L.
      for (let c = 0; c < k; c++) cand.intercepts[c] = yb[c]! - gb[c]! / L;
      for (let j = 0; j < k * p; j++) {
        const v = yw[j]! - gw[j]! / L;
        cand.weights[j] = pen === 'l1' ? softThreshold(v, lam / L) : pen === 'l2' ? v / (1 + lam / L) : v;
      }
      fc = lossAndGradient(prob, loss, cand, g2w, g2b);
      let lin = 0;
      let sq = 0;
      for (let j = 0; j < k * p; j++) {
        const d = cand.weights[j]! - yw[j]!;
        lin += gw[j]! * d;
        sq += d * d;
      }
      for (let c = 0; c < k; c++) {
        const d = cand.intercepts[c]! - yb[c]!;
        lin += gb[c]! * d;
        sq += d * d;
      }
      if (fc <= fy + lin + (L / 2) * sq + 1e-15 * Math.abs(fy)) break;
      L *= 2;
    }
    const fNew = fc + weightPenalty(cand.weights, prob.penalty, prob.lambda);
    let change = 0;
    let size = 1;
    for (let j = 0; j < k * p; j++) {
      change = Math.max(change, Math.abs(cand.weights[j]! - params.weights[j]!));
      size = Math.max(size, Math.abs(cand.weights[j]!));
    }
    for (let c = 0; c < k; c++) change = Math.max(change, Math.abs(cand.intercepts[c]! - params.intercepts[c]!));
    if (fNew > fPrev + 1e-13 * Math.abs(fPrev)) {
      // Adaptive restart: drop the momentum and retry from the last iterate (a plain proximal
      // gradient step from there cannot increase the objective beyond rounding).
      t = 1;
      yw.set(params.weights);
      yb.set(params.intercepts);
      continue;
    }
    const tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
    const beta = (t - 1) / tNext;
    for (let j = 0; j < k * p; j++) yw[j] = cand.weights[j]! + beta * (cand.weights[j]! - params.weights[j]!);
    for (let c = 0; c < k; c++) yb[c] = cand.intercepts[c]! + beta * (cand.intercepts[c]! - params.intercepts[c]!);
    params.weights.set(cand.weights);
    params.intercepts.set(cand.intercepts);
    t = tNext;
    fPrev = fNew;
    history.push(fNew);
    if (prob.onIteration?.(params, fNew) === false) break;
    L *= 0.9; // let the step grow again where the curvature allows
    if (pen === 'none' && separates(prob, params)) {
      separated = true;
      break;
    }
    if (change <= prob.tol * size) {
      converged = true;
      break;
    }
  }
  centre(params, pen === 'none');
  return { params, iterations: Math.min(iter, prob.maxIter), converged, separated, history };
}
