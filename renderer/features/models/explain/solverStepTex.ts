/**
 * A logistic Newton or L-BFGS first iteration written out with the run's numbers: each parameter's
 * gradient, Newton's direction Δ and its value after the step; for few unknowns Newton's system
 * H Δ = ∇J as matrices; the Armijo test the step passed. Pure functions from the engine's
 * Explanation to LaTeX strings (tested in tests/renderer).
 */
import type { Explanation, LbfgsStepExplanation, NewtonStepExplanation, SolverStepExplanation } from '../../../../src/protocol/protocol';
import { symbols } from './stepTex';
import { texMatrixEntry, texNumber, texOperand } from './texNumbers';

export interface SolverParameter {
  readonly symbol: string;
  readonly before: number;
  readonly gradient: number;
  /** Newton's Δ (absent for L-BFGS). */
  readonly direction?: number;
  readonly after: number;
  /** "w ← w − tΔ = …" (Newton) or "w ← w − s·∂J/∂w = …" (L-BFGS) with the numbers. */
  readonly updateTex: string;
}

const column = (entries: readonly string[]) => String.raw`\begin{pmatrix} ${entries.join(String.raw` \\ `)} \end{pmatrix}`;

/** Parameters in the solver's order θ = (b₁, w₁…, b₂, w₂…): the order of H's rows. */
function parameters(
  e: Pick<Explanation, 'features'>,
  s: SolverStepExplanation,
  direction: { weights: number[]; intercepts: number[] } | undefined,
  factor: number,
): SolverParameter[] {
  const k = s.outputs;
  const p = e.features.length;
  const names = symbols(e, k);
  const out: SolverParameter[] = [];
  const add = (symbol: string, before: number, gradient: number, after: number, d: number | undefined) => {
    const moved =
      d !== undefined ? `${texOperand(factor)} \\cdot ${texOperand(d)}` : `${texOperand(factor)} \\cdot ${texOperand(gradient)}`;
    out.push({
      symbol,
      before,
      gradient,
      ...(d !== undefined && { direction: d }),
      after,
      updateTex: String.raw`${symbol} \leftarrow ${texNumber(before)} - ${moved} = ${texNumber(after)}`,
    });
  };
  for (let c = 0; c < k; c++) {
    add(names.intercepts[c]!, s.interceptsBefore[c]!, s.gradIntercepts[c]!, s.interceptsAfter[c]!, direction?.intercepts[c]);
    for (let j = 0; j < p; j++) {
      const i = c * p + j;
      add(names.weights[i]!, s.weightsBefore[i]!, s.gradWeights[i]!, s.weightsAfter[i]!, direction?.weights[i]);
    }
  }
  return out;
}

export interface NewtonTex {
  readonly parameters: SolverParameter[];
  /** H Δ = ∇J with the numbers (few unknowns only). */
  readonly system?: string;
  /** The Armijo test the step length t passed. */
  readonly armijo: string;
}

export function newtonTex(e: Pick<Explanation, 'features'>, s: NewtonStepExplanation): NewtonTex {
  const params = parameters(e, s, { weights: s.directionWeights, intercepts: s.directionIntercepts }, s.stepLength);
  const slope = params.reduce((sum, p) => sum + p.gradient * p.direction!, 0);
  const t = texNumber(s.stepLength);
  const armijo = String.raw`t = ${t}:\quad J(\theta_0 - t\Delta) = ${texNumber(s.lossAfter)} \le J(\theta_0) - 10^{-4}\, t\, \nabla J^\top \Delta = ${texNumber(s.lossBefore)} - 10^{-4} \cdot ${t} \cdot ${texOperand(slope)}`;
  if (!s.hessian.shown) return { parameters: params, armijo };
  const largest = Math.max(...s.hessian.matrix.flat().map(Math.abs));
  const h = String.raw`\begin{pmatrix} ${s.hessian.matrix.map((row) => row.map((v) => texMatrixEntry(v, largest)).join(' & ')).join(String.raw` \\ `)} \end{pmatrix}`;
  const system = String.raw`\underbrace{${h}}_{H} \underbrace{${column(params.map((p) => texNumber(p.direction!)))}}_{\Delta} = \underbrace{${column(params.map((p) => texNumber(p.gradient)))}}_{\nabla J}`;
  return { parameters: params, system, armijo };
}

export function lbfgsTex(e: Pick<Explanation, 'features'>, s: LbfgsStepExplanation): { parameters: SolverParameter[]; step: string } {
  return {
    parameters: parameters(e, s, undefined, s.stepAlongGradient),
    step: String.raw`\theta_1 = \theta_0 - s\, \nabla J,\quad s = ${texNumber(s.stepAlongGradient)}:\quad J(\theta_0) = ${texNumber(s.lossBefore)} \;\to\; J(\theta_1) = ${texNumber(s.lossAfter)}`,
  };
}
