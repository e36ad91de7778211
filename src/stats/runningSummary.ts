/**
 * Statistics of one number column while its cells are still arriving (a large file loading): the
 * mergeable moments of ./moments.ts, folded chunk by chunk, and a histogram over a provisional range
 * fixed from the first chunk (padded by a fifth of its span each side) so later counts simply add.
 * Counts, mean, spread, min and max are those of every value folded so far: at the end of the file
 * they equal describe's. The histogram is provisional: values that fall outside the first chunk's
 * range are counted as `outside`, not dropped in silence; describe's exact quantiles and histogram
 * (with its own bins) replace it once the load is done.
 */
import { accumulateHistogram, niceEdges } from './histogram';
import { accumulateMoments, createMoments } from './moments';
import type { MomentAccumulator } from './moments';
import { summarizeMoments } from './momentSummary';

/** Bins of the provisional histogram (about: nice edges). */
export const RUNNING_BINS = 20;
/** Padding of the provisional range each side, as a share of the first chunk's span. */
const RANGE_PAD = 0.2;

export interface RunningSnapshot {
  /** Finite number cells folded so far. */
  readonly count: number;
  readonly mean: number | null;
  readonly std: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** The provisional histogram; null until a finite value has been seen. */
  readonly histogram: { readonly edges: readonly number[]; readonly counts: readonly number[]; readonly outside: number } | null;
}

export class RunningSummary {
  private readonly moments: MomentAccumulator = createMoments();
  private edges: number[] | null = null;
  private counts: Float64Array | null = null;

  /** Folds values[0, n): NaN (a cell that is not a number) is skipped, as describe skips it. */
  fold(values: Float64Array, n: number): void {
    if (n <= 0) return;
    accumulateMoments(this.moments, values, undefined, 0, n);
    if (this.edges === null) {
      if (this.moments.n === 0) return;
      const { min, max } = this.moments;
      const pad = (max - min) * RANGE_PAD;
      this.edges = niceEdges(min - pad, max + pad, RUNNING_BINS);
      this.counts = new Float64Array(this.edges.length - 1);
    }
    accumulateHistogram(this.counts as Float64Array, this.edges, values, undefined, 0, n);
  }

  snapshot(): RunningSnapshot {
    const s = summarizeMoments(this.moments);
    let histogram: RunningSnapshot['histogram'] = null;
    if (this.edges !== null && this.counts !== null) {
      const counts = Array.from(this.counts);
      const inside = counts.reduce((a, b) => a + b, 0);
      histogram = { edges: this.edges, counts, outside: s.count - inside };
    }
    return { count: s.count, mean: s.mean, std: s.std, min: s.min, max: s.max, histogram };
  }
}
