/**
 * OLS inference with statsmodels' conventions (RegressionResults): σ̂² = RSS/(n − rank),
 * SE = √(σ̂²·diag((XᵀX)⁻¹)), t = b/SE with n − rank degrees of freedom, two-sided p-values,
 * 95 % intervals b ± t₀.₉₇₅·SE, R² about the mean (uncentred without intercept), adjusted R²,
 * F = (ESS/df_model)/(RSS/df_resid) with df_model = rank − 1 (with intercept).
 */
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import fCdf from '@stdlib/stats-base-dists-f-cdf';

export interface CoefficientInference {
  readonly estimate: number;
  readonly standardError: number;
  readonly t: number;
  readonly p: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}

export interface OlsInference {
  readonly n: number;
  readonly rank: number;
  readonly dfModel: number;
  readonly dfResidual: number;
  readonly r2: number;
  readonly adjustedR2: number;
  /** RSS/n, as sklearn's mean_squared_error on the training rows. */
  readonly mse: number;
  readonly rmse: number;
  readonly mae: number;
  /** RSS/(n − rank): statsmodels' mse_resid, the σ̂² behind the standard errors. */
  readonly residualVariance: number;
  readonly fStatistic: number;
  readonly fPValue: number;
  /** Intercept first (when fitted), then the features in order. */
  readonly coefficients: readonly CoefficientInference[];
  /** Condition number of the design with unit-length columns (see LinearRegression.conditionNumber). */
  readonly conditionNumber?: number;
}

export function olsInference(
  y: ArrayLike<number>,
  yHat: ArrayLike<number>,
  coef: Float64Array,
  intercept: number,
  diag: Float64Array,
  rank: number,
  fitIntercept: boolean,
  conditionNumber?: number,
): OlsInference {
  const n = y.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i]!;
  mean /= n;
  let rss = 0;
  let tss = 0;
  let sae = 0;
  for (let i = 0; i < n; i++) {
    const e = y[i]! - yHat[i]!;
    rss += e * e;
    sae += Math.abs(e);
    tss += fitIntercept ? (y[i]! - mean) ** 2 : y[i]! ** 2;
  }
  const dfResidual = n - rank;
  const dfModel = rank - (fitIntercept ? 1 : 0);
  const s2 = dfResidual > 0 ? rss / dfResidual : Number.NaN;
  const r2 = 1 - rss / tss;
  const adjustedR2 = 1 - ((n - (fitIntercept ? 1 : 0)) / dfResidual) * (1 - r2);
  const fStatistic = (tss - rss) / dfModel / s2;
  // P(F(d₁,d₂) > f) = P(F(d₂,d₁) < 1/f): the upper tail without the cancellation of 1 − cdf.
  const fPValue = dfModel > 0 && dfResidual > 0 ? fCdf(1 / fStatistic, dfResidual, dfModel) : Number.NaN;
  const tCrit = dfResidual > 0 ? tQuantile(0.975, dfResidual) : Number.NaN;
  const estimates = fitIntercept ? [intercept, ...coef] : Array.from(coef);
  const coefficients = estimates.map((estimate, j) => {
    const standardError = Math.sqrt(s2 * diag[j]!);
    const t = estimate / standardError;
    // 2·P(T > |t|) via the lower tail of −|t|, which keeps tiny p-values (1 − cdf would round to 0).
    const p = 2 * tCdf(-Math.abs(t), dfResidual);
    return { estimate, standardError, t, p, ciLow: estimate - tCrit * standardError, ciHigh: estimate + tCrit * standardError };
  });
  return {
    n,
    rank,
    dfModel,
    dfResidual,
    r2,
    adjustedR2,
    mse: rss / n,
    rmse: Math.sqrt(rss / n),
    mae: sae / n,
    residualVariance: s2,
    fStatistic,
    fPValue,
    coefficients,
    ...(conditionNumber !== undefined && { conditionNumber }),
  };
}
