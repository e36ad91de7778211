/**
 * 2-D binned counts for density scatter plots: equal-width bins over [min, max] of each axis
 * (the maximum falls into the last bin, as numpy.histogram2d). O(n), two passes.
 */
import { nice } from 'd3-array';

export interface Binned2d {
  readonly xEdges: Float64Array;
  readonly yEdges: Float64Array;
  /** counts[ix + iy·binsX] */
  readonly counts: Float64Array;
  /** Points counted (both coordinates finite). */
  readonly total: number;
}

function extent(values: ArrayLike<number>, use: (i: number) => boolean): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (!use(i)) continue;
    const v = values[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  // A constant column still gets one bin of non-zero width.
  if (lo === hi) return [lo - 0.5, hi + 0.5];
  return [lo, hi];
}

function edges(lo: number, hi: number, bins: number): Float64Array {
  const out = new Float64Array(bins + 1);
  for (let i = 0; i <= bins; i++) out[i] = lo + ((hi - lo) * i) / bins;
  out[bins] = hi;
  return out;
}

/** `niceExtent` widens each axis range to round numbers (d3-array `nice`) so axis ends read well. */
export function bin2d(x: ArrayLike<number>, y: ArrayLike<number>, binsX: number, binsY: number, niceExtent = false): Binned2d {
  const use = (i: number): boolean => Number.isFinite(x[i]!) && Number.isFinite(y[i]!);
  const widen = ([lo, hi]: [number, number]): [number, number] => (niceExtent ? (nice(lo, hi, 5) as [number, number]) : [lo, hi]);
  const [x0, x1] = widen(extent(x, use));
  const [y0, y1] = widen(extent(y, use));
  const counts = new Float64Array(binsX * binsY);
  const sx = binsX / (x1 - x0);
  const sy = binsY / (y1 - y0);
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    if (!use(i)) continue;
    const ix = Math.min(binsX - 1, Math.floor((x[i]! - x0) * sx));
    const iy = Math.min(binsY - 1, Math.floor((y[i]! - y0) * sy));
    counts[ix + iy * binsX]! += 1;
    total++;
  }
  return { xEdges: edges(x0, x1, binsX), yEdges: edges(y0, y1, binsY), counts, total };
}
