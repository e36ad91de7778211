#!/usr/bin/python3
"""Golden fixture for the Explain panel's numbers (src/models/explain), re-runnable:

    /usr/bin/python3 tests/golden/explain/generate_explain.py

Reads the bundled samples (assets/samples) and writes, with plain numpy loops written from the
formulas the panel shows:
- the course's linear neuron on diabetes_scaled `bmi` (per-sample, file order, lr 1, w = b = 1):
  its first update step and its weights after 100 epochs, beside least squares (normal equations);
- ridge (alpha 1, unpenalised intercept) on `bmi`, `bp`: the normal equations and sklearn's solution;
- a logistic neuron on breast cancer (two unscaled features, mini-batch 32, lr 0.01, zeros): its first step.
"""
import json
import os
import platform

import numpy as np
from sample_columns import column, read
import sklearn
from sklearn.linear_model import Ridge

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'fixtures', 'explain.json')



h, rows = read('diabetes_scaled.csv')
bmi = column(h, rows, 'bmi')
bp = column(h, rows, 'bp')
target = column(h, rows, 'target')

# The course's Neuron: z = w·x + b, err = z − y, w ← w − lr·err·x, b ← b − lr·err, one row at a time.
w, b = 1.0, 1.0
x0, y0 = bmi[0], target[0]
z0 = w * x0 + b
err0 = z0 - y0
first = {'x': [x0], 'y': y0, 'z': [z0], 'dz': [err0], 'gradWeights': [err0 * x0], 'gradIntercepts': [err0],
         'weightsAfter': [w - err0 * x0], 'interceptsAfter': [b - err0], 'batchLoss': 0.5 * err0 ** 2}
for _ in range(100):
    for xi, yi in zip(bmi, target):
        err = (w * xi + b) - yi
        w -= err * xi
        b -= err
A = np.column_stack([np.ones_like(bmi), bmi])
ols_matrix = A.T @ A
ols_rhs = A.T @ target
ols_solution = np.linalg.solve(ols_matrix, ols_rhs)

X2 = np.column_stack([bmi, bp])
A2 = np.column_stack([np.ones_like(bmi), X2])
ridge_matrix = A2.T @ A2 + np.diag([0.0, 1.0, 1.0])
ridge_rhs = A2.T @ target
sk = Ridge(alpha=1.0).fit(X2, target)

hb, rb = read('breast_cancer.csv')
features = ['mean radius', 'mean texture']
Xb = np.column_stack([column(hb, rb, f) for f in features])
yb = column(hb, rb, 'diagnosis', lambda s: 1.0 if s == 'malignant' else 0.0)
batch = 32
zb = np.zeros(batch)  # zeros init: z = 0, σ(z) = ½
dzb = 1 / (1 + np.exp(-zb)) - yb[:batch]
gw = (dzb @ Xb[:batch]) / batch
gb = dzb.mean()
loss = np.mean(np.log1p(np.exp(zb)) - yb[:batch] * zb)

payload = {
    'versions': {'generator': 'tests/golden/explain/generate_explain.py', 'python': platform.python_version(), 'numpy': np.__version__, 'sklearn': sklearn.__version__},
    'neuron': {'bmi': bmi.tolist(), 'bp': bp.tolist(), 'target': target.tolist(), 'firstStep': first, 'after100': {'w': w, 'b': b}},
    'ols': {'matrix': ols_matrix.tolist(), 'rhs': ols_rhs.tolist(), 'solution': ols_solution.tolist()},
    'ridge': {'alpha': 1.0, 'matrix': ridge_matrix.tolist(), 'rhs': ridge_rhs.tolist(), 'solution': [float(sk.intercept_), *sk.coef_.tolist()]},
    'logistic': {'features': features, 'X': Xb.tolist(), 'y': yb.tolist(), 'batch': batch, 'learningRate': 0.01,
                 'gradWeights': gw.tolist(), 'gradIntercepts': [gb], 'weightsAfter': (-0.01 * gw).tolist(), 'interceptsAfter': [-0.01 * gb], 'batchLoss': loss},
}
with open(OUT, 'w') as f:
    json.dump(payload, f, separators=(',', ':'))
    f.write('\n')
print('neuron after 100 epochs', w, b, 'least squares', ols_solution)
