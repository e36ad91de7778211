/**
 * The output layer and its loss, per block of rows. Pairs:
 *   identity + squared error        (regression)              loss ½(z − y)²,        ∂/∂z = z − y
 *   sigmoid  + cross-entropy        (binary, one output)      loss softplus(z) − y·z, ∂/∂z = σ(z) − y
 *   sigmoid  + squared error        (binary)                  loss ½(σ − y)²,        ∂/∂z = (σ − y)·σ(1 − σ)
 *   softmax  + cross-entropy        (K ≥ 3 classes)           loss logΣeᶻ − z_y,     ∂/∂z = p − onehot(y)
 *   softmax  + squared error        (K ≥ 3 classes)           loss ½‖p − t‖²,        ∂/∂zₖ = pₖ(eₖ − Σⱼ pⱼeⱼ)
 * Cross-entropy is taken in its stable form from z (never log σ), as the engine's losses.ts does,
 * so it is finite even for a saturated output.
 */
export type OutputActivation = 'identity' | 'sigmoid' | 'softmax';
export type LossKind = 'crossEntropy' | 'squared';
export const LOSSES: readonly LossKind[] = ['crossEntropy', 'squared'];

export interface Head {
  readonly activation: OutputActivation;
  readonly loss: LossKind;
  /** Output units: 1 for regression and binary classification, K for softmax. */
  readonly outputs: number;
  /** Binary decision cut on z: logit of the probability threshold (0 for 0.5). */
  readonly cut: number;
}

/**
 * Adds the block's summed loss to sums[0] and its correct predictions (classifiers) to sums[1]
 * when sums is given (a training step whose loss is not reported skips them: log1p per row is a
 * tenth of a small network's work); writes ∂loss/∂z (rows × outputs) into d when d is given.
 * y holds the block's targets.
 */
export function outputBlock(
  head: Head,
  z: Float64Array,
  rows: number,
  y: Float64Array,
  d: Float64Array | null,
  sums: Float64Array | null,
): void {
  if (head.activation === 'softmax') return softmaxBlock(head, z, rows, y, d, sums);
  let loss = 0;
  let correct = 0;
  const { cut } = head;
  if (head.activation === 'identity') {
    for (let r = 0; r < rows; r++) {
      const e = z[r]! - y[r]!;
      loss += 0.5 * e * e;
      if (d) d[r] = e;
    }
  } else {
    const squared = head.loss === 'squared';
    for (let r = 0; r < rows; r++) {
      const v = z[r]!;
      const t = y[r]!;
      const e = Math.exp(-Math.abs(v));
      const s = (v >= 0 ? 1 : e) / (1 + e);
      if (squared) {
        const err = s - t;
        loss += 0.5 * err * err;
        if (d) d[r] = err * s * (1 - s);
      } else {
        if (sums) loss += Math.max(v, 0) + Math.log1p(e) - t * v;
        if (d) d[r] = s - t;
      }
      if ((v >= cut ? 1 : 0) === t) correct++;
    }
  }
  if (!sums) return;
  sums[0] = sums[0]! + loss;
  sums[1] = sums[1]! + correct;
}

function softmaxBlock(head: Head, z: Float64Array, rows: number, y: Float64Array, d: Float64Array | null, sums: Float64Array | null): void {
  const k = head.outputs;
  const squared = head.loss === 'squared';
  let loss = 0;
  let correct = 0;
  for (let r = 0; r < rows; r++) {
    const o = r * k;
    const t = y[r]!;
    let best = 0;
    for (let c = 1; c < k; c++) if (z[o + c]! > z[o + best]!) best = c;
    if (best === t) correct++;
    const m = z[o + best]!;
    let s = 0;
    for (let c = 0; c < k; c++) s += Math.exp(z[o + c]! - m);
    const lse = m + Math.log(s);
    if (!squared) {
      loss += lse - z[o + t]!;
      if (d) for (let c = 0; c < k; c++) d[o + c] = Math.exp(z[o + c]! - lse) - (c === t ? 1 : 0);
      continue;
    }
    // ½‖p − t‖² and, through the softmax Jacobian, ∂/∂z_c = p_c·(e_c − Σ_j p_j·e_j).
    let half = 0;
    let pe = 0;
    for (let c = 0; c < k; c++) {
      const p = Math.exp(z[o + c]! - lse);
      const e = p - (c === t ? 1 : 0);
      half += e * e;
      pe += p * e;
    }
    loss += 0.5 * half;
    if (d)
      for (let c = 0; c < k; c++) {
        const p = Math.exp(z[o + c]! - lse);
        d[o + c] = p * (p - (c === t ? 1 : 0) - pe);
      }
  }
  if (!sums) return;
  sums[0] = sums[0]! + loss;
  sums[1] = sums[1]! + correct;
}

/**
 * The output layer's values for `rows` rows into out at row offset `at`: regression z (one column),
 * binary [1 − σ(z), σ(z)] (two columns), softmax probabilities (K columns).
 */
export function outputValues(head: Head, z: Float64Array, rows: number, out: Float64Array, at: number): void {
  if (head.activation === 'identity') {
    for (let r = 0; r < rows; r++) out[at + r] = z[r]!;
  } else if (head.activation === 'sigmoid') {
    for (let r = 0; r < rows; r++) {
      const v = z[r]!;
      const e = Math.exp(-Math.abs(v));
      const s = (v >= 0 ? 1 : e) / (1 + e);
      out[2 * (at + r)] = 1 - s;
      out[2 * (at + r) + 1] = s;
    }
  } else {
    const k = head.outputs;
    for (let r = 0; r < rows; r++) {
      const o = r * k;
      let m = -Infinity;
      for (let c = 0; c < k; c++) m = Math.max(m, z[o + c]!);
      let s = 0;
      for (let c = 0; c < k; c++) s += Math.exp(z[o + c]! - m);
      for (let c = 0; c < k; c++) out[(at + r) * k + c] = Math.exp(z[o + c]! - m) / s;
    }
  }
}
