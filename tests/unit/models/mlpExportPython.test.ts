/** pythonScript for the networks: scikit-learn's MLP with the run's settings, and the differences said in the script. */
import { describe, expect, it } from 'vitest';
import { makeTable, numberColumn, categoryColumn } from '../../../src/table/build';
import { fitTable } from '../../../src/models/pipeline';
import { pythonScript } from '../../../src/models/exportPython';

const x = Array.from({ length: 40 }, (_, i) => (i % 10) / 3 - 1.5);
const z = Array.from({ length: 40 }, (_, i) => ((i * 7) % 11) / 4 - 1.2);
const table = makeTable([
  numberColumn('x', x),
  numberColumn('z', z),
  categoryColumn(
    'c',
    x.map((v, i) => (v * z[i]! > 0 ? 'p' : 'q')),
  ),
  numberColumn(
    't',
    x.map((v, i) => v * v - z[i]!),
  ),
]);

describe('pythonScript for networks', () => {
  it('mlp minibatch: MLPClassifier with the same layers, activation, batch, rate, momentum, epochs and seed; L1 and decay noted', () => {
    const spec = {
      model: 'mlp',
      method: 'minibatch',
      target: 'c',
      options: {
        hidden: [6, 3],
        activation: 'tanh',
        batchSize: 8,
        learningRate: 0.05,
        momentum: 0.5,
        epochs: 7,
        penalty: 'l1',
        alpha: 0.01,
        learningRateSchedule: 'decay',
      },
      seed: 3,
    } as const;
    const script = pythonScript(spec, fitTable(table, spec).report);
    expect(script).toContain('from sklearn.neural_network import MLPClassifier');
    expect(script).toContain(
      "model = MLPClassifier(hidden_layer_sizes=(6, 3,), activation=\"tanh\", solver='sgd', alpha=0.0, batch_size=8, learning_rate='constant', learning_rate_init=0.05, momentum=0.5, nesterovs_momentum=False, max_iter=7, shuffle=True, tol=0.0, n_iter_no_change=7, random_state=3)",
    );
    expect(script).toContain('no L1 penalty');
    expect(script).toContain('η/(1 + decay·epoch)');
    expect(script).not.toContain('class Descent');
    expect(script).toContain('model.coefs_');
  });

  it('mlp-regression gd: MLPRegressor on all training rows per step with the L2 alpha', () => {
    const spec = {
      model: 'mlp-regression',
      method: 'gd',
      target: 't',
      features: ['x', 'z'],
      options: { hidden: [4], activation: 'relu', penalty: 'l2', alpha: 0.1, epochs: 5 },
    } as const;
    const script = pythonScript(spec, fitTable(table, spec).report);
    expect(script).toContain('MLPRegressor(hidden_layer_sizes=(4,), activation="relu", solver=\'sgd\', alpha=0.1, batch_size=len(TRAIN),');
    expect(script).toContain('shuffle=False');
  });
});
