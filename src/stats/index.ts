/**
 * The statistics engine's public API (pure functions over src/table columns). Import from here,
 * or from the individual modules when only one piece is needed.
 */
export { accumulateMoments, createMoments, mergeMoments, momentsOf } from './moments';
export type { MomentAccumulator } from './moments';
export { summarizeMoments } from './momentSummary';
export type { MomentSummary } from './momentSummary';
export { QUANTILE_METHOD, quantileSorted, quantiles, quantilesSorted, quantilesUnsorted, sortedFinite } from './quantiles';
export { finiteValues, orderStatistics } from './select';
export { accumulateHistogram, binCount, chooseEdges, histogram, MAX_BINS, mergeHistograms, niceEdges } from './histogram';
export type { Histogram, HistogramOptions } from './histogram';
export {
  dagostinoPearson,
  jarqueBera,
  kurtosisTestZ,
  normalFit,
  normalFitFromSummary,
  normalPdf,
  skewTestZ,
  twoSidedNormalP,
} from './normal';
export type { NormalFit, TestResult } from './normal';
export { accumulateCorrelation, createCorrelation, mergeCorrelation, pearsonFromAccumulator, pearsonMatrix } from './correlation';
export type { CorrelationAccumulator, CorrelationMatrix, NumericInput } from './correlation';
export { spearmanMatrix } from './spearman';
export { averageRanks, rankInto } from './rank';
export { sortedOrder } from '../table/radixSort';
export { categoryCounts, summarizeCategories } from './categories';
export type { CategoryCount, CategorySummary } from './categories';
export { isoOrNull, summarizeDatetimes } from './datetimes';
export type { DatetimeGap, DatetimeOptions, DatetimeSummary } from './datetimes';
export { describeColumn, describeNumberColumn } from './describeColumn';
export { DEFAULT_QUANTILES, validateDescribeOptions } from './describeOptions';
export type { DescribeOptions } from './describeOptions';
export { describeTable } from './describeTable';
export { CONVENTIONS } from './descriptionSchema';
export type { ColumnDescription, TableDescription } from './descriptionSchema';
export { SeededRandom } from './random';
