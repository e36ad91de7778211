/**
 * Least squares vs gradient descent on the same data: both minimise ½·MSE, so the descent should
 * approach the closed-form optimum. Reports coefficients side by side, each final loss, the
 * Euclidean distance ‖(b, w)_epoch − (b, w)_OLS‖ after every epoch, iterations and wall time.
 */
import type { DenseMatrix } from '../linalg';
import type { Message } from '../table/messages';
import type { StopReason } from './estimatorContract';
import { LinearRegression } from './LinearRegression';
import { GradientDescentRegressor } from './GradientDescentRegressor';
import type { GradientDescentOptions } from './descentOptions';
import { meanLoss } from './linear';
import { squaredLoss } from './losses';

export interface LeastSquaresVsDescent {
  readonly leastSquares: { coefficients: number[]; intercept: number; loss: number; timeMs: number };
  readonly gradientDescent: {
    coefficients: number[];
    intercept: number;
    loss: number;
    timeMs: number;
    epochs: number;
    stopReason: StopReason;
    message?: Message;
  };
  /** Distance to the least-squares optimum after each epoch. */
  readonly distanceToOptimum: number[];
}

export function compareLeastSquaresDescent(x: DenseMatrix, y: ArrayLike<number>, options: GradientDescentOptions): LeastSquaresVsDescent {
  const t0 = performance.now();
  const ols = new LinearRegression().fit(x, y);
  const t1 = performance.now();
  const target = [ols.intercept, ...ols.coef];
  const distance: number[] = [];
  const gd = new GradientDescentRegressor({ ...options, penalty: 'none' }).fit(x, y, {
    onEpoch: (_e, p) => {
      let s = (p.intercepts[0]! - target[0]!) ** 2;
      for (let j = 0; j < p.features; j++) s += (p.weights[j]! - target[j + 1]!) ** 2;
      distance.push(Math.sqrt(s));
    },
  });
  const t2 = performance.now();
  const r = gd.result!;
  return {
    leastSquares: {
      coefficients: Array.from(ols.coef),
      intercept: ols.intercept,
      loss: meanLoss(x, y, ols.parameters(), squaredLoss),
      timeMs: t1 - t0,
    },
    gradientDescent: {
      coefficients: Array.from(gd.coef),
      intercept: gd.intercept,
      loss: meanLoss(x, y, gd.parameters(), squaredLoss),
      timeMs: t2 - t1,
      epochs: r.epochsRun,
      stopReason: r.stopReason,
      ...(r.message !== undefined && { message: r.message }),
    },
    distanceToOptimum: distance,
  };
}
