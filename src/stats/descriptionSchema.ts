/**
 * The shape of describe's answer: every column's statistics as plain JSON-ready data (numbers or
 * null, never NaN), the schema of `fitplot describe --json` (the CLI adds file, encoding,
 * delimiter, warnings). Conventions are stated in the output (`conventions`) so readers need not
 * guess.
 */
import type { Column } from '../table/types';
import type { CategoryCount } from './categories';
import type { DatetimeSummary } from './datetimes';
import { DEFAULT_CORRELATION_COLUMNS } from './describeOptions';
import { MAX_BINS } from './histogram';
import type { Histogram } from './histogram';
import type { NormalFit } from './normal';
import { QUANTILE_METHOD } from './quantiles';

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

/** A column's description with nothing computed yet: the fields its type has no statistic for stay null. */
export function emptyDescription(column: Column): ColumnDescription {
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
