/**
 * `pythonScript(spec, report)`: a standalone Python script (numpy and scikit-learn, csv from the
 * standard library) that reproduces a fit from the CSV, so a user can move the work to Python.
 * Same columns (one-hot with the same reference levels), same train/validation/test rows (the
 * report's index lists; the test rows scored only with --evaluate-test), same preprocessing order
 * (impute → polynomial terms → scale, fitted on the training rows) and the scikit-learn estimator
 * with the same objective; gradient-descent methods, which
 * scikit-learn does not offer as such, are written out as a numpy loop with the engine's update rule.
 */
import { FitplotError } from '../table/errors';
import type { FitReport, FitSpec } from './fit/fitSpec';
import { isNetwork, networkLines } from './mlp/exportPython';

const py = (v: unknown): string =>
  typeof v === 'boolean'
    ? v
      ? 'True'
      : 'False'
    : typeof v === 'string'
      ? JSON.stringify(v)
      : Array.isArray(v)
        ? `[${v.map(py).join(', ')}]`
        : String(v);

function estimatorLines(r: FitReport): { imports: string[]; make: string; show?: string[] } {
  if (isNetwork(r)) return networkLines(r);
  const s = r.settings;
  switch (r.method) {
    case 'ols':
      return { imports: ['from sklearn.linear_model import LinearRegression'], make: 'LinearRegression()' };
    case 'ridge':
      return { imports: ['from sklearn.linear_model import Ridge'], make: `Ridge(alpha=${py(s.alpha)})` };
    case 'lasso':
      return {
        imports: ['from sklearn.linear_model import Lasso'],
        make: `Lasso(alpha=${py(s.alpha)}, max_iter=${py(s.maxIter)}, tol=${py(s.tol)})`,
      };
    case 'elasticnet':
      return {
        imports: ['from sklearn.linear_model import ElasticNet'],
        make: `ElasticNet(alpha=${py(s.alpha)}, l1_ratio=${py(s.l1Ratio)}, max_iter=${py(s.maxIter)}, tol=${py(s.tol)})`,
      };
    case 'newton':
    case 'lbfgs': {
      const penalty = s.penalty === 'none' ? 'None' : py(s.penalty);
      // Fitplot's mean-form λ is scikit-learn's 1/(n·C): the same minimiser.
      const c = s.penalty === 'none' ? '' : `, C=1 / (len(train) * ${py(s.lambda)})`;
      const solver = s.penalty === 'l1' ? (r.classes && r.classes.length > 2 ? 'saga' : 'liblinear') : 'lbfgs';
      return {
        imports: ['from sklearn.linear_model import LogisticRegression'],
        make: `LogisticRegression(penalty=${penalty}${c}, solver=${py(solver)}, max_iter=10000, tol=1e-10)`,
      };
    }
    case 'gd':
    case 'minibatch':
    case 'sgd':
      return { imports: [], make: `Descent(method=${py(r.method)})` };
    default:
      throw new FitplotError({
        code: 'BAD_OPTION',
        key: 'model.error.noPythonExport',
        params: { method: r.method },
        message: `There is no Python export for method '${r.method}' yet.`,
      });
  }
}

/** The engine's gradient descent (gradientDescent.ts) in numpy: mean loss per step, L2 shrink or L1 soft-threshold, intercepts not penalised. */
function descentClass(r: FitReport): string {
  const s = r.settings;
  const k = r.classes ? (r.classes.length > 2 ? r.classes.length : 1) : 1;
  const kind = r.classes ? (k > 1 ? 'softmax' : 'sigmoid') : 'squared';
  const penalty = s.penalty ?? 'none';
  const alpha = penalty === 'none' ? 0 : (s.lambda ?? s.alpha ?? 0);
  return `
class Descent:
    """Fitplot's ${r.method} descent: ${kind} loss, η = ${py(s.learningRate)} (${py(s.learningRateSchedule)}), ${py(s.epochs)} epochs, init ${py(s.init)}, penalty ${py(penalty)} (λ = ${py(alpha)})."""

    def __init__(self, method):
        self.method = method

    def _outputs(self, X):
        return X @ self.coef_.T + self.intercept_

    def fit(self, X, y):
        n, p = X.shape
        start = 1.0 if ${py(s.init)} == "ones" else 0.0
        self.coef_ = np.full((${k}, p), start)
        self.intercept_ = np.full(${k}, start)
        rng = np.random.default_rng(${py(s.seed)})
        if ${py(s.init)} == "random":  # Fitplot's own seeded generator differs: numbers will differ slightly
            self.coef_ = 0.01 * rng.standard_normal((${k}, p))
        step = n if self.method == "gd" else 1 if self.method == "sgd" else min(${py(s.batchSize ?? 32)}, n)
        for epoch in range(${py(s.epochs)}):
            # File order unless shuffled (Fitplot's seeded shuffle differs from numpy's).
            order = rng.permutation(n) if ${py(s.shuffle ?? false)} else np.arange(n)
            eta = ${py(s.learningRate)} / (1 + ${py(s.decay ?? 0.01)} * epoch) if ${py(s.learningRateSchedule)} == "decay" else ${py(s.learningRate)}
            for s0 in range(0, n, step):
                idx = order[s0:s0 + step]
                d = self._dloss(self._outputs(X[idx]), y[idx])
                shrink = 1 - eta * ${py(alpha)} if ${py(penalty)} == "l2" else 1.0
                self.coef_ = self.coef_ * shrink - eta * (d.T @ X[idx]) / len(idx)
                if ${py(penalty)} == "l1":
                    self.coef_ = np.sign(self.coef_) * np.maximum(np.abs(self.coef_) - eta * ${py(alpha)}, 0)
                self.intercept_ = self.intercept_ - eta * d.mean(axis=0)
        return self

    def _dloss(self, z, y):
        if ${py(kind)} == "squared":
            return z - y[:, None]
        if ${py(kind)} == "sigmoid":
            return 1 / (1 + np.exp(-z)) - y[:, None]
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True) - np.eye(${k})[y.astype(int)]

    def predict(self, X):
        z = self._outputs(X)
        if ${py(kind)} == "squared":
            return z[:, 0]
        if ${py(kind)} == "sigmoid":
            return (1 / (1 + np.exp(-z[:, 0])) >= ${py(s.threshold ?? 0.5)}).astype(float)
        return z.argmax(axis=1).astype(float)
`;
}

/** The app's row filter is not code here: the script reproduces it through the rows it lists, and says so. */
function filterNote(r: FitReport): string[] {
  if (r.rows.filteredOut === 0) return [];
  return [
    `# A row filter in Fitplot left out ${r.rows.filteredOut} of the file's ${r.rows.total} rows. The filter itself is not`,
    '# part of this script: TRAIN and VALIDATION list only rows it kept, so the fit reads the same rows.',
  ];
}

export function pythonScript(spec: FitSpec, r: FitReport): string {
  const est = estimatorLines(r);
  const pre = r.preprocessing;
  const imports = ['import csv', 'import sys', '', 'import numpy as np', 'from sklearn.pipeline import make_pipeline', ...est.imports];
  const steps: string[] = [];
  if (pre.missing !== 'drop') {
    imports.push('from sklearn.impute import SimpleImputer');
    steps.push(`SimpleImputer(strategy=${py(pre.missing)})`);
  }
  if (pre.degree > 1) {
    imports.push('from sklearn.preprocessing import PolynomialFeatures');
    steps.push(`PolynomialFeatures(degree=${pre.degree}, include_bias=False)`);
  }
  if (pre.scale !== 'none') {
    imports.push(`from sklearn.preprocessing import ${pre.scale === 'standard' ? 'StandardScaler' : 'MinMaxScaler'}`);
    steps.push(pre.scale === 'standard' ? 'StandardScaler()' : 'MinMaxScaler()');
  }
  steps.push('model');
  // Encoded inputs before polynomial terms: plain columns and one-hot "column=level" indicators.
  const inputs = pre.degree > 1 ? [...new Set(r.features.flatMap((f) => f.split(/[*^]/).filter((t) => !/^\d+$/.test(t))))] : r.features;
  const classification = r.classes !== undefined;
  const lines = [
    `"""Reproduces a Fitplot fit in numpy and scikit-learn: ${r.model} ${r.method} of '${r.target}' on ${spec.fileName ?? 'the CSV file'}.`,
    `Run: python3 this_script.py path/to/file.csv${r.split.test ? ' [--evaluate-test]' : ''}"""`,
    ...imports,
    est.make.startsWith('Descent(') ? descentClass(r) : '',
    `FILE = next((a for a in sys.argv[1:] if not a.startswith("--")), ${py(spec.fileName ?? 'data.csv')})`,
    `TARGET = ${py(r.target)}`,
    `# Model inputs: numbers as they are, "column=level" as 0/1 (reference levels ${py(Object.entries(r.referenceLevels).map(([c, l]) => `${c}=${l}`))} dropped).`,
    `INPUTS = ${py(inputs)}`,
    ...(classification ? [`CLASSES = ${py(r.classes)}  # class index = position here`] : []),
    `TRAIN = ${py(r.split.train ?? [])}  # 0-based data rows of the file`,
    `VALIDATION = ${py(r.split.validation ?? [])}`,
    ...(r.split.test ? [`TEST = ${py(r.split.test)}  # kept aside: scored only with --evaluate-test, as in Fitplot`] : []),
    ...filterNote(r),
    '',
    'def number(text):',
    '    t = text.strip().lower()',
    '    if t in ("true", "yes"):',
    '        return 1.0',
    '    if t in ("false", "no"):',
    '        return 0.0',
    '    try:',
    '        return float(t)',
    '    except ValueError:',
    '        return np.nan',
    '',
    'def cell(row, name):',
    '    column, eq, level = name.partition("=")',
    '    if eq and column in row:',
    '        return np.nan if row[column].strip() == "" else float(row[column] == level)',
    '    return number(row[name])',
    '',
    'with open(FILE, newline="", encoding="utf-8") as f:',
    '    rows = list(csv.DictReader(f))',
    'X = np.array([[cell(r, name) for name in INPUTS] for r in rows])',
    classification
      ? 'y = np.array([float(CLASSES.index(r[TARGET])) if r[TARGET] in CLASSES else np.nan for r in rows])'
      : 'y = np.array([number(r[TARGET]) for r in rows])',
    'train, validation = np.array(TRAIN, dtype=int), np.array(VALIDATION, dtype=int)',
    `model = ${est.make}`,
    `pipeline = make_pipeline(${steps.join(', ')})`,
    'pipeline.fit(X[train], y[train])',
    `score = ${classification ? 'lambda rows: float(np.mean(pipeline.predict(X[rows]) == y[rows]))' : 'lambda rows: 1 - float(np.sum((y[rows] - pipeline.predict(X[rows])) ** 2) / np.sum((y[rows] - y[rows].mean()) ** 2))'}`,
    `print(${py(classification ? 'accuracy' : 'R²')}, "train", score(train), "validation", score(validation) if len(validation) else "-")`,
    // The test rows are looked at once, when asked, so choosing by them does not turn them into validation rows.
    ...(r.split.test
      ? [
          'if "--evaluate-test" in sys.argv[1:]:',
          `    print(${py(classification ? 'accuracy' : 'R²')}, "test", score(np.array(TEST, dtype=int)))`,
        ]
      : []),
    ...(est.show ?? ['print("intercept", model.intercept_)', 'print("coefficients", model.coef_)']),
    '',
  ];
  return lines.join('\n');
}
