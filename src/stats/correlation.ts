/**
 * Pairwise-complete Pearson correlation with mergeable co-moments.
 *
 * For every pair (j, k) the accumulator keeps, over the rows where both values are finite and
 * not missing: n, the two means (relative to per-column shifts, see moments.ts), the two M2 and
 * the co-moment C = Σ (x − x̄)(y − ȳ). Chunks combine with Chan et al.'s update
 * (C = Ca + Cb + δx·δy·na·nb/n; Pébay 2008 eq. 3.1), so the work can be split over chunks or
 * workers. Inside a chunk we go block by block: per column the block mean and deviations are
 * computed once (two-pass); a pair whose two columns are complete in the block is then a dot
 * product of deviations, other pairs re-centre those deviations on their common rows.
 * r = C / √(M2x·M2y), null when n < 2 or a variance is 0 (numpy/scipy give NaN).
 */
import { FitplotError } from '../table/errors';

export interface NumericInput {
  readonly values: ArrayLike<number>;
  readonly missing?: Uint8Array;
}

export interface CorrelationAccumulator {
  /** Number of columns p; pair arrays are p×p, row-major, filled for j ≤ k. */
  readonly p: number;
  readonly shift: Float64Array;
  /** Whether shift[j] has been set (first finite value of column j). */
  readonly shiftSet: Uint8Array;
  readonly n: Float64Array;
  readonly meanX: Float64Array;
  readonly meanY: Float64Array;
  readonly m2x: Float64Array;
  readonly m2y: Float64Array;
  readonly cxy: Float64Array;
}

export function createCorrelation(p: number): CorrelationAccumulator {
  const pp = p * p;
  return {
    p,
    shift: new Float64Array(p),
    shiftSet: new Uint8Array(p),
    n: new Float64Array(pp),
    meanX: new Float64Array(pp),
    meanY: new Float64Array(pp),
    m2x: new Float64Array(pp),
    m2y: new Float64Array(pp),
    cxy: new Float64Array(pp),
  };
}

const BLOCK = 2048;

/** Folds one partial pair (nb, means relative to shifts sx, sy, M2s, C) into pair index q of acc. */
function combinePair(acc: CorrelationAccumulator, q: number, dsx: number, dsy: number, nb: number, mx: number, my: number, m2x: number, m2y: number, c: number): void {
  if (nb === 0) return;
  const na = acc.n[q] as number;
  if (na === 0) {
    acc.n[q] = nb;
    acc.meanX[q] = mx + dsx;
    acc.meanY[q] = my + dsy;
    acc.m2x[q] = m2x;
    acc.m2y[q] = m2y;
    acc.cxy[q] = c;
    return;
  }
  const n = na + nb;
  // dsx/dsy: the partial's shifts minus the accumulator's (0 when they share shifts).
  const dx = dsx + (mx - (acc.meanX[q] as number));
  const dy = dsy + (my - (acc.meanY[q] as number));
  const f = (na * nb) / n;
  acc.m2x[q] = (acc.m2x[q] as number) + m2x + dx * dx * f;
  acc.m2y[q] = (acc.m2y[q] as number) + m2y + dy * dy * f;
  acc.cxy[q] = (acc.cxy[q] as number) + c + dx * dy * f;
  acc.meanX[q] = (acc.meanX[q] as number) + (dx * nb) / n;
  acc.meanY[q] = (acc.meanY[q] as number) + (dy * nb) / n;
  acc.n[q] = n;
}

/** Adds rows [start, end) of the columns (same length, same order as created) to acc in place. */
export function accumulateCorrelation(acc: CorrelationAccumulator, columns: readonly NumericInput[], start = 0, end = columns[0]?.values.length ?? 0): CorrelationAccumulator {
  const p = acc.p;
  if (columns.length !== p) throw new FitplotError({ code: 'INTERNAL', message: `Correlation accumulator made for ${p} columns was given ${columns.length}.` });
  // Per column and block: deviations from the block mean (0 on unusable rows) and 0/1 weights.
  const dev = columns.map(() => new Float64Array(BLOCK));
  const weight = columns.map(() => new Float64Array(BLOCK));
  const colN = new Float64Array(p);
  const colMean = new Float64Array(p);
  const colM2 = new Float64Array(p);
  for (let blockStart = start; blockStart < end; blockStart += BLOCK) {
    const len = Math.min(end, blockStart + BLOCK) - blockStart;
    for (let j = 0; j < p; j++) centreBlock(acc, j, columns[j] as NumericInput, blockStart, len, dev[j] as Float64Array, weight[j] as Float64Array, colN, colMean, colM2);
    for (let j = 0; j < p; j++) {
      const dj = dev[j] as Float64Array;
      const wj = weight[j] as Float64Array;
      for (let k = j; k < p; k++) {
        const dk = dev[k] as Float64Array;
        const q = j * p + k;
        if (colN[j] === len && colN[k] === len) {
          let c = 0;
          for (let i = 0; i < len; i++) c += (dj[i] as number) * (dk[i] as number);
          combinePair(acc, q, 0, 0, len, colMean[j] as number, colMean[k] as number, colM2[j] as number, colM2[k] as number, c);
          continue;
        }
        // Rows where both are usable, branch-free: d is 0 on a column's own unusable rows, and the
        // other column's weight removes the rest. Re-centre on the pair's rows: the shift ax is
        // at most about the spread, so the corrections below lose no significant digits.
        const wk = weight[k] as Float64Array;
        let nb = 0;
        let sx = 0;
        let sy = 0;
        let sxx = 0;
        let syy = 0;
        let sxy = 0;
        for (let i = 0; i < len; i++) {
          const x = dj[i] as number;
          const y = dk[i] as number;
          const a = wk[i] as number;
          const b = wj[i] as number;
          nb += a * b;
          sx += x * a;
          sy += y * b;
          sxx += x * x * a;
          syy += y * y * b;
          sxy += x * y;
        }
        if (nb === 0) continue;
        const ax = sx / nb;
        const ay = sy / nb;
        combinePair(acc, q, 0, 0, nb, (colMean[j] as number) + ax, (colMean[k] as number) + ay, Math.max(0, sxx - sx * ax), Math.max(0, syy - sy * ay), sxy - sx * ay);
      }
    }
  }
  return acc;
}

/** Block mean (relative to the column's shift), deviations, weights and M2 of column j. */
function centreBlock(
  acc: CorrelationAccumulator,
  j: number,
  column: NumericInput,
  blockStart: number,
  len: number,
  d: Float64Array,
  w: Float64Array,
  colN: Float64Array,
  colMean: Float64Array,
  colM2: Float64Array,
): void {
  const { values, missing } = column;
  let count = 0;
  let s = 0;
  for (let i = 0; i < len; i++) {
    const x = values[blockStart + i] as number;
    const ok = (missing === undefined || missing[blockStart + i] !== 1) && Number.isFinite(x);
    w[i] = ok ? 1 : 0;
    if (!ok) continue;
    if (acc.shiftSet[j] === 0) {
      acc.shift[j] = x;
      acc.shiftSet[j] = 1;
    }
    count++;
    s += x - (acc.shift[j] as number);
  }
  const mean = count > 0 ? s / count : 0;
  const shift = acc.shift[j] as number;
  let m2 = 0;
  for (let i = 0; i < len; i++) {
    const e = w[i] === 1 ? (values[blockStart + i] as number) - shift - mean : 0;
    d[i] = e;
    m2 += e * e;
  }
  colN[j] = count;
  colMean[j] = mean;
  colM2[j] = m2;
}

/** Combines two accumulators over the same columns (neither is modified). */
export function mergeCorrelation(a: CorrelationAccumulator, b: CorrelationAccumulator): CorrelationAccumulator {
  if (a.p !== b.p) throw new FitplotError({ code: 'INTERNAL', message: `Cannot merge correlation accumulators over ${a.p} and ${b.p} columns.` });
  const p = a.p;
  const out = createCorrelation(p);
  for (const key of ['shift', 'shiftSet', 'n', 'meanX', 'meanY', 'm2x', 'm2y', 'cxy'] as const) out[key].set(a[key]);
  for (let j = 0; j < p; j++) {
    if (out.shiftSet[j] === 0 && b.shiftSet[j] === 1) {
      out.shift[j] = b.shift[j] as number;
      out.shiftSet[j] = 1;
    }
  }
  for (let j = 0; j < p; j++) {
    for (let k = j; k < p; k++) {
      const q = j * p + k;
      const dsx = (b.shift[j] as number) - (out.shift[j] as number);
      const dsy = (b.shift[k] as number) - (out.shift[k] as number);
      combinePair(out, q, dsx, dsy, b.n[q] as number, b.meanX[q] as number, b.meanY[q] as number, b.m2x[q] as number, b.m2y[q] as number, b.cxy[q] as number);
    }
  }
  return out;
}

export interface CorrelationMatrix {
  /** r[j][k]; null where undefined (fewer than 2 common rows, or zero variance). */
  pearson: (number | null)[][];
  /** Rows used by each pair (pairwise-complete). */
  n: number[][];
}

export function pearsonFromAccumulator(acc: CorrelationAccumulator): CorrelationMatrix {
  const p = acc.p;
  const pearson: (number | null)[][] = [];
  const n: number[][] = [];
  for (let j = 0; j < p; j++) {
    pearson.push(new Array<number | null>(p).fill(null));
    n.push(new Array<number>(p).fill(0));
  }
  for (let j = 0; j < p; j++) {
    for (let k = j; k < p; k++) {
      const q = j * p + k;
      const count = acc.n[q] as number;
      const denom = Math.sqrt((acc.m2x[q] as number) * (acc.m2y[q] as number));
      // Clamp: rounding can push |r| a hair above 1. Overflowing co-moments (values near
      // ±1.8e308) give no finite ratio: null.
      const ratio = (acc.cxy[q] as number) / denom;
      const r = count >= 2 && denom > 0 && Number.isFinite(ratio) ? Math.max(-1, Math.min(1, ratio)) : null;
      (pearson[j] as (number | null)[])[k] = r;
      (pearson[k] as (number | null)[])[j] = r;
      (n[j] as number[])[k] = count;
      (n[k] as number[])[j] = count;
    }
  }
  return { pearson, n };
}

/** Pearson correlation matrix of the columns, pairwise-complete. */
export function pearsonMatrix(columns: readonly NumericInput[]): CorrelationMatrix {
  return pearsonFromAccumulator(accumulateCorrelation(createCorrelation(columns.length), columns));
}
