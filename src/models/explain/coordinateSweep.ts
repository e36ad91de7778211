/**
 * The first sweep of the elastic net's coordinate descent (ElasticNet.ts) from w = 0, run with
 * the solver's own centring and coordinate update (coordinateDescent.ts), each update's numbers
 * divided by n into the mean form the panel's formula shows:
 *     w_j ← S(z_j, αρ) / ((1/n)‖x̃_j‖² + α(1 − ρ)),   z_j = (1/n)·x̃_jᵀ r⁽ʲ⁾.
 */
import type { DenseMatrix } from '../../linalg';
import { centredProblem, interceptOf, scaledPenalties, updateCoordinate } from '../coordinateDescent';
import type { CoordinateSweepExplanation } from './types';

export interface SweepOptions {
  readonly alpha: number;
  readonly l1Ratio: number;
  readonly fitIntercept: boolean;
}

export function firstCoordinateSweep(
  x: DenseMatrix,
  y: ArrayLike<number>,
  { alpha, l1Ratio, fitIntercept }: SweepOptions,
): CoordinateSweepExplanation {
  const cp = centredProblem(x, y, fitIntercept);
  const { n, p, norms } = cp;
  const { l1, l2 } = scaledPenalties(n, alpha, l1Ratio);
  const w = new Float64Array(p);
  const before: number[] = [];
  const correlation: number[] = [];
  const denominator: number[] = [];
  const after: number[] = [];
  const skipped: number[] = [];
  for (let j = 0; j < p; j++) {
    before.push(w[j]!);
    denominator.push(norms[j]! / n + alpha * (1 - l1Ratio));
    if (norms[j] === 0) {
      skipped.push(j);
      correlation.push(0);
    } else {
      correlation.push(updateCoordinate(cp, w, j, l1, l2) / n);
    }
    after.push(w[j]!);
  }
  return {
    alpha,
    l1Ratio,
    threshold: alpha * l1Ratio,
    before,
    correlation,
    denominator,
    after,
    skipped,
    ...(fitIntercept && { intercept: interceptOf(cp, w, true) }),
  };
}
