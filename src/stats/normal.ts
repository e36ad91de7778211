/**
 * Normal distribution fit and normality tests, from the moments alone (so they merge too).
 *
 * - μ = mean; σ by maximum likelihood (population std, ÷ n) and the sample std (÷ (n − 1)).
 * - Jarque–Bera: JB = n/6·(g1² + g2²/4) with the biased g1, g2; p = P(χ²₂ > JB) = exp(−JB/2)
 *   (the χ² survival function with 2 degrees of freedom in closed form, accurate in the far tail).
 *   Matches scipy.stats.jarque_bera.
 * - D'Agostino–Pearson K² = Z1² + Z2², Z1 from the skewness test (D'Agostino 1970) and Z2 from
 *   the kurtosis test (Anscombe & Glynn 1983), exactly as scipy.stats.skewtest / kurtosistest /
 *   normaltest; p = exp(−K²/2). scipy requires n ≥ 8 (skewtest): below that it is null.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { momentsOf } from './moments';
import { summarizeMoments } from './momentSummary';
import type { MomentSummary } from './momentSummary';

export interface TestResult {
  statistic: number;
  pValue: number;
}

export interface NormalFit {
  mu: number | null;
  /** Maximum-likelihood σ (population standard deviation). */
  sigma: number | null;
  /** Sample standard deviation (÷ (n − 1)). */
  sigmaSample: number | null;
  jarqueBera: TestResult | null;
  /** null when n < 8 or the variance is 0. */
  dagostino: TestResult | null;
}

/** Density of N(mu, sigma²) at x. */
export function normalPdf(x: number, mu: number, sigma: number): number {
  const z = (x - mu) / sigma;
  return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
}

export function jarqueBera(n: number, skewness: number, kurtosis: number): TestResult {
  const statistic = (n / 6) * (skewness * skewness + (kurtosis * kurtosis) / 4);
  return { statistic, pValue: Math.exp(-statistic / 2) };
}

/** scipy.stats.skewtest's z (two-sided); skewness is the biased g1. Requires n ≥ 8. */
export function skewTestZ(n: number, skewness: number): number {
  let y = skewness * Math.sqrt(((n + 1) * (n + 3)) / (6 * (n - 2)));
  const beta2 = (3 * (n * n + 27 * n - 70) * (n + 1) * (n + 3)) / ((n - 2) * (n + 5) * (n + 7) * (n + 9));
  const w2 = -1 + Math.sqrt(2 * (beta2 - 1));
  const delta = 1 / Math.sqrt(0.5 * Math.log(w2));
  const alpha = Math.sqrt(2 / (w2 - 1));
  if (y === 0) y = 1; // scipy's guard, kept for identical results
  return delta * Math.log(y / alpha + Math.sqrt((y / alpha) ** 2 + 1));
}

/** scipy.stats.kurtosistest's z; kurtosis is the biased excess g2. Requires n ≥ 5. */
export function kurtosisTestZ(n: number, kurtosis: number): number {
  const b2 = kurtosis + 3;
  const e = (3 * (n - 1)) / (n + 1);
  const varb2 = (24 * n * (n - 2) * (n - 3)) / ((n + 1) * (n + 1) * (n + 3) * (n + 5));
  const x = (b2 - e) / Math.sqrt(varb2);
  const sqrtBeta1 = ((6 * (n * n - 5 * n + 2)) / ((n + 7) * (n + 9))) * Math.sqrt((6 * (n + 3) * (n + 5)) / (n * (n - 2) * (n - 3)));
  const a = 6 + (8 / sqrtBeta1) * (2 / sqrtBeta1 + Math.sqrt(1 + 4 / (sqrtBeta1 * sqrtBeta1)));
  const term1 = 1 - 2 / (9 * a);
  const denom = 1 + x * Math.sqrt(2 / (a - 4));
  const term2 = denom === 0 ? NaN : Math.sign(denom) * Math.pow((1 - 2 / a) / Math.abs(denom), 1 / 3);
  return (term1 - term2) / Math.sqrt(2 / (9 * a));
}

/** Two-sided p-value of a standard normal z: 2·Φ(−|z|), accurate in the tail. */
export function twoSidedNormalP(z: number): number {
  return 2 * normalCdf(-Math.abs(z), 0, 1);
}

/** D'Agostino–Pearson K² (scipy.stats.normaltest); null when n < 8 or undefined. */
export function dagostinoPearson(n: number, skewness: number, kurtosis: number): TestResult | null {
  if (n < 8) return null;
  const z1 = skewTestZ(n, skewness);
  const z2 = kurtosisTestZ(n, kurtosis);
  const statistic = z1 * z1 + z2 * z2;
  if (!Number.isFinite(statistic)) return null;
  return { statistic, pValue: Math.exp(-statistic / 2) };
}

export function normalFitFromSummary(s: MomentSummary): NormalFit {
  const defined = s.skewness !== null && s.kurtosis !== null;
  return {
    mu: s.mean,
    sigma: s.populationStd,
    sigmaSample: s.std,
    jarqueBera: defined ? jarqueBera(s.count, s.skewness as number, s.kurtosis as number) : null,
    dagostino: defined ? dagostinoPearson(s.count, s.skewness as number, s.kurtosis as number) : null,
  };
}

/** Normal fit of a column's finite, non-missing values. */
export function normalFit(values: ArrayLike<number>, missing?: Uint8Array): NormalFit {
  return normalFitFromSummary(summarizeMoments(momentsOf(values, missing)));
}
