/**
 * Where a number column's statistics come from (describe.ts): measured (discrete) columns from one
 * pass over their fine bins (binnedColumn.ts), others from a moments pass that also compacts the
 * finite values for selection (select.ts). Also the quantiles and histogram counts read from
 * those bins.
 */
import { FitplotError } from '../table/errors';
import type { NumberColumn } from '../table/types';
import { binnedColumn } from './binnedColumn';
import type { Extent } from './binnedColumn';
import { accumulateHistogram, edgeFineBins, histogramFromBinMembers, histogramFromFineBins } from './histogram';
import { momentsAndFinite } from './moments';
import { summarizeMoments } from './momentSummary';
import type { MomentSummary } from './momentSummary';
import { lerp, linearIndex } from './quantiles';
import { fineBins, valueOfRank } from './select';
import type { FineBins } from './select';

/** What the number-column statistics are computed from: fine bins of the column, and the compacted values unless binnedColumn settled everything. */
export interface NumberSource {
  s: MomentSummary;
  fine: FineBins | null;
  /** The finite values compacted (general path), or null (binned path: the bins say it all). */
  data: Float64Array | null;
}

export function numberSource(column: NumberColumn, scratch: Float64Array | undefined, extent: Extent | null): NumberSource {
  // Measured data: one pass over the bins gives everything (binnedColumn.ts).
  const binned = extent === null ? null : binnedColumn(column.values, column.missing, extent.min, extent.max, extent.count);
  if (binned !== null) return { s: summarizeMoments(binned.moments), fine: binned.fine, data: null };
  // General path. One pass: moments and the finite values compacted (into the scratch when given).
  const { moments, finite: data } = momentsAndFinite(column.values, column.missing, scratch);
  const s = summarizeMoments(moments);
  return { s, fine: s.min === null || s.max === null ? null : fineBins(data, s.min, s.max), data };
}

/** Quantiles of n values whose fine bins each hold one value (binnedColumn.ts): numpy's linear method over the ranks' values. */
export function quantilesFromBins(fine: FineBins, n: number, probabilities: readonly number[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const p of probabilities) {
    const { lo, hi, gamma } = linearIndex(n, p);
    const a = valueOfRank(fine, lo);
    const b = valueOfRank(fine, hi);
    if (a === undefined || b === undefined)
      throw new FitplotError({ code: 'INTERNAL', message: 'A quantile rank fell in a fine bin holding several values.' });
    out[String(p)] = lerp(a, b, gamma);
  }
  return out;
}

/**
 * Histogram counts over `edges`, from the fine bins and their gathered members when those cover
 * the edges; else by locating every value (values: compacted finite data when `missing` is
 * undefined, else the column).
 */
export function countHistogram(
  edges: readonly number[],
  fine: FineBins | null,
  members: Map<number, Float64Array> | undefined,
  values: ArrayLike<number>,
  missing?: Uint8Array,
): Float64Array {
  const counts = new Float64Array(edges.length - 1);
  const needed = fine === null ? null : edgeFineBins(fine, edges);
  if (fine !== null && needed !== null && needed.every((b) => members?.has(b) === true))
    return histogramFromBinMembers(counts, edges, fine, members ?? new Map<number, Float64Array>());
  if (fine !== null && missing === undefined && values instanceof Float64Array) return histogramFromFineBins(counts, edges, values, fine);
  return accumulateHistogram(counts, edges, values, missing);
}
