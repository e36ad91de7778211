/**
 * Mergeable central moments (count, mean, M2, M3, M4), min, max and a compensated sum.
 *
 * Why this shape:
 * - Per-chunk partial results combine exactly with the pairwise update of Chan, Golub & LeVeque
 *   (1979) extended to M3/M4 by Pébay (2008, "Formulas for robust, one-pass parallel computation
 *   of covariances and arbitrary-order statistical moments", Sandia SAND2008-6212, eq. 2.1–2.2).
 * - Values are accumulated relative to a `shift` (the first finite value seen). Data like 1e9 + x
 *   then loses no digits: x − shift is exact for nearby floats (Sterbenz), so the moments are
 *   computed at the scale of the spread, not of the offset.
 * - Inside a chunk we work in blocks: a two-pass (mean, then central powers) per block, merged
 *   into the running total with Pébay's formulas. That is as accurate as the two-pass algorithm
 *   and needs no per-value division.
 * - The plain sum uses Neumaier's compensated summation (Neumaier 1974), also mergeable.
 *
 * Non-finite values: cells flagged in `missing` are counted as missing; NaN and ±Infinity in
 * non-missing cells are counted separately and excluded from every moment.
 */

export interface MomentAccumulator {
  /** Finite, non-missing values accumulated. */
  n: number;
  /** Reference value subtracted from every value (first finite value seen; 0 while n = 0). */
  shift: number;
  /** Mean of (x − shift). */
  mean: number;
  /** Σ (x − mean)^k for k = 2, 3, 4. */
  m2: number;
  m3: number;
  m4: number;
  min: number;
  max: number;
  /** Neumaier sum of x and its running compensation. */
  sum: number;
  sumCompensation: number;
  missing: number;
  nan: number;
  posInf: number;
  negInf: number;
}

export function createMoments(): MomentAccumulator {
  return {
    n: 0,
    shift: 0,
    mean: 0,
    m2: 0,
    m3: 0,
    m4: 0,
    min: Infinity,
    max: -Infinity,
    sum: 0,
    sumCompensation: 0,
    missing: 0,
    nan: 0,
    posInf: 0,
    negInf: 0,
  };
}

const BLOCK = 1024;
/** Where a block's finite values go when the caller does not want them (pass 2 reads them there). */
const blockScratch = new Float64Array(BLOCK);

/**
 * Adds values[start, end) to `acc` in place and returns it. `missing[i] === 1` marks a missing
 * cell (its value is ignored). When `finite` is given, the finite, non-missing values are also
 * written to it in row order from `finiteOffset` on (acc.n grows by how many were written), so a
 * caller that needs them compacted (quantiles, histogram) gets them from the same pass.
 */
export function accumulateMoments(
  acc: MomentAccumulator,
  values: ArrayLike<number>,
  missing?: Uint8Array,
  start = 0,
  end = values.length,
  finite?: Float64Array,
  finiteOffset = 0,
): MomentAccumulator {
  let written = finiteOffset;
  for (let blockStart = start; blockStart < end; blockStart += BLOCK) {
    const blockEnd = Math.min(end, blockStart + BLOCK);
    // Pass 1: counts, min/max, compensated sum, shifted sum; the block's finite values compacted.
    const out = finite ?? blockScratch;
    const first = finite === undefined ? 0 : written;
    let nb = 0;
    let shiftedSum = 0;
    let { min, max, sum, sumCompensation: comp } = acc;
    // The shift is the first usable value of all: found before the loop, so it needs no test per value.
    if (acc.n === 0) acc.shift = firstUsable(values, missing, blockStart, blockEnd) ?? acc.shift;
    const shift = acc.shift;
    for (let i = blockStart; i < blockEnd; i++) {
      if (missing !== undefined && missing[i] === 1) {
        acc.missing++;
        continue;
      }
      const x = values[i] as number;
      if (!Number.isFinite(x)) {
        if (x === Infinity) acc.posInf++;
        else if (x === -Infinity) acc.negInf++;
        else acc.nan++;
        continue;
      }
      out[first + nb] = x;
      nb++;
      shiftedSum += x - shift;
      if (x < min) min = x;
      if (x > max) max = x;
      // Neumaier: keep the low-order bits lost by the addition in `comp`.
      const t = sum + x;
      comp += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
      sum = t;
    }
    acc.min = min;
    acc.max = max;
    acc.sum = sum;
    acc.sumCompensation = comp;
    if (nb === 0) continue;
    written = first + nb;
    // Pass 2: central powers about the block mean (all relative to the same shift), over the
    // compacted values: the same values in the same order as the block, without the checks.
    const blockMean = shiftedSum / nb;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    for (let i = first; i < written; i++) {
      const d = (out[i] as number) - shift - blockMean;
      const d2 = d * d;
      s2 += d2;
      s3 += d2 * d;
      s4 += d2 * d2;
    }
    combineInto(acc, nb, shift, blockMean, s2, s3, s4);
  }
  return acc;
}

/** The first finite, non-missing value of values[start, end), or undefined. */
function firstUsable(values: ArrayLike<number>, missing: Uint8Array | undefined, start: number, end: number): number | undefined {
  for (let i = start; i < end; i++) {
    const x = values[i] as number;
    if ((missing === undefined || missing[i] !== 1) && Number.isFinite(x)) return x;
  }
  return undefined;
}

/** Pébay (2008) eq. 2.1–2.2: fold a partial (nb, meanB relative to shiftB, M2..M4) into `a`. */
function combineInto(a: MomentAccumulator, nb: number, shiftB: number, meanB: number, m2b: number, m3b: number, m4b: number): void {
  const na = a.n;
  if (nb === 0) return;
  if (na === 0) {
    a.n = nb;
    a.shift = shiftB;
    a.mean = meanB;
    a.m2 = m2b;
    a.m3 = m3b;
    a.m4 = m4b;
    return;
  }
  const n = na + nb;
  // Difference of means, taken as difference of shifts plus difference of small shifted means.
  const delta = shiftB - a.shift + (meanB - a.mean);
  const deltaN = delta / n;
  const deltaN2 = deltaN * deltaN;
  const m2a = a.m2;
  const m3a = a.m3;
  const cross = na * nb * delta * deltaN; // na·nb·δ²/n
  a.m4 =
    a.m4 +
    m4b +
    cross * deltaN2 * (na * na - na * nb + nb * nb) +
    6 * deltaN2 * (na * na * m2b + nb * nb * m2a) +
    4 * deltaN * (na * m3b - nb * m3a);
  a.m3 = m3a + m3b + cross * deltaN * (na - nb) + 3 * deltaN * (na * m2b - nb * m2a);
  a.m2 = m2a + m2b + cross;
  a.mean += deltaN * nb;
  a.n = n;
}

/** Combines two accumulators (neither is modified). merge(a, b) equals accumulating a's then b's data. */
export function mergeMoments(a: MomentAccumulator, b: MomentAccumulator): MomentAccumulator {
  const out: MomentAccumulator = { ...a };
  combineInto(out, b.n, b.shift, b.mean, b.m2, b.m3, b.m4);
  out.min = Math.min(a.min, b.min);
  out.max = Math.max(a.max, b.max);
  // Neumaier step for the two partial sums, then add both compensations.
  const t = a.sum + b.sum;
  const c = Math.abs(a.sum) >= Math.abs(b.sum) ? a.sum - t + b.sum : b.sum - t + a.sum;
  out.sum = t;
  out.sumCompensation = a.sumCompensation + b.sumCompensation + c;
  out.missing = a.missing + b.missing;
  out.nan = a.nan + b.nan;
  out.posInf = a.posInf + b.posInf;
  out.negInf = a.negInf + b.negInf;
  return out;
}

/** One accumulator over a whole column. */
export function momentsOf(values: ArrayLike<number>, missing?: Uint8Array): MomentAccumulator {
  return accumulateMoments(createMoments(), values, missing);
}

/**
 * Moments of a column and its finite, non-missing values compacted in row order, in one pass.
 * The values go into `scratch` when it is long enough (the result is then a view of it, valid
 * until the caller reuses the scratch), else into a new array.
 */
export function momentsAndFinite(
  values: ArrayLike<number>,
  missing?: Uint8Array,
  scratch?: Float64Array,
): { moments: MomentAccumulator; finite: Float64Array } {
  const buffer = scratch !== undefined && scratch.length >= values.length ? scratch : new Float64Array(values.length);
  const moments = accumulateMoments(createMoments(), values, missing, 0, values.length, buffer);
  return { moments, finite: buffer.subarray(0, moments.n) };
}
