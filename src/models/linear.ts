/**
 * Parameters of a linear model with K outputs: z = W·x + b, W row-major K×p. Shared by every
 * estimator so prediction, losses and serialisation have one code path.
 */
import type { DenseMatrix } from '../linalg';
import type { RowLoss } from './losses';

export interface LinearParameters {
  /** K×p, row-major. */
  readonly weights: Float64Array;
  /** Length K. */
  readonly intercepts: Float64Array;
  readonly outputs: number;
  readonly features: number;
}

/** Z = X·Wᵀ + b, n×K row-major. */
export function linearOutputs(x: DenseMatrix, params: LinearParameters): Float64Array {
  const { rows: n, cols: p, data } = x;
  const { weights: w, intercepts: b, outputs: k } = params;
  if (p !== params.features) throw new RangeError(`linearOutputs: X has ${p} columns, the model ${params.features}`);
  const z = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const off = i * p;
    for (let c = 0; c < k; c++) {
      let s = b[c]!;
      const wo = c * p;
      for (let j = 0; j < p; j++) s += data[off + j]! * w[wo + j]!;
      z[i * k + c] = s;
    }
  }
  return z;
}

/** Mean of a row loss over all rows (the data part of the objective, no penalty). */
export function meanLoss(x: DenseMatrix, y: ArrayLike<number>, params: LinearParameters, loss: RowLoss): number {
  const z = linearOutputs(x, params);
  const k = params.outputs;
  const zi = new Float64Array(k);
  let s = 0;
  for (let i = 0; i < x.rows; i++) {
    for (let c = 0; c < k; c++) zi[c] = z[i * k + c]!;
    s += loss.row(zi, y[i]!);
  }
  return x.rows > 0 ? s / x.rows : Number.NaN;
}

export function zeroParameters(outputs: number, features: number): LinearParameters {
  return { weights: new Float64Array(outputs * features), intercepts: new Float64Array(outputs), outputs, features };
}
