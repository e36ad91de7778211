/**
 * Finished statistics from a MomentAccumulator. Undefined quantities are null, never NaN (they go
 * straight into JSON). Conventions, matching numpy/scipy:
 * - variance: sample (÷ (n − 1), numpy ddof=1) and population (÷ n, ddof=0).
 * - skewness g1 = m3 / m2^1.5 and excess kurtosis g2 = m4 / m2² − 3 with m_k = M_k / n: the
 *   population (biased) estimators, scipy.stats.skew / kurtosis with bias=True (their default).
 * - corrected: G1 = g1·√(n(n−1))/(n−2) (n > 2) and G2 = (n−1)/((n−2)(n−3))·((n+1)·g2 + 6)
 *   (n > 3) — scipy's bias=False, Excel SKEW/KURT (Joanes & Gill 1998, "Comparing measures of
 *   sample skewness and kurtosis").
 * - skewness and kurtosis are null when the variance is 0 (constant data).
 * - anything that overflows (values near ±1.8e308) is null rather than ±Infinity or NaN.
 */
import type { MomentAccumulator } from './moments';

export interface MomentSummary {
  count: number;
  missing: number;
  nan: number;
  posInf: number;
  negInf: number;
  sum: number | null;
  mean: number | null;
  variance: number | null;
  std: number | null;
  populationVariance: number | null;
  populationStd: number | null;
  min: number | null;
  max: number | null;
  skewness: number | null;
  kurtosis: number | null;
  skewnessCorrected: number | null;
  kurtosisCorrected: number | null;
}

export function summarizeMoments(acc: MomentAccumulator): MomentSummary {
  const { n, m2, m3, m4 } = acc;
  const variance = n >= 2 ? m2 / (n - 1) : null;
  const populationVariance = n >= 1 ? m2 / n : null;
  let skewness: number | null = null;
  let kurtosis: number | null = null;
  let skewnessCorrected: number | null = null;
  let kurtosisCorrected: number | null = null;
  if (n >= 1 && m2 > 0) {
    skewness = (Math.sqrt(n) * m3) / Math.pow(m2, 1.5);
    kurtosis = (n * m4) / (m2 * m2) - 3;
    if (n > 2) skewnessCorrected = (skewness * Math.sqrt(n * (n - 1))) / (n - 2);
    if (n > 3) kurtosisCorrected = ((n - 1) / ((n - 2) * (n - 3))) * ((n + 1) * kurtosis + 6);
  }
  return {
    count: n,
    missing: acc.missing,
    nan: acc.nan,
    posInf: acc.posInf,
    negInf: acc.negInf,
    sum: finiteOrNull(acc.sum + acc.sumCompensation),
    mean: n >= 1 ? finiteOrNull(acc.shift + acc.mean) : null,
    variance: finiteOrNull(variance),
    std: finiteOrNull(variance === null ? null : Math.sqrt(variance)),
    populationVariance: finiteOrNull(populationVariance),
    populationStd: finiteOrNull(populationVariance === null ? null : Math.sqrt(populationVariance)),
    min: n >= 1 ? acc.min : null,
    max: n >= 1 ? acc.max : null,
    skewness: finiteOrNull(skewness),
    kurtosis: finiteOrNull(kurtosis),
    skewnessCorrected: finiteOrNull(skewnessCorrected),
    kurtosisCorrected: finiteOrNull(kurtosisCorrected),
  };
}

function finiteOrNull(x: number | null): number | null {
  return x !== null && Number.isFinite(x) ? x : null;
}
