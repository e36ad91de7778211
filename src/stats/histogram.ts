/**
 * Histograms with numpy-compatible bin membership and "nice" edges.
 *
 * Bin membership (numpy.histogram): bin i holds edges[i] ≤ x < edges[i+1], except the last bin,
 * which is closed on both sides; values outside [edges[0], edges[last]] and non-finite or missing
 * values are not counted. With fixed edges, counts from chunks simply add (mergeHistograms).
 *
 * Bin count rule (binCount):
 * - Freedman–Diaconis (1981): width h = 2·IQR·n^(−1/3), k = ⌈range / h⌉, when IQR > 0;
 * - Sturges (1926): k = ⌈log2 n⌉ + 1 when IQR = 0 (e.g. a column that is mostly one value);
 * - then clamped to [min(10, Sturges), 200]: never fewer bins than Sturges (up to 10), and never
 *   more than 200 (heavy tails make FD ask for thousands of mostly empty bins).
 * Edges are then made "nice" with d3-array (`nice` + `ticks`, steps of 1, 2 or 5 × 10^k), so the
 * final count is close to, not exactly, k. A constant column gets one bin [x − 0.5, x + 0.5]
 * (numpy's range convention for a zero-width range).
 */
import { nice, ticks } from 'd3-array';
import { FitplotError } from '../table/errors';
import { checkBins, checkEdges } from './options';
import { quantilesUnsorted } from './quantiles';
import { binMembers, fineBinOf, finiteValues } from './select';
import type { FineBins } from './select';

export interface Histogram {
  edges: number[];
  counts: number[];
}

export interface HistogramOptions {
  /** Approximate number of bins (overrides the Freedman–Diaconis/Sturges rule). */
  bins?: number;
  /** Exact edges to use (ascending, at least 2); overrides everything else. */
  edges?: readonly number[];
}

export const MAX_BINS = 200;

/** The bin count the rule above picks for n finite values spanning [min, max] with the given IQR. */
export function binCount(n: number, min: number, max: number, iqr: number): number {
  const sturges = Math.ceil(Math.log2(Math.max(n, 1))) + 1;
  const range = max - min;
  let k = sturges;
  if (iqr > 0 && range > 0) {
    const width = 2 * iqr * Math.pow(n, -1 / 3);
    const fd = Math.ceil(range / width);
    // An overflowing span (values near ±1.8e308) makes this Infinity or NaN: as many bins as allowed.
    k = Number.isFinite(fd) ? fd : MAX_BINS;
  }
  return Math.max(Math.min(10, sturges), Math.min(MAX_BINS, k));
}

/** Nice edges covering [min, max] with about `count` bins. */
export function niceEdges(min: number, max: number, count: number): number[] {
  if (!(Number.isFinite(min) && Number.isFinite(max)) || min > max)
    throw new FitplotError({ code: 'INTERNAL', message: `Histogram range [${min}, ${max}] is not a finite interval.` });
  if (min === max) {
    // ±0.5 like numpy; wider for huge magnitudes where x ± 0.5 would round back to x.
    const half = Math.max(0.5, Math.abs(min) * 2 ** -40);
    return [min - half, max + half];
  }
  const [lo, hi] = nice(min, max, count);
  const edges = ticks(lo, hi, count);
  const last = edges[edges.length - 1];
  if (edges.length >= 2 && (edges[0] as number) <= min && last !== undefined && last >= max && isStrictlyIncreasing(edges)) return edges;
  // d3 can't make nice steps at this magnitude (e.g. 1e17 + small spread, or a span that
  // overflows like −1e308..1e308): equal-width edges, interpolated so that no term overflows.
  const out: number[] = [];
  for (let i = 0; i <= count; i++) {
    const t = i / count;
    out.push(i === count ? max : (1 - t) * min + t * max);
  }
  return out;
}

function isStrictlyIncreasing(edges: readonly number[]): boolean {
  for (let i = 1; i < edges.length; i++) if (!((edges[i] as number) > (edges[i - 1] as number))) return false;
  return true;
}

/**
 * Adds the counts of values[start, end) over fixed `edges` into `counts` (length edges.length − 1)
 * and returns it. O(1) per value: an arithmetic guess corrected against the actual edges.
 */
export function accumulateHistogram(
  counts: Float64Array,
  edges: readonly number[],
  values: ArrayLike<number>,
  missing?: Uint8Array,
  start = 0,
  end = values.length,
): Float64Array {
  const bins = edges.length - 1;
  if (bins < 1) return counts;
  const first = edges[0] as number;
  const last = edges[bins] as number;
  const scale = bins / (last - first);
  for (let i = start; i < end; i++) {
    if (missing !== undefined && missing[i] === 1) continue;
    const x = values[i] as number;
    if (!(x >= first && x <= last)) continue; // also drops NaN
    // Arithmetic guess (NaN when the span overflows), then corrected against the actual edges.
    let k = Math.floor((x - first) * scale);
    if (!(k >= 0)) k = 0;
    else if (k > bins - 1) k = bins - 1;
    while (k > 0 && x < (edges[k] as number)) k--;
    while (k < bins - 1 && x >= (edges[k + 1] as number)) k++;
    counts[k] = (counts[k] as number) + 1;
  }
  return counts;
}

/**
 * Where x goes among the edges h0..hl that share its fine bin (all lower edges are below x and
 * all higher ones above it, see histogramFromBinMembers): the histogram bin, or −1 when x is not
 * counted (below the first edge, or above the last; the last bin is closed).
 */
function binAmong(x: number, e: Float64Array, h0: number, hl: number): number {
  const bins = e.length - 1;
  const h = position(x, e, h0, hl);
  if (h < 0 || (h === bins && x !== e[bins])) return -1;
  return h === bins ? bins - 1 : h;
}

/**
 * Calls visit(b, h0, hl, whole) for each fine bin b (in range) holding edges h0..hl; `whole` is
 * the histogram bin (−1: none) that all of b's values go to when its lowest and highest value
 * decide that alone, else undefined (its members must be compared). Edges map to monotone fine
 * bins, so equal bins form runs.
 */
function forEdgeRuns(
  fine: FineBins,
  e: Float64Array,
  edgeBins: readonly number[],
  visit: (b: number, h0: number, hl: number, whole: number | undefined) => void,
): void {
  const bins = e.length - 1;
  let h0 = 0;
  while (h0 <= bins) {
    const b = edgeBins[h0] as number;
    let hl = h0;
    while (hl < bins && edgeBins[hl + 1] === b) hl++;
    if (b >= 0 && b < fine.bins) {
      const low = fine.lowest[b] as number;
      const high = fine.highest[b] as number;
      // Positions among the edges are monotone in x: when the extremes share a position, every
      // value of the bin has it. At or above the last edge, only values equal to it count.
      const pLow = position(low, e, h0, hl);
      const pHigh = position(high, e, h0, hl);
      const empty = !(low <= high);
      const decided = empty || (pLow === pHigh && (pLow < bins || low === high || low > (e[bins] as number)));
      visit(b, h0, hl, decided ? (empty ? -1 : binAmong(low, e, h0, hl)) : undefined);
    }
    h0 = hl + 1;
  }
}

/** How many of the edges h0..hl are ≤ x, plus h0 − 1. */
function position(x: number, e: Float64Array, h0: number, hl: number): number {
  let h = h0 - 1;
  while (h < hl && x >= (e[h + 1] as number)) h++;
  return h;
}

/**
 * The fine bins (select.ts) whose members histogramFromBinMembers must look at: those holding an
 * edge that splits their values. null when an edge has no finite fine bin (the bin arithmetic
 * overflows); then count with accumulateHistogram.
 */
export function edgeFineBins(fine: FineBins, edges: readonly number[]): number[] | null {
  const edgeBins = edges.map((x) => fineBinOf(fine, x));
  if (!edgeBins.every((b) => Number.isFinite(b))) return null;
  const out: number[] = [];
  forEdgeRuns(fine, Float64Array.from(edges), edgeBins, (b, _h0, _hl, whole) => {
    if (whole === undefined) out.push(b);
  });
  return out;
}

/**
 * The counts accumulateHistogram gives for finite `data`, taken from its fine bins instead of
 * locating every value. The fine bin f(x) is monotone in x, so with f_h = f(edges[h]): if x ≥ e
 * then f(x) ≥ f(e), and if x ≤ e then f(x) ≤ f(e). A fine bin b with f_h < b < f_{h+1} therefore
 * lies strictly between edges[h] and edges[h+1] and adds its whole count to bin h (prefix sums of
 * the fine counts); a fine bin holding edges h0..hl has all other edges below or above its
 * values. Its lowest and highest value usually settle where all of it goes (one distinct value
 * per fine bin is the rule for measured data, select.ts); otherwise its members are compared
 * with those edges. `members` holds binMembers(data, fine, …) of at least the bins of
 * edgeFineBins(fine, edges) (which must not be null), so the column itself is not read. Same
 * counts as accumulateHistogram, bit for bit.
 */
export function histogramFromBinMembers(
  counts: Float64Array,
  edges: readonly number[],
  fine: FineBins,
  members: Map<number, Float64Array>,
): Float64Array {
  const bins = edges.length - 1;
  if (bins < 1) return counts;
  const { start } = fine;
  const edgeBins = edges.map((x) => fineBinOf(fine, x));
  const clamp = (b: number): number => Math.max(0, Math.min(fine.bins, b));
  for (let h = 0; h < bins; h++) {
    const from = clamp((edgeBins[h] as number) + 1);
    const to = clamp(edgeBins[h + 1] as number);
    if (to > from) counts[h] = (counts[h] as number) + (start[to] as number) - (start[from] as number);
  }
  const e = Float64Array.from(edges);
  forEdgeRuns(fine, e, edgeBins, (b, h0, hl, whole) => {
    if (whole !== undefined) {
      if (whole >= 0) counts[whole] = (counts[whole] as number) + (start[b + 1] as number) - (start[b] as number);
      return;
    }
    const m = members.get(b);
    if (m === undefined) throw new FitplotError({ code: 'INTERNAL', message: `Histogram edge bin ${b} was not gathered.` });
    for (let i = 0; i < m.length; i++) {
      const k = binAmong(m[i] as number, e, h0, hl);
      if (k >= 0) counts[k] = (counts[k] as number) + 1;
    }
  });
  return counts;
}

/** histogramFromBinMembers with the edge bins that need it gathered here (at most one pass over the data). */
export function histogramFromFineBins(counts: Float64Array, edges: readonly number[], data: Float64Array, fine: FineBins): Float64Array {
  const edgeBins = edgeFineBins(fine, edges);
  if (edgeBins === null) return accumulateHistogram(counts, edges, data);
  return histogramFromBinMembers(counts, edges, fine, binMembers(data, fine, edgeBins));
}

/** Adds two count vectors made over the same edges. */
export function mergeHistograms(a: Histogram, b: Histogram): Histogram {
  if (a.edges.length !== b.edges.length || a.edges.some((e, i) => e !== b.edges[i])) {
    throw new FitplotError({ code: 'INTERNAL', message: 'Cannot merge histograms made over different bin edges.' });
  }
  return { edges: a.edges.slice(), counts: a.counts.map((c, i) => c + (b.counts[i] as number)) };
}

/**
 * Edges for n finite values spanning [min, max] with the given IQR: options.edges if given, else
 * about options.bins nice bins, else the Freedman–Diaconis/Sturges rule. [] when n = 0.
 */
export function chooseEdges(n: number, min: number, max: number, iqr: number, options: HistogramOptions = {}): number[] {
  if (options.edges !== undefined) {
    checkEdges(options.edges);
    return options.edges.slice();
  }
  if (options.bins !== undefined) checkBins(options.bins);
  if (n === 0) return [];
  return niceEdges(min, max, options.bins ?? binCount(n, min, max, iqr));
}

/**
 * Histogram of a column: edges by the rule above (or options), numpy-compatible counts. Empty
 * edges and counts when there is no finite value.
 */
export function histogram(values: ArrayLike<number>, missing?: Uint8Array, options: HistogramOptions = {}): Histogram {
  let edges: number[];
  if (options.edges !== undefined || values.length === 0) edges = chooseEdges(0, 0, 0, 0, options);
  else {
    const data = finiteValues(values, missing);
    const { min, max } = extent(data);
    const q = quantilesUnsorted(data, [0.25, 0.75]);
    edges = chooseEdges(data.length, min, max, (q['0.75'] ?? 0) - (q['0.25'] ?? 0), options);
  }
  if (edges.length < 2) return { edges, counts: [] };
  const counts = accumulateHistogram(new Float64Array(edges.length - 1), edges, values, missing);
  return { edges, counts: Array.from(counts) };
}

function extent(data: Float64Array): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < data.length; i++) {
    const x = data[i] as number;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { min, max };
}
