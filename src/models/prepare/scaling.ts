/**
 * Feature scaling fitted on the training rows only (then applied unchanged to validation and new
 * data, so no information leaks from held-out rows):
 * - StandardScaler: z = (x − mean)/std with the population std (ddof 0), as scikit-learn's
 *   `StandardScaler`; constant columns get scale 1 (sklearn does the same).
 * - MinMaxScaler: (x − min)/(max − min) into [0, 1], as `MinMaxScaler`; constant columns scale 1.
 */
import type { DenseMatrix } from '../../linalg';
import { matrix } from '../../linalg';

export type ScalingKind = 'standard' | 'minmax' | 'none';

/** A fitted scaler as plain data: x' = (x − offset) / scale, per column. */
export interface ScalerJSON {
  readonly kind: ScalingKind;
  readonly offset: number[];
  readonly scale: number[];
}

abstract class Scaler {
  abstract readonly kind: ScalingKind;
  offset: Float64Array | undefined;
  scale: Float64Array | undefined;

  get mean(): Float64Array | undefined {
    return this.offset;
  }

  abstract fit(x: DenseMatrix): this;

  transform(x: DenseMatrix): DenseMatrix {
    return applyScaling(x, this.toJSON());
  }

  fitTransform(x: DenseMatrix): DenseMatrix {
    return this.fit(x).transform(x);
  }

  toJSON(): ScalerJSON {
    if (!this.offset || !this.scale) throw new Error(`${this.kind} scaler is not fitted`);
    return { kind: this.kind, offset: Array.from(this.offset), scale: Array.from(this.scale) };
  }
}

export class StandardScaler extends Scaler {
  readonly kind = 'standard';

  fit(x: DenseMatrix): this {
    const { rows: n, cols: p, data } = x;
    const mean = new Float64Array(p);
    const m2 = new Float64Array(p);
    // Welford's update: one pass, no cancellation from Σx² − n·mean².
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < p; j++) {
        const v = data[i * p + j]!;
        const d = v - mean[j]!;
        mean[j]! += d / (i + 1);
        m2[j]! += d * (v - mean[j]!);
      }
    }
    const scale = new Float64Array(p);
    for (let j = 0; j < p; j++) {
      const sd = Math.sqrt(m2[j]! / n);
      scale[j] = sd > 0 ? sd : 1;
    }
    this.offset = mean;
    this.scale = scale;
    return this;
  }
}

export class MinMaxScaler extends Scaler {
  readonly kind = 'minmax';

  fit(x: DenseMatrix): this {
    const { rows: n, cols: p, data } = x;
    const lo = new Float64Array(p).fill(Infinity);
    const hi = new Float64Array(p).fill(-Infinity);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < p; j++) {
        const v = data[i * p + j]!;
        if (v < lo[j]!) lo[j] = v;
        if (v > hi[j]!) hi[j] = v;
      }
    }
    const scale = new Float64Array(p);
    for (let j = 0; j < p; j++) scale[j] = hi[j]! > lo[j]! ? hi[j]! - lo[j]! : 1;
    this.offset = lo;
    this.scale = scale;
    return this;
  }
}

export function makeScaler(kind: 'standard' | 'minmax'): StandardScaler | MinMaxScaler {
  return kind === 'standard' ? new StandardScaler() : new MinMaxScaler();
}

/** Applies a saved scaler to new rows. */
export function applyScaling(x: DenseMatrix, s: ScalerJSON): DenseMatrix {
  if (s.kind === 'none') return x;
  const { rows: n, cols: p, data } = x;
  if (s.offset.length !== p) throw new RangeError(`scaler fitted on ${s.offset.length} columns, got ${p}`);
  const out = new Float64Array(n * p);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) out[i * p + j] = (data[i * p + j]! - s.offset[j]!) / s.scale[j]!;
  return matrix(n, p, out);
}

/**
 * Maps coefficients fitted on scaled features back to original units:
 * w·(x − o)/s + b = (w/s)·x + (b − Σ w·o/s).
 */
export function unscaleCoefficients(
  weights: ArrayLike<number>,
  intercept: number,
  s: ScalerJSON,
): { weights: number[]; intercept: number } {
  const w: number[] = [];
  let b = intercept;
  for (let j = 0; j < weights.length; j++) {
    const v = weights[j]! / s.scale[j]!;
    w.push(v);
    b -= v * s.offset[j]!;
  }
  return { weights: w, intercept: b };
}
