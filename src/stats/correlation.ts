/**
 * Pairwise-complete Pearson correlation with mergeable co-moments.
 *
 * For every pair (j, k) the accumulator keeps, over the rows where both values are finite and
 * not missing: n, the two means (relative to per-column shifts, see moments.ts), the two M2 and
 * the co-moment C = Σ (x − x̄)(y − ȳ). Chunks combine with Chan et al.'s update
 * (C = Ca + Cb + δx·δy·na·nb/n; Pébay 2008 eq. 3.1), so the work can be split over chunks or
 * workers. Inside a chunk we go block by block: per column the deviations d = x − shift are taken
 * once (0 on unusable rows); one blocked Gram pass (gram.ts) then gives every pair's Σ dx·dy at
 * once. Each pair's common-row sums are the column's sums minus the few terms on the other
 * column's unusable rows ("holes"), and its central sums follow from the shifted ones:
 * M2 = Σd² − (Σd)²/n, C = Σdx·dy − Σdx·Σdy/n.
 *
 * Accuracy: those differences cancel when the shift is far from the block's mean. The caller can
 * give good shifts (describeTable passes sampled means) and save a pass: blocks then keep their
 * deviations from the shift unless (Σd)²/n exceeds 64 × their M2 (at most 6 bits lost). Without
 * given shifts (the shift is the column's first value), every block is centred about its own mean
 * in a second pass (the classic two-pass algorithm), bit for bit as before shifts could be given.
 * r = C / √(M2x·M2y), null when n < 2 or a variance is 0 (numpy/scipy give NaN).
 */
import { FitplotError } from '../table/errors';
import { BLOCK, BlockCentring } from './blockCentring';
import { gramUpper } from './gram';

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
  /**
   * Whether the caller gave the shifts (createCorrelation): only then may a block keep its
   * deviations from the shift (one pass). Otherwise every block is centred about its own mean,
   * as before shifts could be given, so those results stay the same to the last bit.
   */
  readonly onePass: boolean;
  /**
   * Smallest and largest usable value of each column (±Infinity while none): the pass reads
   * every value anyway, and describeTable needs the extents before binning (binnedColumn.ts).
   */
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly n: Float64Array;
  readonly meanX: Float64Array;
  readonly meanY: Float64Array;
  readonly m2x: Float64Array;
  readonly m2y: Float64Array;
  readonly cxy: Float64Array;
}

/**
 * An empty accumulator over p columns. `shifts` (optional, one per column): values near each
 * column's mean, e.g. from a previous moments pass; they make a second centring pass unneeded.
 */
export function createCorrelation(p: number, shifts?: ArrayLike<number>): CorrelationAccumulator {
  const pp = p * p;
  const shift = new Float64Array(p);
  const shiftSet = new Uint8Array(p);
  for (let j = 0; shifts !== undefined && j < p; j++) {
    const s = shifts[j] as number;
    if (Number.isFinite(s)) {
      shift[j] = s;
      shiftSet[j] = 1;
    }
  }
  return {
    p,
    shift,
    shiftSet,
    onePass: shifts !== undefined,
    min: new Float64Array(p).fill(Infinity),
    max: new Float64Array(p).fill(-Infinity),
    n: new Float64Array(pp),
    meanX: new Float64Array(pp),
    meanY: new Float64Array(pp),
    m2x: new Float64Array(pp),
    m2y: new Float64Array(pp),
    cxy: new Float64Array(pp),
  };
}

/** Folds one partial pair (nb, means relative to shifts sx, sy, M2s, C) into pair index q of acc. */
function combinePair(
  acc: CorrelationAccumulator,
  q: number,
  dsx: number,
  dsy: number,
  nb: number,
  mx: number,
  my: number,
  m2x: number,
  m2y: number,
  c: number,
): void {
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
export function accumulateCorrelation(
  acc: CorrelationAccumulator,
  columns: readonly NumericInput[],
  start = 0,
  end = columns[0]?.values.length ?? 0,
): CorrelationAccumulator {
  const p = acc.p;
  if (columns.length !== p)
    throw new FitplotError({ code: 'INTERNAL', message: `Correlation accumulator made for ${p} columns was given ${columns.length}.` });
  // Per column and block: deviations from the block mean (0 on unusable rows), 0/1 usability,
  // and the list of unusable rows ("holes": missing or non-finite, 2 % of rows in typical files).
  const block = new BlockCentring(p);
  const values = columns.map((c) => c.values);
  const missing = columns.map((c) => c.missing);
  const gram = new Float64Array(p * p);
  for (let blockStart = start; blockStart < end; blockStart += BLOCK) {
    const len = Math.min(end, blockStart + BLOCK) - blockStart;
    for (let j = 0; j < p; j++) block.centre(acc, j, values[j] as ArrayLike<number>, missing[j], blockStart, len);
    // Σ d_j·d_k over the block for every pair at once: d is 0 on a column's own holes, so a
    // product is 0 unless both values are usable.
    gramUpper(block.dev, len, gram);
    for (let j = 0; j < p; j++) {
      for (let k = j; k < p; k++) {
        // The pair's common rows are column j's usable rows minus those among k's holes (and vice
        // versa), so its sums are column j's minus the few terms on k's holes.
        let nb = block.n[j] as number;
        let sx = block.sum[j] as number;
        let sxx = block.m2[j] as number;
        if (k !== j && block.holeCount[k] !== 0) {
          const x = block.holeSums(j, k);
          nb -= x.usable;
          sx -= x.sum;
          sxx -= x.sumSquares;
        }
        if (nb === 0) continue;
        let sy = block.sum[k] as number;
        let syy = block.m2[k] as number;
        if (k !== j && block.holeCount[j] !== 0) {
          const y = block.holeSums(k, j);
          sy -= y.sum;
          syy -= y.sumSquares;
        }
        const q = j * p + k;
        if (block.holeCount[j] === 0 && block.holeCount[k] === 0 && block.centred[j] === 1 && block.centred[k] === 1) {
          // Both centred about their block means, no holes: the sums are the central ones.
          combinePair(acc, q, 0, 0, nb, block.mean[j] as number, block.mean[k] as number, sxx, syy, gram[q] as number);
          continue;
        }
        // Central sums from the shifted ones (see the top comment for why this keeps the digits).
        const ax = sx / nb;
        const ay = sy / nb;
        combinePair(
          acc,
          q,
          0,
          0,
          nb,
          (block.mean[j] as number) + ax,
          (block.mean[k] as number) + ay,
          Math.max(0, sxx - sx * ax),
          Math.max(0, syy - sy * ay),
          (gram[q] as number) - sx * ay,
        );
      }
    }
  }
  return acc;
}

/** Combines two accumulators over the same columns (neither is modified). */
export function mergeCorrelation(a: CorrelationAccumulator, b: CorrelationAccumulator): CorrelationAccumulator {
  if (a.p !== b.p)
    throw new FitplotError({ code: 'INTERNAL', message: `Cannot merge correlation accumulators over ${a.p} and ${b.p} columns.` });
  const p = a.p;
  const out = createCorrelation(p);
  for (const key of ['shift', 'shiftSet', 'n', 'meanX', 'meanY', 'm2x', 'm2y', 'cxy'] as const) out[key].set(a[key]);
  for (let j = 0; j < p; j++) {
    out.min[j] = Math.min(a.min[j] as number, b.min[j] as number);
    out.max[j] = Math.max(a.max[j] as number, b.max[j] as number);
  }
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
      combinePair(
        out,
        q,
        dsx,
        dsy,
        b.n[q] as number,
        b.meanX[q] as number,
        b.meanY[q] as number,
        b.m2x[q] as number,
        b.m2y[q] as number,
        b.cxy[q] as number,
      );
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

/** Pearson correlation matrix of the columns, pairwise-complete; `shifts` as in createCorrelation. */
export function pearsonMatrix(columns: readonly NumericInput[], shifts?: ArrayLike<number>): CorrelationMatrix {
  return pearsonFromAccumulator(accumulateCorrelation(createCorrelation(columns.length, shifts), columns));
}

/**
 * A cheap shift for a column (createCorrelation): the mean of the usable values in 32 runs of 256
 * rows spread over it (runs, not a stride, so that the reads stay cache-friendly). Any value
 * works; one near the mean saves the second centring pass (see the top comment).
 */
export function sampledMean(column: NumericInput): number {
  const { values, missing } = column;
  const length = values.length;
  const runs = 32;
  const run = 256;
  let sum = 0;
  let n = 0;
  for (let r = 0; r < runs; r++) {
    const from = Math.floor((r * Math.max(0, length - run)) / (runs - 1));
    const to = Math.min(length, from + run);
    for (let i = from; i < to; i++) {
      const x = values[i] as number;
      if (Number.isFinite(x) && (missing === undefined || missing[i] !== 1)) {
        sum += x;
        n++;
      }
    }
  }
  return n > 0 ? sum / n : NaN;
}
