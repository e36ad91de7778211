/**
 * describeTable: every column's statistics as plain JSON-ready data (numbers or null, never NaN),
 * the schema of `fitplot describe --json` (the CLI adds file, encoding, delimiter, warnings).
 * Conventions are stated in the output (`conventions`) so readers need not guess.
 */
import type { Column, DatetimeColumn, NumberColumn, Table } from '../table/types';
import { lag1Autocorrelation } from './autocorrelation';
import { summarizeCategories } from './categories';
import type { CategoryCount } from './categories';
import { accumulateCorrelation, createCorrelation, pearsonFromAccumulator, sampledMean } from './correlation';
import type { CorrelationAccumulator } from './correlation';
import { summarizeDatetimes } from './datetimes';
import type { DatetimeSummary } from './datetimes';
import { likelyEdges } from './edgePrediction';
import { chooseEdges, edgeFineBins, MAX_BINS } from './histogram';
import type { Histogram } from './histogram';
import { usableExtent } from './binnedColumn';
import type { Extent } from './binnedColumn';
import { countHistogram, numberSource, quantilesFromBins } from './numberSource';
import { normalFitFromSummary } from './normal';
import { checkBins, checkPositiveInteger, checkPositiveNumber, checkProbability } from './options';
import type { NormalFit } from './normal';
import { QUANTILE_METHOD, isFiniteAscending, linearIndex, quantilesSorted, quantilesUnsorted, sortInPlace } from './quantiles';
import { binMembers, binOfRank, compactFinite, flagCount, valueOfRank } from './select';
import type { FineBins } from './select';
import { spearmanMatrix } from './spearman';

export const DEFAULT_QUANTILES: readonly number[] = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];

export interface DescribeOptions {
  /** Quantile probabilities in [0, 1] (default 1, 5, 25, 50, 75, 95, 99 %). */
  quantiles?: readonly number[];
  /** Number of most frequent values listed for category/text/boolean columns (default 10). */
  topK?: number;
  /** Also compute the Spearman matrix (default false: it needs a rank pass per pair). */
  spearman?: boolean;
  /** Approximate histogram bin count, overriding the Freedman–Diaconis/Sturges rule. */
  bins?: number;
  /** A datetime interval longer than gapFactor × the median interval is a gap (default 5). */
  gapFactor?: number;
  /**
   * The Pearson (and Spearman) matrix covers the first this many number columns (default
   * DEFAULT_CORRELATION_COLUMNS; Infinity: all, 0: none). Its cost and size grow with the square of
   * the column count (5,000 columns: 12.5 million pairs); the output says how many were left out.
   */
  correlationColumns?: number;
}

export const DEFAULT_CORRELATION_COLUMNS = 100;

export interface ColumnDescription {
  name: string;
  type: Column['type'];
  /** Values used by the statistics: finite and not missing. count + missing + nan + infinite = rows. */
  count: number;
  missing: number;
  invalid: number;
  /** Non-missing cells holding NaN / ±Infinity (number columns): excluded from every statistic. */
  nan: number;
  infinite: number;
  mean: number | null;
  std: number | null;
  variance: number | null;
  populationStd: number | null;
  populationVariance: number | null;
  min: number | null;
  max: number | null;
  sum: number | null;
  quantiles: Record<string, number | null> | null;
  iqr: number | null;
  skewness: number | null;
  kurtosis: number | null;
  skewnessCorrected: number | null;
  kurtosisCorrected: number | null;
  /** Lag-1 autocorrelation in row order (number columns; autocorrelation.ts). */
  autocorrelation: number | null;
  histogram: Histogram | null;
  normal: NormalFit | null;
  top: CategoryCount[] | null;
  otherCount: number | null;
  distinct: number | null;
  mode: string | boolean | null;
  datetime: DatetimeSummary | null;
}

export interface TableDescription {
  rows: number;
  columns: ColumnDescription[];
  correlation: {
    columns: string[];
    pearson: (number | null)[][];
    n: number[][];
    spearman?: (number | null)[][];
    /** Number columns left out of the matrices (correlationColumns), when any. */
    omitted?: number;
  };
  conventions: Record<string, string>;
}

export const CONVENTIONS: Record<string, string> = {
  count: 'finite, non-missing values; NaN and ±Infinity cells are counted in nan/infinite and excluded from all statistics',
  variance: 'variance/std: sample (ddof=1, ÷ (n−1)); populationVariance/populationStd: ÷ n',
  quantileMethod: QUANTILE_METHOD,
  skewness: 'skewness, kurtosis: population (biased) g1 and excess g2, scipy.stats.skew/kurtosis bias=True',
  skewnessCorrected: 'skewnessCorrected, kurtosisCorrected: bias-corrected G1/G2, scipy bias=False, Excel SKEW/KURT',
  histogram: `Freedman–Diaconis bins (Sturges when IQR=0), clamped to [min(10, Sturges), ${MAX_BINS}], nice d3 edges; numpy bin membership (last bin closed)`,
  normal: 'sigma: maximum likelihood (÷ n); jarqueBera as scipy.stats.jarque_bera; dagostino as scipy.stats.normaltest (n ≥ 8)',
  autocorrelation: 'lag 1 in row order, Σ(yᵢ−ȳ)(yᵢ₋₁−ȳ)/Σ(yᵢ−ȳ)² as NIST StRD; products only where both adjacent rows are usable',
  correlation: `number columns only, the first ${DEFAULT_CORRELATION_COLUMNS} unless asked for more (omitted: how many were left out); pairwise-complete: each pair uses rows where both values are finite; n per pair`,
  mode: 'ties broken by dictionary order (first seen in the file; false before true)',
  datetime:
    'epoch ms (UTC), also for min/max/quantiles; medianInterval between consecutive distinct timestamps; gap = interval > gapFactor × medianInterval',
};

function emptyDescription(column: Column): ColumnDescription {
  return {
    name: column.name,
    type: column.type,
    count: 0,
    missing: 0,
    invalid: column.invalidCount,
    nan: 0,
    infinite: 0,
    mean: null,
    std: null,
    variance: null,
    populationStd: null,
    populationVariance: null,
    min: null,
    max: null,
    sum: null,
    quantiles: null,
    iqr: null,
    skewness: null,
    kurtosis: null,
    skewnessCorrected: null,
    kurtosisCorrected: null,
    autocorrelation: null,
    histogram: null,
    normal: null,
    top: null,
    otherCount: null,
    distinct: null,
    mode: null,
    datetime: null,
  };
}

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

/** Throws FitplotError BAD_OPTION for an unusable option, before any work is done. */
export function validateDescribeOptions(options: DescribeOptions): void {
  for (const p of options.quantiles ?? []) checkProbability(p);
  if (options.topK !== undefined) checkPositiveInteger('topK', options.topK, 1_000_000);
  if (options.bins !== undefined) checkBins(options.bins);
  if (options.gapFactor !== undefined) checkPositiveNumber('gapFactor', options.gapFactor);
  if (options.correlationColumns !== undefined && !(options.correlationColumns >= 0))
    checkPositiveNumber('correlationColumns', options.correlationColumns);
}

/** Number columns in table order: the ones the Pearson matrix covers. */
export function numberColumnsOf(table: Table): NumberColumn[] {
  return table.columns.filter((c): c is NumberColumn => c.type === 'number');
}

/**
 * Correlation first: its pass also finds each column's extremes, which the binning needs. Sampled
 * means as shifts spare it a second centring pass (correlation.ts). Rows [start, end) only, so
 * threads can each take a range and merge (mergeCorrelation; src/cli/parallelDescribe.ts) — with
 * the same `shifts` (describeShifts) for every range.
 */
export function describeCorrelation(
  numeric: readonly NumberColumn[],
  shifts: ArrayLike<number>,
  start?: number,
  end?: number,
): CorrelationAccumulator {
  return accumulateCorrelation(createCorrelation(numeric.length, shifts), numeric, start, end);
}

export function describeShifts(numeric: readonly NumberColumn[]): number[] {
  return numeric.map(sampledMean);
}

/** The number columns the correlation matrices cover (options.correlationColumns). */
export function correlatedColumns(numeric: readonly NumberColumn[], options: DescribeOptions): NumberColumn[] {
  return numeric.slice(0, options.correlationColumns ?? DEFAULT_CORRELATION_COLUMNS);
}

/** Every number column's extent: from the correlation pass for the columns it covered, else from a pass of its own. */
export function numberExtents(numeric: readonly NumberColumn[], acc: CorrelationAccumulator): (Extent | null)[] {
  return numeric.map((c, j) => (j < acc.p ? extentFromCorrelation(acc, j) : usableExtent(c.values, c.missing)));
}

/** Number column j's extent from the correlation pass (null when it has no usable value). */
export function extentFromCorrelation(acc: CorrelationAccumulator, j: number): Extent | null {
  const min = acc.min[j] as number;
  const max = acc.max[j] as number;
  return min <= max ? { min, max, count: acc.n[j * acc.p + j] as number } : null;
}

/** The description from the correlation pass and the columns' descriptions (in table order). */
export function assembleDescription(
  table: Table,
  correlated: readonly NumberColumn[],
  acc: CorrelationAccumulator,
  columns: ColumnDescription[],
  options: DescribeOptions,
): TableDescription {
  const { pearson, n } = pearsonFromAccumulator(acc);
  const correlation: TableDescription['correlation'] = { columns: correlated.map((c) => c.name), pearson, n };
  if (options.spearman === true) correlation.spearman = spearmanMatrix(correlated).pearson;
  const omitted = numberColumnsOf(table).length - correlated.length;
  if (omitted > 0) correlation.omitted = omitted;
  return { rows: table.rowCount, columns, correlation, conventions: { ...CONVENTIONS } };
}

export function describeTable(table: Table, options: DescribeOptions = {}): TableDescription {
  validateDescribeOptions(options);
  const numeric = numberColumnsOf(table);
  const correlated = correlatedColumns(numeric, options);
  const acc = describeCorrelation(correlated, describeShifts(correlated));
  const extents = numberExtents(numeric, acc);
  const index = new Map(numeric.map((c, j) => [c, j]));
  const scratch: DescribeScratch = { finite: new Float64Array(table.rowCount) };
  const columns = table.columns.map((c) =>
    c.type === 'number'
      ? describeNumberColumn(c, options, scratch, extents[index.get(c) as number] ?? null)
      : describeColumn(c, options, scratch),
  );
  return assembleDescription(table, correlated, acc, columns, options);
}
