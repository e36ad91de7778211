/**
 * Histogram edges guessed before the quartiles are known, so that one pass over a column's fine
 * bins (select.ts, binMembers) gathers both the bins holding the wanted quantile ranks and the
 * bins holding the histogram's edges (describe.ts). A wrong guess costs one extra pass, never a
 * wrong count: the histogram is always counted over the real edges.
 *
 * The edges depend on the data only through n, min, max and the IQR (chooseEdges). The fine bins
 * bracket each quartile: rank k's value lies in fine bin b = binOfRank(k), i.e. within
 * [min + (b − 1)/scale, min + (b + 2)/scale] (one bin of margin each side covers the rounding of
 * the bin arithmetic), and a type-7 quartile lies between its two order statistics. binCount is
 * monotone in the IQR (floating-point rounding is monotone), so the bin counts for the bracket's
 * ends bound the real one; on large columns both are usually clamped to MAX_BINS and agree.
 */
import { binCount, niceEdges } from './histogram';
import { linearIndex } from './quantiles';
import { binOfRank } from './select';
import type { FineBins } from './select';

/** Candidate edge lists for n values in [min, max] binned as `fine` (at most two). */
export function likelyEdges(fine: FineBins, n: number, min: number, max: number, bins?: number): number[][] {
  if (bins !== undefined) return [niceEdges(min, max, bins)];
  const low = (k: number): number => min + (binOfRank(fine, k) - 1) / fine.scale;
  const high = (k: number): number => min + (binOfRank(fine, k) + 2) / fine.scale;
  const q1 = linearIndex(n, 0.25);
  const q3 = linearIndex(n, 0.75);
  const iqrLow = Math.max(0, low(q3.lo) - high(q1.hi));
  const iqrHigh = high(q3.hi) - low(q1.lo);
  const fewest = binCount(n, min, max, iqrHigh);
  const most = binCount(n, min, max, iqrLow);
  return fewest === most ? [niceEdges(min, max, fewest)] : [niceEdges(min, max, fewest), niceEdges(min, max, most)];
}
