/**
 * The networks through the engine's front door: fitTable with the `mlp` / `mlp-regression`
 * families of MODEL_SPECS (options validated from the spec, live progress, a stop request), the
 * saved model re-applied by predictTable, and validateModelOptions' errors for the networks' options.
 */
import { describe, expect, it } from 'vitest';
import { categoryColumn, makeTable, numberColumn } from '../../../src/table/build';
import { SeededRandom } from '../../../src/stats/random';
import { fitTable } from '../../../src/models/pipeline';
import { predictTable } from '../../../src/models/predictTable';
import { validateModelOptions } from '../../../src/models/optionValidation';
import type { EpochProgress } from '../../../src/models/estimatorContract';

const rng = new SeededRandom(11);
const n = 300;
const u = Array.from({ length: n }, () => rng.nextNormal());
const v = Array.from({ length: n }, () => rng.nextNormal());
// The class is the sign of u·v: no linear boundary, one hidden layer suffices.
const table = makeTable([
  numberColumn('u', u),
  numberColumn('v', v),
  categoryColumn(
    'quadrant',
    u.map((x, i) => (x * v[i]! > 0 ? 'same' : 'opposite')),
  ),
  numberColumn(
    'w',
    u.map((x, i) => Math.sin(2 * x) + v[i]! * v[i]!),
  ),
]);

describe('fitTable with the network families', () => {
  it('mlp: a classifier with live progress, probabilities and a saved model that predicts the same classes', () => {
    const seen: EpochProgress[] = [];
    const { report, model } = fitTable(
      table,
      {
        model: 'mlp',
        method: 'minibatch',
        target: 'quadrant',
        features: ['u', 'v'],
        options: { hidden: [12], activation: 'tanh', epochs: 150, batchSize: 16, learningRate: 0.1 },
        seed: 4,
      },
      { onEpoch: (p) => seen.push(p) },
    );
    expect(report.estimator).toBe('MLPClassifier');
    expect(report.stopReason).toBe('maxEpochs');
    expect(seen.length).toBe(150);
    expect(report.curves!.validationLoss.length).toBe(150);
    expect(report.coefficients).toBeUndefined();
    expect(report.settings).toMatchObject({ hidden: '12', activation: 'tanh', shuffle: true, batchSize: 16, loss: 'crossEntropy' });
    expect((report.metrics.validation as { accuracy: number }).accuracy).toBeGreaterThanOrEqual(0.9);
    const again = predictTable(JSON.parse(JSON.stringify(model)), table);
    expect(again.classes).toEqual(['opposite', 'same']);
    expect(again.probabilities!.length).toBe(2 * n);
    const trainRows = report.split.train!;
    const correct = trainRows.filter((i) => ['opposite', 'same'][again.values[i]!] === (u[i]! * v[i]! > 0 ? 'same' : 'opposite')).length;
    expect(correct / trainRows.length).toBeCloseTo((report.metrics.train as { accuracy: number }).accuracy, 12);
  });

  it('mlp-regression: a regressor stopped after five epochs keeps those weights and says so', () => {
    let epochs = 0;
    const { report } = fitTable(
      table,
      { model: 'mlp-regression', method: 'gd', target: 'w', features: ['u', 'v'], options: { hidden: [8, 4], epochs: 1000 } },
      { onEpoch: () => epochs++, shouldStop: () => epochs >= 5 },
    );
    expect(report.estimator).toBe('MLPRegressor');
    expect(report.stopReason).toBe('stopped');
    expect(report.epochsRun).toBe(5);
    expect(report.warnings).toContainEqual({ key: 'model.warning.stopped', params: { epoch: 5, epochs: 1000 } });
  });

  it("validateModelOptions knows the networks' options and the methods that use them", () => {
    expect(validateModelOptions('mlp', 'gd', { hidden: [10, 5], activation: 'relu', init: 'he', momentum: 0.9 })).toEqual([]);
    expect(validateModelOptions('mlp', 'gd', { batchSize: 32 })[0]).toMatchObject({
      key: 'model.option.notUsedByMethod',
      params: { option: 'batchSize', method: 'gd' },
    });
    expect(validateModelOptions('mlp', 'minibatch', { init: 'zeros' })[0]).toMatchObject({
      key: 'model.option.notAChoice',
      params: { option: 'init', choices: ['ones', 'normal', 'glorot', 'he'] },
    });
    expect(validateModelOptions('mlp-regression', 'sgd', { loss: 'squared' })[0]).toMatchObject({
      key: 'model.option.unknown',
      params: { option: 'loss' },
    });
    expect(validateModelOptions('mlp', 'minibatch', { hidden: [0] })[0]).toMatchObject({
      key: 'model.option.badList',
      params: { option: 'hidden' },
    });
  });
});
