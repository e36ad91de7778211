/**
 * Per-block centring for the Pearson accumulator (correlation.ts): each column's deviations from
 * its shift over a block of rows, 0 on unusable rows ("holes": missing or non-finite), with the
 * block's count, sums and extremes. With caller-given shifts (acc.onePass), deviations are taken
 * from the shift in one pass, unless the block's mean is far from it ((Σe)²/n > 64·M2): the later
 * central sums M2 = Σd² − (Σd)²/n, C = Σdx·dy − Σdx·Σdy/n then lose at most 6 bits. Otherwise
 * the block is centred about its own mean in a second pass (the classic two-pass algorithm).
 */
import type { CorrelationAccumulator } from './correlation';

/** Rows per block: the p deviation columns of a block stay in cache for the Gram pass. */
export const BLOCK = 2048;

/** Reusable per-block buffers: deviations, usability, holes and sums of each column. */
export class BlockCentring {
  readonly dev: Float64Array[];
  readonly usable: Uint8Array[];
  readonly holes: Int32Array[];
  readonly holeCount: Int32Array;
  readonly n: Float64Array;
  /** What the deviations are taken about, relative to the column's shift (0, or the block mean); Σ deviations; Σ deviations². */
  readonly mean: Float64Array;
  /** 1 when column j's deviations are about its block mean (second pass), 0 when about its shift. */
  readonly centred: Uint8Array;
  readonly sum: Float64Array;
  readonly m2: Float64Array;
  private readonly out = { usable: 0, sum: 0, sumSquares: 0 };

  constructor(p: number) {
    this.dev = Array.from({ length: p }, () => new Float64Array(BLOCK));
    this.usable = Array.from({ length: p }, () => new Uint8Array(BLOCK));
    this.holes = Array.from({ length: p }, () => new Int32Array(BLOCK));
    this.holeCount = new Int32Array(p);
    this.n = new Float64Array(p);
    this.mean = new Float64Array(p);
    this.centred = new Uint8Array(p);
    this.sum = new Float64Array(p);
    this.m2 = new Float64Array(p);
  }

  /** Deviations of column j's rows [blockStart, blockStart + len) from its shift, or from their mean when the shift is far from it. */
  centre(
    acc: CorrelationAccumulator,
    j: number,
    values: ArrayLike<number>,
    missing: Uint8Array | undefined,
    blockStart: number,
    len: number,
  ): void {
    // (The arrays, not the column object: columns of one table can differ in hidden class, and
    // a call with a new one would throw this hot function back to the interpreter.)
    const w = this.usable[j] as Uint8Array;
    const holes = this.holes[j] as Int32Array;
    const d = this.dev[j] as Float64Array;
    let holeCount = 0;
    let count = 0;
    let s = 0;
    let shift = acc.shift[j] as number;
    let shiftSet = acc.shiftSet[j] === 1;
    let lo = acc.min[j] as number;
    let hi = acc.max[j] as number;
    // Pass 1: e = x − shift on usable rows (0 on holes), their count, Σe and Σe².
    let s2 = 0;
    w.fill(1, 0, len);
    for (let i = 0; i < len; i++) {
      const x = values[blockStart + i] as number;
      if ((missing !== undefined && missing[blockStart + i] === 1) || !Number.isFinite(x)) {
        w[i] = 0;
        d[i] = 0;
        holes[holeCount++] = i;
        continue;
      }
      if (!shiftSet) {
        shift = x;
        shiftSet = true;
        acc.shift[j] = x;
        acc.shiftSet[j] = 1;
      }
      const e = x - shift;
      d[i] = e;
      count++;
      s += e;
      s2 += e * e;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    acc.min[j] = lo;
    acc.max[j] = hi;
    this.holeCount[j] = holeCount;
    this.n[j] = count;
    const mean = count > 0 ? s / count : 0;
    const offset = s * mean; // (Σe)²/n
    if (acc.onePass && !(offset > 64 * (s2 - offset))) {
      // The shift is close to the block mean: keep the shifted deviations.
      this.mean[j] = 0;
      this.centred[j] = 0;
      this.sum[j] = s;
      this.m2[j] = s2;
      return;
    }
    // Pass 2: about the block mean, in place (holes stay 0).
    let sum = 0;
    let m2 = 0;
    for (let i = 0; i < len; i++) {
      if (w[i] === 0) continue;
      const e = (d[i] as number) - mean;
      d[i] = e;
      sum += e;
      m2 += e * e;
    }
    this.mean[j] = mean;
    this.centred[j] = 1;
    this.sum[j] = sum;
    this.m2[j] = m2;
  }

  /** Over the holes of column k: how many rows of column j are usable there, Σ d_j and Σ d_j². */
  holeSums(j: number, k: number): { usable: number; sum: number; sumSquares: number } {
    const d = this.dev[j] as Float64Array;
    const w = this.usable[j] as Uint8Array;
    const holes = this.holes[k] as Int32Array;
    const count = this.holeCount[k] as number;
    let usable = 0;
    let sum = 0;
    let sumSquares = 0;
    for (let h = 0; h < count; h++) {
      const i = holes[h] as number;
      const e = d[i] as number;
      usable += w[i] as number;
      sum += e;
      sumSquares += e * e;
    }
    this.out.usable = usable;
    this.out.sum = sum;
    this.out.sumSquares = sumSquares;
    return this.out;
  }
}
