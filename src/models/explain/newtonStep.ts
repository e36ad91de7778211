/**
 * The first iteration of logistic Newton (logisticNewton.ts newtonLogistic) replayed with the
 * solver's own functions from its own start θ₀ = 0: ∇J, the Hessian H, the direction Δ = H⁻¹∇J,
 * the Armijo step length t and θ₁ = θ₀ − tΔ. H is written out only for few unknowns, as the
 * normal equations are (a (K(p+1))² matrix of softmax does not fit the panel).
 */
import type { LinearParameters } from '../linear';
import type { LogisticProblem } from '../logisticObjective';
import { initParams, lossAndGradient, lossFor } from '../logisticObjective';
import { newtonGradient, newtonIteration } from '../logisticNewton';
import { weightPenalty } from '../losses';
import { MAX_NORMAL_UNKNOWNS } from './normalEquations';
import type { NewtonStepExplanation } from './types';

/** Splits a vector in Newton's order (b₁, w₁₁…w₁ₚ, b₂, …) into K×p weights and K intercepts. */
function unpack(v: Float64Array, k: number, p: number): { weights: number[]; intercepts: number[] } {
  const q = p + 1;
  const weights: number[] = [];
  const intercepts: number[] = [];
  for (let c = 0; c < k; c++) {
    intercepts.push(v[c * q]!);
    for (let j = 0; j < p; j++) weights.push(v[c * q + 1 + j]!);
  }
  return { weights, intercepts };
}

/** Undefined when the solver took no step: ∇J already below its tolerance at θ₀, or H could not be factored. */
export function firstNewtonStep(prob: LogisticProblem): NewtonStepExplanation | undefined {
  const params: LinearParameters = initParams(prob);
  const { outputs: k, features: p } = params;
  const loss = lossFor(prob.classes);
  const gw = new Float64Array(k * p);
  const gb = new Float64Array(k);
  const lossBefore = lossAndGradient(prob, loss, params, gw, gb) + weightPenalty(params.weights, prob.penalty, prob.lambda);
  const g = newtonGradient(prob, params, gw, gb);
  if (g.every((v) => Math.abs(v) < prob.tol)) return undefined;
  const weightsBefore = Array.from(params.weights);
  const interceptsBefore = Array.from(params.intercepts);
  const step = newtonIteration(prob, loss, params, lossBefore, g, gw, gb);
  if (!step) return undefined;
  const dim = k * (p + 1);
  const grad = unpack(g, k, p);
  const direction = unpack(step.direction, k, p);
  return {
    outputs: k,
    lambda: prob.penalty === 'l2' ? prob.lambda : 0,
    weightsBefore,
    interceptsBefore,
    gradWeights: grad.weights,
    gradIntercepts: grad.intercepts,
    directionWeights: direction.weights,
    directionIntercepts: direction.intercepts,
    stepLength: step.t,
    weightsAfter: Array.from(params.weights),
    interceptsAfter: Array.from(params.intercepts),
    lossBefore,
    lossAfter: step.objective,
    hessian:
      dim <= MAX_NORMAL_UNKNOWNS
        ? { shown: true, matrix: Array.from({ length: dim }, (_, r) => Array.from(step.hessian.subarray(r * dim, r * dim + dim))) }
        : { shown: false, unknowns: dim, max: MAX_NORMAL_UNKNOWNS },
  };
}
