/**
 * Least squares written as its normal equations XᵀX β = Xᵀy, with a column of ones for the
 * intercept (unpenalised) and, for ridge, α added to the features' diagonal — the system whose
 * solution is the fitted coefficients. Beyond MAX_NORMAL_UNKNOWNS the matrix is not shown.
 */
import type { DenseMatrix } from '../../linalg';
import type { LinearParameters } from '../linear';
import type { NormalEquationsExplanation } from './types';

/** A (p+1)×(p+1) matrix of more unknowns than this does not fit the panel. */
export const MAX_NORMAL_UNKNOWNS = 8;

export function normalEquations(
  x: DenseMatrix,
  y: ArrayLike<number>,
  names: readonly string[],
  params: LinearParameters,
  fitIntercept: boolean,
  alpha?: number,
): NormalEquationsExplanation {
  const p = x.cols;
  const m = p + (fitIntercept ? 1 : 0);
  if (m > MAX_NORMAL_UNKNOWNS) return { shown: false, unknowns: m, max: MAX_NORMAL_UNKNOWNS };
  const lead = fitIntercept ? 1 : 0;
  const matrix = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  const rhs = new Array<number>(m).fill(0);
  const row = new Float64Array(m);
  for (let i = 0; i < x.rows; i++) {
    if (fitIntercept) row[0] = 1;
    for (let j = 0; j < p; j++) row[lead + j] = x.data[i * p + j]!;
    for (let a = 0; a < m; a++) {
      rhs[a]! += row[a]! * y[i]!;
      for (let b = 0; b < m; b++) matrix[a]![b]! += row[a]! * row[b]!;
    }
  }
  if (alpha !== undefined) for (let j = lead; j < m; j++) matrix[j]![j]! += alpha;
  return {
    shown: true,
    unknowns: [...(fitIntercept ? ['(intercept)'] : []), ...names],
    matrix,
    rhs,
    solution: [...(fitIntercept ? [params.intercepts[0]!] : []), ...params.weights],
    ...(alpha !== undefined && { alpha }),
  };
}
