/**
 * The pieces of the elastic net's cyclic coordinate descent (ElasticNet.ts) that the Explain
 * panel replays too: the centred problem the sweeps run on, and one coordinate's update
 *     w_j ← S(ρ_j, l1) / (‖x̃_j‖² + l2),   ρ_j = x̃_jᵀ r + w_j‖x̃_j‖²  (x̃_jᵀ times the partial residual),
 * in sklearn's n-scaled form (cd_fast.enet_coordinate_descent): l1 = n·α·ρ, l2 = n·α(1 − ρ).
 */
import type { DenseMatrix } from '../linalg';
import { columnMeans } from '../linalg';
import { softThreshold } from './losses';

export interface CentredProblem {
  readonly n: number;
  readonly p: number;
  /** Column means of X and the mean of y (zeros without an intercept). */
  readonly mx: Float64Array;
  readonly my: number;
  /** Centred columns, column-major: each coordinate update streams one column. */
  readonly xc: Float64Array;
  /** ‖x̃_j‖² of each centred column (0: a constant column, never updated). */
  readonly norms: Float64Array;
  /** The residual y − ȳ − X̃w, kept current by updateCoordinate (starts at w = 0). */
  readonly r: Float64Array;
  /** ‖y − ȳ‖², the scale of the duality-gap test. */
  readonly yy: number;
}

export function centredProblem(x: DenseMatrix, y: ArrayLike<number>, fitIntercept: boolean): CentredProblem {
  const { rows: n, cols: p } = x;
  const mx = fitIntercept ? columnMeans(x) : new Float64Array(p);
  let my = 0;
  if (fitIntercept) {
    for (let i = 0; i < n; i++) my += y[i]!;
    my /= n;
  }
  const xc = new Float64Array(n * p);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) xc[j * n + i] = x.data[i * p + j]! - mx[j]!;
  const r = new Float64Array(n);
  let yy = 0;
  for (let i = 0; i < n; i++) {
    r[i] = y[i]! - my;
    yy += r[i]! ** 2;
  }
  const norms = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += xc[j * n + i]! ** 2;
    norms[j] = s;
  }
  return { n, p, mx, my, xc, norms, r, yy };
}

/** sklearn's scaling: the objective times n, so l1 = n·α·ρ and l2 = n·α(1 − ρ). */
export function scaledPenalties(n: number, alpha: number, l1Ratio: number): { l1: number; l2: number } {
  return { l1: alpha * l1Ratio * n, l2: alpha * (1 - l1Ratio) * n };
}

/** Updates w_j (and the residual) in place; returns ρ_j, the n-scaled partial-residual correlation it used. */
export function updateCoordinate(cp: CentredProblem, w: Float64Array, j: number, l1: number, l2: number): number {
  const { n, xc, norms, r } = cp;
  const wj = w[j]!;
  const cj = j * n;
  let rho = 0;
  for (let i = 0; i < n; i++) rho += xc[cj + i]! * r[i]!;
  rho += wj * norms[j]!;
  const nw = softThreshold(rho, l1) / (norms[j]! + l2);
  if (nw !== wj) {
    const d = nw - wj;
    for (let i = 0; i < n; i++) r[i]! -= d * xc[cj + i]!;
    w[j] = nw;
  }
  return rho;
}

/** The intercept that goes with w on the centred problem: ȳ − x̄ᵀw (0 without an intercept). */
export function interceptOf(cp: CentredProblem, w: Float64Array, fitIntercept: boolean): number {
  if (!fitIntercept) return 0;
  let s = 0;
  for (let j = 0; j < w.length; j++) s += cp.mx[j]! * w[j]!;
  return cp.my - s;
}
