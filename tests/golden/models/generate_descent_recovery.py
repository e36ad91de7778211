#!/usr/bin/python3
"""Golden fixture: per-sample gradient descent on *unscaled* breast cancer data recovers from a
first epoch whose loss jumps far above the start (a run that a one-bad-epoch divergence rule would
stop). Plain numpy, the engine's update rule (mean cross-entropy per step, file order, zeros):

    /usr/bin/python3 tests/golden/models/generate_descent_recovery.py

Reads the data and split of fixtures/breast_cancer.json (written by generate_models.py).
"""
import json
import os

import numpy as np

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures')
LEARNING_RATE = 0.1
EPOCHS = 30

with open(os.path.join(HERE, 'breast_cancer.json')) as f:
    bc = json.load(f)
X = np.array(bc['X'], dtype=float)
y = np.array(bc['y'], dtype=float)
train, validation = np.array(bc['train']), np.array(bc['validation'])
Xt, yt, Xv, yv = X[train], y[train], X[validation], y[validation]


def mean_loss(w, b, X, y):
    z = X @ w + b
    # log(1 + e^{-z}) for y = 1 and log(1 + e^{z}) for y = 0, without overflow.
    return float(np.mean(np.logaddexp(0, np.where(y == 1, -z, z))))


w = np.zeros(X.shape[1])
b = 0.0
losses = []
for epoch in range(EPOCHS):
    for i in range(len(yt)):
        z = Xt[i] @ w + b
        d = 1 / (1 + np.exp(-z)) - yt[i]
        w -= LEARNING_RATE * d * Xt[i]
        b -= LEARNING_RATE * d
    losses.append(mean_loss(w, b, Xt, yt))

accuracy = float(np.mean(((Xv @ w + b) >= 0) == (yv == 1)))
with open(os.path.join(HERE, 'descent_recovery.json'), 'w') as f:
    json.dump({'learningRate': LEARNING_RATE, 'epochs': EPOCHS, 'startLoss': float(np.log(2)), 'trainLoss': losses,
               'weights': w.tolist(), 'intercept': b, 'validationAccuracy': accuracy, 'numpy': np.__version__}, f)
print('max loss', max(losses), 'final', losses[-1], 'validation accuracy', accuracy)
