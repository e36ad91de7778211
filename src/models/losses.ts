/**
 * Per-row losses of a linear model with K outputs z = W·x + b, each returning the loss and writing
 * ∂loss/∂z. The gradient-descent engine and the metrics share them, so the loss that is optimised
 * is exactly the one that is reported. Log-losses use stable forms (never log(σ(z)) directly):
 *   log(1 + eᶻ) = max(z, 0) + log1p(e^(−|z|)),  log Σ eᶻᵏ = m + log Σ e^(zₖ − m), m = max zₖ.
 * The weight penalty R(W) and the proximal map of its l1 form sit here too, for the same reason:
 * descent, the logistic solvers and the reports add the one same penalty to these losses.
 */

export interface RowLoss {
  /** Number of linear outputs (1 for regression and binary logistic, K for softmax). */
  readonly outputs: number;
  /** Loss of one row given its outputs z; writes ∂loss/∂z into dz when given. */
  row(z: Float64Array, target: number, dz?: Float64Array): number;
}

/** ½(z − y)²: gradient z − y, as the course's Neuron (err = ŷ − y, w ← w − η·x·err). */
export const squaredLoss: RowLoss = {
  outputs: 1,
  row(z, y, dz) {
    const e = z[0]! - y;
    if (dz) dz[0] = e;
    return 0.5 * e * e;
  },
};

/** log(1 + eᶻ), stable for large |z|. */
export function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/** σ(z) = 1 / (1 + e^(−z)) without overflow. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Binary cross-entropy with y ∈ {0, 1}: −y·log σ(z) − (1 − y)·log(1 − σ(z)) = softplus(z) − y·z. */
export const logisticLoss: RowLoss = {
  outputs: 1,
  row(z, y, dz) {
    const v = z[0]!;
    // One exp serves both: e = e^(−|v|), σ(v) = 1/(1+e) or e/(1+e), softplus(v) = max(v,0) + log1p(e).
    const e = Math.exp(-Math.abs(v));
    if (dz) dz[0] = (v >= 0 ? 1 : e) / (1 + e) - y;
    return Math.max(v, 0) + Math.log1p(e) - y * v;
  },
};

/** Softmax cross-entropy with y ∈ {0, …, K−1}: logΣeᶻ − z_y; gradient softmax(z) − onehot(y). */
export function softmaxLoss(classes: number): RowLoss {
  return {
    outputs: classes,
    row(z, y, dz) {
      let m = -Infinity;
      for (let k = 0; k < classes; k++) m = Math.max(m, z[k]!);
      let s = 0;
      for (let k = 0; k < classes; k++) s += Math.exp(z[k]! - m);
      const lse = m + Math.log(s);
      if (dz) for (let k = 0; k < classes; k++) dz[k] = Math.exp(z[k]! - lse) - (k === y ? 1 : 0);
      return lse - z[y]!;
    },
  };
}

/** Row-wise softmax probabilities into out (stable). */
export function softmaxInto(z: Float64Array, out: Float64Array, offset = 0): void {
  const k = z.length;
  let m = -Infinity;
  for (let c = 0; c < k; c++) m = Math.max(m, z[c]!);
  let s = 0;
  for (let c = 0; c < k; c++) s += Math.exp(z[c]! - m);
  for (let c = 0; c < k; c++) out[offset + c] = Math.exp(z[c]! - m) / s;
}

/** Soft-thresholding, the proximal map of t·|v|: sign(v)·max(|v| − t, 0), with an exact +0 (never −0). */
export function softThreshold(v: number, t: number): number {
  return v > t ? v - t : v < -t ? v + t : 0;
}

/** λ·½‖W‖² (l2), λ·‖W‖₁ (l1) or 0: the penalty of the mean-form objectives (intercepts are not penalised). */
export function weightPenalty(weights: Float64Array, penalty: 'none' | 'l1' | 'l2', lambda: number): number {
  if (penalty === 'none' || lambda === 0) return 0;
  let s = 0;
  for (const w of weights) s += penalty === 'l1' ? Math.abs(w) : 0.5 * w * w;
  return lambda * s;
}
