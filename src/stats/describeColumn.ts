/**
 * One column's description, by type: number columns (moments, exact quantiles by selection,
 * histogram, normal fit, lag-1 autocorrelation — the hot path over large columns, which reuses
 * describeTable's scratch buffer rather than allocating a row-sized array per column), datetime
 * columns (range, quantiles, intervals and gaps) and category/text/boolean columns (top values,
 * distinct, mode).
 */
import type { Column, DatetimeColumn, NumberColumn } from '../table/types';
import { lag1Autocorrelation } from './autocorrelation';
import { usableExtent } from './binnedColumn';
import { summarizeCategories } from './categories';
import { summarizeDatetimes } from './datetimes';
import { DEFAULT_QUANTILES } from './describeOptions';
import type { DescribeOptions } from './describeOptions';
import { emptyDescription } from './descriptionSchema';
import type { ColumnDescription } from './descriptionSchema';
import { likelyEdges } from './edgePrediction';
import { chooseEdges, edgeFineBins } from './histogram';
import type { Histogram } from './histogram';
import { normalFitFromSummary } from './normal';
import { countHistogram, numberSource, quantilesFromBins } from './numberSource';
import { isFiniteAscending, linearIndex, quantilesSorted, quantilesUnsorted, sortInPlace } from './quantiles';
import { binMembers, binOfRank, compactFinite, flagCount, valueOfRank } from './select';
import type { FineBins } from './select';

/**
 * Buffers reused from column to column by describeTable (one row-count-long array each), so a
 * column costs no allocation beyond its small results.
 */
export interface DescribeScratch {
  finite: Float64Array;
}

/**
 * `extent`, when given, is usableExtent(column.values, column.missing) (describeTable takes it
 * from the correlation pass).
 */
export function describeNumberColumn(
  column: NumberColumn,
  options: DescribeOptions = {},
  scratch?: DescribeScratch,
  extent = usableExtent(column.values, column.missing),
): ColumnDescription {
  const { s, fine, data } = numberSource(column, scratch?.finite, extent);
  // Quantiles by O(n) selection over fine bins (no sort); the histogram is counted from the same
  // bins. The members of the bins holding the quantile ranks and (guessed) histogram edges are
  // gathered in one pass (edgePrediction.ts), when any bin needs it: only a wrong guess costs a
  // second pass.
  const probabilities = options.quantiles ?? DEFAULT_QUANTILES;
  const wantedProbabilities = [...new Set([...probabilities, 0.25, 0.75])];
  let members: Map<number, Float64Array> | undefined;
  if (fine !== null && data !== null && s.min !== null && s.max !== null) {
    // Ranks whose bin holds one value need no members (select.ts).
    const wanted = new Set(
      wantedProbabilities.flatMap((p) => {
        const { lo, hi } = linearIndex(s.count, p);
        return [lo, hi].filter((k) => valueOfRank(fine, k) === undefined).map((k) => binOfRank(fine, k));
      }),
    );
    for (const guess of likelyEdges(fine, s.count, s.min, s.max, options.bins))
      for (const b of edgeFineBins(fine, guess) ?? []) wanted.add(b);
    if (wanted.size > 0) members = binMembers(data, fine, wanted);
  }
  const q =
    data !== null
      ? quantilesUnsorted(data, wantedProbabilities, fine, members)
      : quantilesFromBins(fine as FineBins, s.count, wantedProbabilities);
  const q1 = q['0.25'] ?? null;
  const q3 = q['0.75'] ?? null;
  const iqr = q1 === null || q3 === null ? null : q3 - q1;
  const edges = chooseEdges(s.count, s.min ?? 0, s.max ?? 0, iqr ?? 0, options.bins === undefined ? {} : { bins: options.bins });
  let histogram: Histogram | null = null;
  if (edges.length >= 2) {
    const counts =
      data !== null ? countHistogram(edges, fine, members, data) : countHistogram(edges, fine, members, column.values, column.missing);
    histogram = { edges, counts: Array.from(counts) };
  }
  const quantiles: Record<string, number | null> = {};
  for (const p of probabilities) quantiles[String(p)] = q[String(p)] ?? null;
  return {
    ...emptyDescription(column),
    count: s.count,
    missing: s.missing,
    nan: s.nan,
    infinite: s.posInf + s.negInf,
    mean: s.mean,
    std: s.std,
    variance: s.variance,
    populationStd: s.populationStd,
    populationVariance: s.populationVariance,
    min: s.min,
    max: s.max,
    sum: s.sum,
    quantiles,
    iqr,
    skewness: s.skewness,
    kurtosis: s.kurtosis,
    skewnessCorrected: s.skewnessCorrected,
    kurtosisCorrected: s.kurtosisCorrected,
    autocorrelation: s.mean === null ? null : lag1Autocorrelation(column.values, column.missing, s.mean),
    histogram,
    normal: s.count > 0 ? normalFitFromSummary(s) : null,
  };
}

function describeDatetimeColumn(column: DatetimeColumn, options: DescribeOptions, scratch?: DescribeScratch): ColumnDescription {
  // Timestamps are usually complete and in file order: the column itself is then the sorted
  // array (checked without a copy), and the scratch holds the intervals. Otherwise the finite
  // values are compacted (into the scratch or a fresh array) and sorted in place.
  const inOrder = flagCount(column.missing) === 0 && isFiniteAscending(column.values);
  const { finite, missing, nan, posInf, negInf } = inOrder
    ? { finite: column.values, missing: 0, nan: 0, posInf: 0, negInf: 0 }
    : compactFinite(column.values, column.missing, scratch?.finite);
  const sorted = inOrder ? column.values : sortInPlace(finite);
  const datetime = summarizeDatetimes(
    column,
    options.gapFactor === undefined ? {} : { gapFactor: options.gapFactor },
    sorted,
    inOrder ? scratch?.finite : undefined,
  );
  return {
    ...emptyDescription(column),
    count: sorted.length,
    missing,
    nan,
    infinite: posInf + negInf,
    min: datetime.min,
    max: datetime.max,
    // Quantiles of instants are instants (epoch ms); moments of timestamps are left null.
    quantiles: quantilesSorted(sorted, options.quantiles ?? DEFAULT_QUANTILES),
    distinct: datetime.distinct,
    datetime,
  };
}

export function describeColumn(column: Column, options: DescribeOptions = {}, scratch?: DescribeScratch): ColumnDescription {
  switch (column.type) {
    case 'number':
      return describeNumberColumn(column, options, scratch);
    case 'datetime':
      return describeDatetimeColumn(column, options, scratch);
    default: {
      const c = summarizeCategories(column, options.topK ?? 10);
      return {
        ...emptyDescription(column),
        count: c.count,
        missing: c.missing,
        top: c.top,
        otherCount: c.otherCount,
        distinct: c.distinct,
        mode: c.mode,
      };
    }
  }
}
