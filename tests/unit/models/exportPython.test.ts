/**
 * pythonScript: the script names the same estimator and options, the same rows and the same
 * preprocessing as the fit. (Run by hand on the samples, the scripts print the CLI's metrics:
 * ridge R² 0.500273 / 0.572736, gd 0.497443 / 0.574652, logistic newton 0.989035 / 0.982301; ridge
 * with --validation 0.2 --test 0.2 and --evaluate-test: test R² 0.47527 from the CLI and the script.)
 */
import { describe, expect, it } from 'vitest';
import { categoryColumn, makeTable, numberColumn } from '../../../src/table/build';
import { fitTable } from '../../../src/models/pipeline';
import { pythonScript } from '../../../src/models/exportPython';
import type { FitSpec } from '../../../src/models/pipeline';

const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const table = makeTable([
  numberColumn('x', x),
  categoryColumn(
    'g',
    x.map((v) => (v % 3 === 0 ? 'b' : v % 3 === 1 ? 'a' : 'c')),
  ),
  numberColumn(
    'y',
    x.map((v) => 2 * v + (v % 3)),
  ),
]);

function script(spec: FitSpec): string {
  return pythonScript(spec, fitTable(table, spec).report);
}

describe('pythonScript', () => {
  it('ridge with scaling: same inputs (reference level dropped), rows, pipeline and alpha', () => {
    const s = script({
      model: 'linear',
      target: 'y',
      method: 'ridge',
      options: { alpha: 0.5 },
      scale: 'standard',
      seed: 3,
      fileName: 'data.csv',
    });
    expect(s).toContain('INPUTS = ["x", "g=b", "g=c"]');
    expect(s).toContain('reference levels ["g=a"] dropped');
    const report = fitTable(table, {
      model: 'linear',
      target: 'y',
      method: 'ridge',
      options: { alpha: 0.5 },
      scale: 'standard',
      seed: 3,
    }).report;
    expect(s).toContain(`TRAIN = [${report.split.train!.join(', ')}]`);
    expect(s).toContain('model = Ridge(alpha=0.5)');
    expect(s).toContain('pipeline = make_pipeline(StandardScaler(), model)');
  });

  it('logistic regression converts λ back to scikit-learn’s C; descent methods get the numpy loop', () => {
    const t = makeTable([
      numberColumn('x', x),
      categoryColumn(
        'c',
        x.map((v) => (v > 5 ? 'hi' : 'lo')),
      ),
    ]);
    const spec: FitSpec = { model: 'logistic', target: 'c', options: { C: 2 }, split: { kind: 'none' } };
    const s = pythonScript(spec, fitTable(t, spec).report);
    expect(s).toMatch(/LogisticRegression\(penalty="l2", C=1 \/ \(len\(train\) \* 0\.05\), solver="lbfgs"/);
    const gd: FitSpec = {
      model: 'logistic',
      target: 'c',
      method: 'sgd',
      options: { epochs: 7, learningRate: 0.2, penalty: 'none' },
      split: { kind: 'none' },
    };
    const g = pythonScript(gd, fitTable(t, gd).report);
    expect(g).toContain('class Descent:');
    expect(g).toContain('for epoch in range(7):');
    expect(g).toContain('model = Descent(method="sgd")');
  });

  it('lists the test rows apart and scores them only with --evaluate-test; without a test part there is no TEST', () => {
    const spec: FitSpec = {
      model: 'linear',
      target: 'y',
      method: 'ols',
      split: { kind: 'random', fraction: 0.2, testFraction: 0.2 },
      seed: 1,
    };
    const report = fitTable(table, spec).report;
    const s = pythonScript(spec, report);
    expect(report.split.test).toHaveLength(2);
    expect(s).toContain(`TEST = [${report.split.test!.join(', ')}]  # kept aside: scored only with --evaluate-test, as in Fitplot`);
    expect(s).toContain('if "--evaluate-test" in sys.argv[1:]:\n    print("R²", "test", score(np.array(TEST, dtype=int)))');
    expect(s).toContain('Run: python3 this_script.py path/to/file.csv [--evaluate-test]');
    // The flag is not taken for the file name.
    expect(s).toContain('FILE = next((a for a in sys.argv[1:] if not a.startswith("--")), "data.csv")');
    const plain = script({ model: 'linear', target: 'y', method: 'ols', seed: 1 });
    expect(plain).not.toContain('TEST');
    expect(plain).not.toContain('--evaluate-test');
  });
});
