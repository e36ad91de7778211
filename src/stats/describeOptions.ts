/**
 * What describe can be asked for (quantiles, top-k, bins, gap factor, Spearman, how many columns
 * the correlation covers), the defaults, and the check that runs before any work, so a bad option
 * fails at once with BAD_OPTION rather than after a pass over a large table.
 */
import { checkBins, checkPositiveInteger, checkPositiveNumber, checkProbability } from './options';

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

/** Throws FitplotError BAD_OPTION for an unusable option, before any work is done. */
export function validateDescribeOptions(options: DescribeOptions): void {
  for (const p of options.quantiles ?? []) checkProbability(p);
  if (options.topK !== undefined) checkPositiveInteger('topK', options.topK, 1_000_000);
  if (options.bins !== undefined) checkBins(options.bins);
  if (options.gapFactor !== undefined) checkPositiveNumber('gapFactor', options.gapFactor);
  if (options.correlationColumns !== undefined && !(options.correlationColumns >= 0))
    checkPositiveNumber('correlationColumns', options.correlationColumns);
}
