/**
 * Parameters of a linear model with K outputs: z = W·x + b, W row-major K×p. Shared by every
 * estimator so prediction, losses and serialisation have one code path.
 */
import type { CrossProducts, DenseMatrix } from '../linalg';
import { columnMeans, crossProducts } from '../linalg';
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

/**
 * Mean row loss and the main metric in one pass, without allocating per-row outputs (curves are
 * recorded every epoch, so this runs as often as the gradient pass). Metric: 'r2' for squared loss
 * (1 − SSE/SST with SSE = 2·Σ½e²), 'accuracy' for classifiers (binary: σ(z) ≥ threshold ⇔
 * z ≥ logit(threshold); softmax: the arg-max class).
 */
export function lossAndMetric(
  x: DenseMatrix,
  y: ArrayLike<number>,
  params: LinearParameters,
  loss: RowLoss,
  metric: 'r2' | 'accuracy',
  threshold = 0.5,
): { loss: number; metric: number } {
  const { rows: n, cols: p, data } = x;
  const { weights: w, intercepts: b, outputs: k } = params;
  const z = new Float64Array(k);
  const cut = Math.log(threshold / (1 - threshold));
  let sum = 0;
  let correct = 0;
  let yMean = 0;
  for (let i = 0; i < n; i++) {
    const off = i * p;
    for (let c = 0; c < k; c++) {
      let v = b[c]!;
      const wo = c * p;
      for (let j = 0; j < p; j++) v += data[off + j]! * w[wo + j]!;
      z[c] = v;
    }
    const yi = y[i]!;
    sum += loss.row(z, yi);
    if (metric === 'accuracy') {
      let predicted = 0;
      if (k === 1) predicted = z[0]! >= cut ? 1 : 0;
      else for (let c = 1; c < k; c++) if (z[c]! > z[predicted]!) predicted = c;
      if (predicted === yi) correct++;
    } else {
      yMean += yi;
    }
  }
  if (metric === 'accuracy') return { loss: sum / n, metric: correct / n };
  yMean /= n;
  let sst = 0;
  for (let i = 0; i < n; i++) sst += (y[i]! - yMean) ** 2;
  return { loss: sum / n, metric: sst > 0 ? 1 - (2 * sum) / sst : Number.NaN };
}

/**
 * The normal equations of the centred data (OLS by Cholesky, ridge): XᵀX and Xᵀy about the column
 * means (so the intercept is not penalised and the Gram matrix is better conditioned), and the means
 * themselves to recover the intercept b = ȳ − x̄·w. Without an intercept nothing is centred.
 */
export function centredCrossProducts(
  x: DenseMatrix,
  y: ArrayLike<number>,
  fitIntercept: boolean,
): { cp: CrossProducts; meanX: Float64Array; meanY: number } {
  const { rows: n, cols: p } = x;
  const meanX = fitIntercept ? columnMeans(x) : new Float64Array(p);
  let meanY = 0;
  if (fitIntercept) {
    for (let i = 0; i < n; i++) meanY += y[i]!;
    meanY /= n;
  }
  return { cp: crossProducts(x, y, meanX, meanY), meanX, meanY };
}

/** b = ȳ − x̄·w: the intercept of a fit on centred data. */
export function interceptFromMeans(meanX: Float64Array, meanY: number, w: ArrayLike<number>): number {
  let b = meanY;
  for (let j = 0; j < meanX.length; j++) b -= meanX[j]! * w[j]!;
  return b;
}
