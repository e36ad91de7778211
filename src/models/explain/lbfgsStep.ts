/**
 * The first iteration of logistic L-BFGS (logisticLbfgs.ts), taken from the solver itself: it is
 * run from the same start θ₀ = 0 and stopped after one iteration through its onIteration hook.
 * With no curvature pairs stored yet, that step is along −∇J (scaled, then shortened by Armijo
 * backtracking), so θ₁ = θ₀ − s·∇J and s is read off the result. Later steps mix in the stored
 * pairs; their inverse-Hessian estimate is never formed as a matrix, so there is none to show.
 */
import { lbfgsLogistic } from '../logisticLbfgs';
import type { LogisticProblem } from '../logisticObjective';
import { initParams, lossAndGradient, lossFor } from '../logisticObjective';
import { weightPenalty } from '../losses';
import type { LbfgsStepExplanation } from './types';

/** Undefined when the solver took no step (∇J already below its tolerance at θ₀). */
export function firstLbfgsStep(prob: LogisticProblem): LbfgsStepExplanation | undefined {
  const start = initParams(prob);
  const k = start.outputs;
  const gw = new Float64Array(k * start.features);
  const gb = new Float64Array(k);
  // At θ₀ = 0 the l2 term adds nothing to the gradient: ∇J is the cross-entropy's gradient.
  const lossBefore = lossAndGradient(prob, lossFor(prob.classes), start, gw, gb) + weightPenalty(start.weights, prob.penalty, prob.lambda);
  let after: { weights: number[]; intercepts: number[]; objective: number } | undefined;
  lbfgsLogistic({
    ...prob,
    maxIter: 1,
    onIteration: (params, objective) => {
      after = { weights: Array.from(params.weights), intercepts: Array.from(params.intercepts), objective };
      return false;
    },
  });
  if (!after) return undefined;
  const g = [...gw, ...gb];
  const moved = [...after.weights, ...after.intercepts];
  const gg = g.reduce((s, v) => s + v * v, 0);
  const stepAlongGradient = -moved.reduce((s, v, i) => s + v * g[i]!, 0) / gg;
  return {
    outputs: k,
    lambda: prob.penalty === 'l2' ? prob.lambda : 0,
    weightsBefore: Array.from(start.weights),
    interceptsBefore: Array.from(start.intercepts),
    gradWeights: Array.from(gw),
    gradIntercepts: Array.from(gb),
    weightsAfter: after.weights,
    interceptsAfter: after.intercepts,
    lossBefore,
    lossAfter: after.objective,
    stepAlongGradient,
  };
}
