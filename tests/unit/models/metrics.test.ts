/** Classification and regression metrics on tiny hand-computed cases. */
import { describe, expect, it } from 'vitest';
import { classificationMetrics, confusionMatrix, logLoss, rocAndPrCurves, rocAuc } from '../../../src/models/metrics/classification';
import { regressionMetrics } from '../../../src/models/metrics/regression';
import { expectClose } from '../../helpers/expectClose';

describe('classification metrics', () => {
  it('binary: confusion, precision 2/3, recall 2/3, F1 2/3, AUC 8/9 with a tie', () => {
    const y = [1, 1, 1, 0, 0, 0];
    const p1 = [0.9, 0.8, 0.3, 0.6, 0.2, 0.1];
    const pred = p1.map((p) => (p >= 0.5 ? 1 : 0));
    const proba = p1.flatMap((p) => [1 - p, p]);
    const m = classificationMetrics(y, pred, proba, 2);
    expect(m.confusion).toEqual([
      [2, 1],
      [1, 2],
    ]);
    expectClose([m.accuracy, m.precision, m.recall, m.f1], [4 / 6, 2 / 3, 2 / 3, 2 / 3], { rtol: 1e-15 });
    // Pairs (pos, neg): 9; misordered: 0.3 < 0.6 → AUC 8/9.
    expectClose(m.rocAuc!, 8 / 9, { rtol: 1e-15 });
    expectClose(rocAuc([1, 0], [0.5, 0.5]), 0.5, { rtol: 1e-15 });
    expectClose(m.logLoss, -(Math.log(0.9) + Math.log(0.8) + Math.log(0.3) + Math.log(0.4) + Math.log(0.8) + Math.log(0.9)) / 6, {
      rtol: 1e-14,
    });
  });

  it('multiclass confusion and log loss clipping', () => {
    expect(confusionMatrix([0, 1, 2, 2], [0, 2, 2, 1], 3)).toEqual([
      [1, 0, 0],
      [0, 0, 1],
      [0, 1, 1],
    ]);
    expectClose(logLoss([0], [0, 1], 2), -Math.log(1e-15), { rtol: 1e-12 });
  });

  it('ROC and PR curves start at (0, 0) and end at (1, 1) / recall 1', () => {
    const { roc, pr } = rocAndPrCurves([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.1]);
    expect(roc.x).toEqual([0, 0, 0.5, 0.5, 1]);
    expect(roc.y).toEqual([0, 0.5, 0.5, 1, 1]);
    expect(pr.x).toEqual([0.5, 0.5, 1, 1]);
    expect(pr.y).toEqual([1, 0.5, 2 / 3, 0.5]);
  });
});

describe('regression metrics', () => {
  it('R², MSE, RMSE, MAE by hand', () => {
    const m = regressionMetrics([1, 2, 3, 4], [1, 2, 4, 2]);
    // Errors 0, 0, −1, 2: SSE 5, SST 5 → R² 0; MSE 1.25; MAE 0.75.
    expectClose([m.r2, m.mse, m.rmse, m.mae], [0, 1.25, Math.sqrt(1.25), 0.75], { rtol: 1e-15, atol: 1e-15 });
  });
});
