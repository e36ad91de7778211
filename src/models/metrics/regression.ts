/** Regression metrics (scikit-learn definitions: r2_score, mean_squared_error, mean_absolute_error). */

export interface RegressionMetrics {
  readonly n: number;
  readonly r2: number;
  readonly mse: number;
  readonly rmse: number;
  readonly mae: number;
}

/** R² = 1 − SSE/SST (SST about the mean of y); NaN when y is constant, as sklearn warns. */
export function regressionMetrics(y: ArrayLike<number>, yHat: ArrayLike<number>): RegressionMetrics {
  const n = y.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i]!;
  mean /= n;
  let sse = 0;
  let sst = 0;
  let sae = 0;
  for (let i = 0; i < n; i++) {
    const e = y[i]! - yHat[i]!;
    sse += e * e;
    sae += Math.abs(e);
    sst += (y[i]! - mean) ** 2;
  }
  const mse = sse / n;
  return { n, r2: sst > 0 ? 1 - sse / sst : Number.NaN, mse, rmse: Math.sqrt(mse), mae: sae / n };
}

export function r2Score(y: ArrayLike<number>, yHat: ArrayLike<number>): number {
  return regressionMetrics(y, yHat).r2;
}
