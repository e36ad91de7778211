/**
 * What a fitted logistic model says about rows: class probabilities (sigmoid or softmax of the
 * linear outputs), predicted classes and their accuracy. Functions of the parameters alone, so
 * the estimator, the table pipeline and the reports share one code path.
 */
import type { DenseMatrix } from '../linalg';
import type { LinearParameters } from './linear';
import { linearOutputs } from './linear';
import { sigmoid, softmaxInto } from './losses';

export function probabilities(x: DenseMatrix, p: LinearParameters): Float64Array {
  const z = linearOutputs(x, p);
  const n = x.rows;
  if (p.outputs === 1) {
    const out = new Float64Array(n * 2);
    for (let i = 0; i < n; i++) {
      const s = sigmoid(z[i]!);
      out[2 * i] = 1 - s;
      out[2 * i + 1] = s;
    }
    return out;
  }
  const k = p.outputs;
  const out = new Float64Array(n * k);
  for (let i = 0; i < n; i++) softmaxInto(z.subarray(i * k, i * k + k), out, i * k);
  return out;
}

export function predictClasses(x: DenseMatrix, p: LinearParameters, threshold: number): Float64Array {
  const n = x.rows;
  if (p.outputs === 1) {
    // Binary: the same σ(z) ≥ threshold test as below, without the n×2 probability matrix.
    const z = linearOutputs(x, p);
    for (let i = 0; i < n; i++) z[i] = sigmoid(z[i]!) >= threshold ? 1 : 0;
    return z;
  }
  const proba = probabilities(x, p);
  const k = p.outputs;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (proba[i * k + c]! > proba[i * k + best]!) best = c;
    out[i] = best;
  }
  return out;
}

/** The share of rows whose predicted class equals the target. */
export function accuracyOf(y: ArrayLike<number>, pred: ArrayLike<number>): number {
  let ok = 0;
  for (let i = 0; i < y.length; i++) if (y[i] === pred[i]) ok++;
  return ok / y.length;
}
