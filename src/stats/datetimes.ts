/**
 * Summary of a datetime column (epoch milliseconds): min, max, span, the median interval between
 * consecutive distinct timestamps, and gaps.
 *
 * The intervals are taken between consecutive *distinct* sorted timestamps: files with several
 * rows per instant (one per line or sensor) would otherwise have a median interval of 0. A gap is
 * an interval longer than gapFactor × the median interval (default 5); we report how many and the
 * largest few, longest first.
 */
import type { DatetimeColumn } from '../table/types';
import { quantilesUnsorted, sortedFinite } from './quantiles';
import { fineBins } from './select';

export interface DatetimeGap {
  start: number;
  end: number;
  startIso: string | null;
  endIso: string | null;
  /** end − start in ms. */
  length: number;
}

export interface DatetimeSummary {
  min: number | null;
  max: number | null;
  minIso: string | null;
  maxIso: string | null;
  /** max − min in ms. */
  span: number | null;
  distinct: number;
  /** Median of the intervals between consecutive distinct timestamps (ms); null with < 2 distinct. */
  medianInterval: number | null;
  gapFactor: number;
  gapCount: number;
  gaps: DatetimeGap[];
}

export interface DatetimeOptions {
  gapFactor?: number;
  maxGaps?: number;
}

/** ISO 8601 (UTC) for epoch ms, or null outside the Date range. */
export function isoOrNull(ms: number): string | null {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * `sorted`, when given, is sortedFinite(column.values, column.missing) (saves a copy and a sort);
 * `scratch`, when at least that long and not `sorted` itself, holds the intervals (saves an array).
 */
export function summarizeDatetimes(
  column: DatetimeColumn,
  options: DatetimeOptions = {},
  sorted = sortedFinite(column.values, column.missing),
  scratch?: Float64Array,
): DatetimeSummary {
  const gapFactor = options.gapFactor ?? 5;
  const maxGaps = options.maxGaps ?? 5;
  const n = sorted.length;
  // Intervals between neighbouring distinct timestamps (one array: gaps are found by a second walk).
  const intervals =
    scratch !== undefined && scratch.length >= n && scratch.buffer !== sorted.buffer ? scratch : new Float64Array(Math.max(0, n - 1));
  let distinct = n > 0 ? 1 : 0;
  let shortest = Infinity;
  let longest = -Infinity;
  for (let i = 1; i < n; i++) {
    const d = (sorted[i] as number) - (sorted[i - 1] as number);
    if ((sorted[i] as number) !== sorted[i - 1]) {
      intervals[distinct++ - 1] = d;
      if (d < shortest) shortest = d;
      if (d > longest) longest = d;
    }
  }
  // Median by selection over fine bins, not a sort (bit-identical, select.ts): regular sampling
  // makes nearly all intervals one value, which the bins answer without gathering.
  const used = intervals.subarray(0, Math.max(0, distinct - 1));
  const medianInterval = quantilesUnsorted(used, [0.5], used.length > 0 ? fineBins(used, shortest, longest) : null)['0.5'] ?? null;
  const gaps: DatetimeGap[] = [];
  let gapCount = 0;
  if (medianInterval !== null && medianInterval > 0) {
    const threshold = gapFactor * medianInterval;
    // Positions i where sorted[i − 1] → sorted[i] is a gap, in time order.
    const found: number[] = [];
    for (let i = 1; i < n; i++) if ((sorted[i] as number) - (sorted[i - 1] as number) > threshold) found.push(i);
    gapCount = found.length;
    // Longest first; equal lengths keep time order (stable sort).
    const length = (i: number): number => (sorted[i] as number) - (sorted[i - 1] as number);
    found.sort((a, b) => length(b) - length(a));
    for (const i of found.slice(0, maxGaps)) {
      const start = sorted[i - 1] as number;
      const end = sorted[i] as number;
      gaps.push({ start, end, startIso: isoOrNull(start), endIso: isoOrNull(end), length: end - start });
    }
  }
  const min = n > 0 ? (sorted[0] as number) : null;
  const max = n > 0 ? (sorted[n - 1] as number) : null;
  return {
    min,
    max,
    minIso: min === null ? null : isoOrNull(min),
    maxIso: max === null ? null : isoOrNull(max),
    span: min === null || max === null ? null : max - min,
    distinct,
    medianInterval,
    gapFactor,
    gapCount,
    gaps,
  };
}
