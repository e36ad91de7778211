/**
 * Simple least squares y = a + b·x with R², computed locally in one centred pass (Welford-style
 * co-moments, numerically stable for large offsets). The model engine's OLS gives the same line;
 * this one-variable case needs no matrix and keeps src/charts independent of src/models.
 */

export interface LineFit {
  readonly intercept: number;
  readonly slope: number;
  readonly r2: number;
  readonly n: number;
  readonly xMin: number;
  readonly xMax: number;
}

/** Fits over the rows where both x and y are finite; undefined when fewer than 2 points or x is constant. */
export function fitLine(x: ArrayLike<number>, y: ArrayLike<number>): LineFit | undefined {
  let n = 0;
  let mx = 0;
  let my = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  let xMin = Infinity;
  let xMax = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const yi = y[i]!;
    if (!Number.isFinite(xi) || !Number.isFinite(yi)) continue;
    n++;
    const dx = xi - mx;
    const dy = yi - my;
    mx += dx / n;
    my += dy / n;
    sxx += dx * (xi - mx);
    syy += dy * (yi - my);
    sxy += dx * (yi - my);
    if (xi < xMin) xMin = xi;
    if (xi > xMax) xMax = xi;
  }
  if (n < 2 || sxx === 0) return undefined;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  // R² = 1 − SS_res/SS_tot = sxy²/(sxx·syy) for simple regression; 1 when y is constant and fitted exactly.
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { intercept, slope, r2, n, xMin, xMax };
}
