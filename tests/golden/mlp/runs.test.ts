/**
 * Per-epoch agreement with the references of generate_mlp.py, from the same starting weights:
 * - numpy runs of the same algorithm (every output/loss pair, 1–3 hidden layers, full batch,
 *   mini-batch and per-row steps, momentum, decaying rate, L1 and L2): losses and metrics after
 *   every epoch to 1e-9 relative, final weights to 1e-9 of their largest magnitude;
 * - scikit-learn's MLPClassifier / MLPRegressor (solver sgd, no shuffling, batch = all rows):
 *   loss_curve_ to 1e-8 relative. scikit-learn records the loss before each epoch's step, so its
 *   entry e + 1 is Fitplot's objective after epoch e; the final weights cover the last epoch.
 */
import { describe, expect, it } from 'vitest';
import { MLPClassifier } from '../../../src/models/mlp/MLPClassifier';
import { MLPRegressor } from '../../../src/models/mlp/MLPRegressor';
import type { LayerJSON } from '../../../src/models/mlp/network';
import { flattenLayers } from '../../../src/models/mlp/network';
import type { MLPOptions } from '../../../src/models/mlp/options';
import { dataSet, maxRelativeError, runs } from './fixtures';

const hiddenOf = (layers: readonly LayerJSON[]) => layers.slice(0, -1).map((l) => l.biases.length);

/** max |a − b| over max |b|: agreement of a weight vector as a whole (single weights may be near 0). */
function relativeToScale(a: readonly number[], b: readonly number[]): number {
  let diff = 0;
  let scale = 0;
  b.forEach((v, i) => {
    diff = Math.max(diff, Math.abs(a[i]! - v));
    scale = Math.max(scale, Math.abs(v));
  });
  return diff / scale;
}

describe('numpy runs of the same algorithm', () => {
  it.each(runs.numpy.map((r) => [r.name, r] as const))(
    '%s',
    (_, run) => {
      const c = run.config;
      const d = dataSet(run.data);
      const options: MLPOptions = {
        hidden: hiddenOf(run.start),
        activation: c.activation,
        loss: c.loss,
        method: c.method,
        learningRate: c.learningRate,
        penalty: c.penalty,
        alpha: c.alpha,
        epochs: c.epochs,
        shuffle: false,
        ...(c.batchSize !== undefined && { batchSize: c.batchSize }),
        ...(c.schedule && { learningRateSchedule: c.schedule, decay: c.decay! }),
        ...(c.momentum !== undefined && { momentum: c.momentum }),
      };
      const m = c.head === 'identity' ? new MLPRegressor(options) : new MLPClassifier(options);
      m.startFrom(run.start, d.x.cols).fit(d.x, d.y, d.validation ? { validation: d.validation } : {});
      const curves = m.curves!;
      expect(curves.epochs.length).toBe(c.epochs);
      expect(maxRelativeError(curves.trainLoss, run.trainLoss)).toBeLessThan(1e-9);
      expect(maxRelativeError(curves.objective, run.objective)).toBeLessThan(1e-9);
      if (c.head === 'identity') expect(maxRelativeError(curves.trainMetric, run.trainMetric)).toBeLessThan(1e-9);
      else expect(curves.trainMetric).toEqual(run.trainMetric);
      if (d.validation) {
        expect(maxRelativeError(curves.validationLoss, run.validationLoss)).toBeLessThan(1e-9);
        expect(curves.validationMetric).toEqual(run.validationMetric);
      }
      expect(relativeToScale(flattenLayers(m.layers()), flattenLayers(run.final))).toBeLessThan(1e-9);
    },
    60_000,
  );
});

describe('scikit-learn MLPClassifier / MLPRegressor from injected weights', () => {
  it.each(runs.sklearn.map((r) => [r.name, r] as const))(
    '%s',
    (_, run) => {
      const d = dataSet(run.data);
      const options: MLPOptions = {
        hidden: hiddenOf(run.start),
        activation: run.activation,
        method: 'gd',
        learningRate: run.learningRate,
        penalty: run.alpha > 0 ? 'l2' : 'none',
        alpha: run.alpha,
        momentum: run.momentum,
        epochs: run.epochs,
      };
      const m = run.model === 'regressor' ? new MLPRegressor(options) : new MLPClassifier(options);
      m.startFrom(run.start, d.x.cols).fit(d.x, d.y);
      const objective = m.curves!.objective;
      expect(objective.length).toBe(run.epochs);
      expect(maxRelativeError(objective.slice(0, -1), run.lossCurve.slice(1))).toBeLessThan(1e-8);
      expect(relativeToScale(flattenLayers(m.layers()), flattenLayers(run.final))).toBeLessThan(1e-8);
    },
    60_000,
  );
});
