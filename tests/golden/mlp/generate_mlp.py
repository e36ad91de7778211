#!/usr/bin/python3
"""Golden fixtures for the multilayer perceptron (src/models/mlp), re-runnable:

    /usr/bin/python3 tests/golden/mlp/generate_mlp.py

Uses Debian's python3-numpy and python3-sklearn. Three kinds of reference:
- numpy runs of the same algorithm as src/models/mlp/train.ts (written here from its definition,
  not translated from the TypeScript): per-epoch training loss, objective and metric after each
  epoch, from starting weights stored in the fixture;
- the course's own networks (DualLayer, RandomInitNetwork + MinibatchNetwork of "Do it! 딥러닝
  입문", chapter 6) re-implemented with numpy on its breast-cancer split, for the accuracies it prints;
- scikit-learn's MLPClassifier / MLPRegressor (solver sgd, no shuffling, batch = all rows) started
  from injected weights: loss_curve_ and the final weights.
Weights are stored as (inputs x units) matrices, as numpy and scikit-learn hold them.
"""
import json
import os
import platform
import warnings

import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer, load_iris
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier, MLPRegressor
from sklearn.preprocessing import StandardScaler

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures')
VERSIONS = {'generator': 'tests/golden/mlp/generate_mlp.py', 'python': platform.python_version(),
            'numpy': np.__version__, 'sklearn': sklearn.__version__}


def dump(name, payload):
    with open(os.path.join(OUT, name), 'w') as f:
        json.dump({'versions': VERSIONS, **payload}, f, separators=(',', ':'))
        f.write('\n')


def arr(a):
    return np.asarray(a, dtype=float).tolist()


# ---- the algorithm of train.ts -------------------------------------------------------------

def activate(kind, z):
    if kind == 'sigmoid':
        return 1 / (1 + np.exp(-np.maximum(z, -100)))  # the course's clip before exp
    if kind == 'tanh':
        return np.tanh(z)
    return np.maximum(z, 0)


def derivative(kind, a):
    if kind == 'sigmoid':
        return a * (1 - a)
    if kind == 'tanh':
        return 1 - a * a
    return (a > 0).astype(float)


def output_loss(head, loss, z, y):
    """Summed loss, dLoss/dz, number of correct predictions."""
    if head == 'identity':
        e = z[:, 0] - y
        return 0.5 * np.sum(e * e), e[:, None], 0
    if head == 'sigmoid':
        v = z[:, 0]
        e = np.exp(-np.abs(v))
        s = np.where(v >= 0, 1, e) / (1 + e)
        correct = int(np.sum((v >= 0) == (y == 1)))
        if loss == 'squared':
            err = s - y
            return 0.5 * np.sum(err * err), (err * s * (1 - s))[:, None], correct
        return np.sum(np.maximum(v, 0) + np.log1p(e) - y * v), (s - y)[:, None], correct
    k = z.shape[1]
    t = np.eye(k)[y.astype(int)]
    m = z.max(axis=1, keepdims=True)
    lse = m + np.log(np.exp(z - m).sum(axis=1, keepdims=True))
    p = np.exp(z - lse)
    correct = int(np.sum(z.argmax(axis=1) == y))
    if loss == 'squared':
        e = p - t
        pe = np.sum(p * e, axis=1, keepdims=True)
        return 0.5 * np.sum(e * e), p * (e - pe), correct
    return np.sum(lse[:, 0] - np.sum(z * t, axis=1)), p - t, correct


def forward(Ws, bs, act, X):
    acts = [X]
    for i, (W, b) in enumerate(zip(Ws, bs)):
        z = acts[-1] @ W + b
        acts.append(z if i == len(Ws) - 1 else activate(act, z))
    return acts


def evaluate(Ws, bs, cfg, X, y):
    z = forward(Ws, bs, cfg['activation'], X)[-1]
    total, _, correct = output_loss(cfg['head'], cfg['loss'], z, y)
    n = len(X)
    metric = correct / n if cfg['head'] != 'identity' else 1 - 2 * total / np.sum((y - y.mean()) ** 2)
    return total / n, metric


def penalty(Ws, cfg):
    if cfg['penalty'] == 'l2':
        return cfg['alpha'] * sum(0.5 * np.sum(W * W) for W in Ws)
    if cfg['penalty'] == 'l1':
        return cfg['alpha'] * sum(np.sum(np.abs(W)) for W in Ws)
    return 0.0


def train(cfg, layers, X, y, Xv=None, yv=None):
    """train.ts without shuffling: returns the curves after each epoch and the final layers."""
    Ws = [np.array(l['weights'], dtype=float) for l in layers]
    bs = [np.array(l['biases'], dtype=float) for l in layers]
    vel = [np.zeros_like(p) for p in Ws + bs]
    n = len(X)
    batch = {'gd': n, 'sgd': 1}.get(cfg['method'], cfg.get('batchSize', 32))
    alpha = 0.0 if cfg['penalty'] == 'none' else cfg['alpha']
    curves = {'trainLoss': [], 'objective': [], 'trainMetric': [], 'validationLoss': [], 'validationMetric': []}
    for epoch in range(cfg['epochs']):
        eta = cfg['learningRate'] / (1 + cfg.get('decay', 0.01) * epoch) if cfg.get('schedule') == 'decay' else cfg['learningRate']
        for s in range(0, n, batch):
            xb, yb = X[s:s + batch], y[s:s + batch]
            m = len(xb)
            acts = forward(Ws, bs, cfg['activation'], xb)
            _, d, _ = output_loss(cfg['head'], cfg['loss'], acts[-1], yb)
            gW, gb = [None] * len(Ws), [None] * len(Ws)
            for l in range(len(Ws) - 1, -1, -1):
                reg = np.sign(Ws[l]) if cfg['penalty'] == 'l1' else Ws[l]
                gW[l] = (acts[l].T @ d + alpha * reg) / m
                gb[l] = d.sum(axis=0) / m
                if l > 0:
                    d = (d @ Ws[l].T) * derivative(cfg['activation'], acts[l])
            for i, (p, g) in enumerate(zip(Ws + bs, gW + gb)):
                v = cfg.get('momentum', 0) * vel[i] - eta * g
                vel[i] = v
                p += v
        loss, metric = evaluate(Ws, bs, cfg, X, y)
        curves['trainLoss'].append(loss)
        curves['objective'].append(loss + penalty(Ws, cfg) / n)
        curves['trainMetric'].append(metric)
        if Xv is not None:
            vl, vm = evaluate(Ws, bs, cfg, Xv, yv)
            curves['validationLoss'].append(vl)
            curves['validationMetric'].append(vm)
    return curves, [{'weights': arr(W), 'biases': arr(b)} for W, b in zip(Ws, bs)]


# ---- the course's networks (chapter 6), for the accuracies it prints ------------------------

class CourseNetwork:
    """The course's DualLayer / RandomInitNetwork / MinibatchNetwork: 10 sigmoid units, η 0.1, L2."""

    def __init__(self, features, init, l2):
        if init == 'ones':
            self.w1, self.w2 = np.ones((features, 10)), np.ones((10, 1))
        else:
            np.random.seed(42)
            self.w1 = np.random.normal(0, 1, (features, 10))
            self.w2 = np.random.normal(0, 1, (10, 1))
        self.b1, self.b2, self.l2 = np.zeros(10), 0.0, l2

    def training(self, x, y):
        m = len(x)
        a1 = activate('sigmoid', x @ self.w1 + self.b1)
        err = -(y - activate('sigmoid', a1 @ self.w2 + self.b2))
        w2_grad = (a1.T @ err + self.l2 * self.w2) / m
        b2_grad = np.sum(err) / m
        hidden = (err @ self.w2.T) * a1 * (1 - a1)
        self.w1 -= 0.1 * (x.T @ hidden + self.l2 * self.w1) / m
        self.b1 -= 0.1 * hidden.sum(axis=0) / m
        self.w2 -= 0.1 * w2_grad
        self.b2 -= 0.1 * b2_grad

    def score(self, xv, yv):
        z = activate('sigmoid', xv @ self.w1 + self.b1) @ self.w2 + self.b2
        return float(np.mean((z[:, 0] > 0) == yv))


def course_dual_layer(x, y, xv, yv, epochs, l2, init):
    """DualLayer (init 'ones') / RandomInitNetwork (init 'normal', np.random.seed(42)), full batch."""
    net = CourseNetwork(x.shape[1], init, l2)
    for _ in range(epochs):
        net.training(x, y.reshape(-1, 1))
    return net.score(xv, yv)


def course_minibatch(x, y, xv, yv, epochs, batch_size, l2):
    """MinibatchNetwork(l2, batch_size): RandomInitNetwork weights, np.random.permutation per epoch."""
    net = CourseNetwork(x.shape[1], 'normal', l2)
    np.random.seed(42)
    for _ in range(epochs):
        idx = np.random.permutation(np.arange(len(x)))
        xs, ys = x[idx], y[idx]
        for s in range(0, len(x), batch_size):
            net.training(xs[s:s + batch_size], ys[s:s + batch_size].reshape(-1, 1))
    return net.score(xv, yv)


def course_split():
    cancer = load_breast_cancer()
    idx = np.arange(len(cancer.target))
    train_all, _ = train_test_split(idx, stratify=cancer.target, test_size=0.2, random_state=42)
    train, val = train_test_split(train_all, stratify=cancer.target[train_all], test_size=0.2, random_state=42)
    scaler = StandardScaler().fit(cancer.data[train])
    return cancer, train, val, scaler.transform(cancer.data[train]), scaler.transform(cancer.data[val])


def ones_layers(sizes):
    return [{'weights': arr(np.ones((a, b))), 'biases': arr(np.zeros(b))} for a, b in zip(sizes[:-1], sizes[1:])]


def random_layers(rng, sizes, scale=0.5):
    return [{'weights': arr(scale * rng.standard_normal((a, b))), 'biases': arr(0.1 * rng.standard_normal(b))} for a, b in zip(sizes[:-1], sizes[1:])]


EVERY_EPOCH = 2000   # per-epoch curves stored for the first epochs …
THINNED = 100        # … then every 100th epoch up to the end


def course():
    cancer, rows, val, xt, xv = course_split()
    y = cancer.target.astype(float)
    yt, yv = y[rows], y[val]
    cfg = {'head': 'sigmoid', 'loss': 'crossEntropy', 'activation': 'sigmoid', 'method': 'gd', 'learningRate': 0.1,
           'penalty': 'l2', 'alpha': 0.01, 'epochs': 20000}
    curves, _ = train(cfg, ones_layers([30, 10, 1]), xt, yt, xv, yv)
    keep = list(range(EVERY_EPOCH)) + list(range(EVERY_EPOCH + THINNED - 1, cfg['epochs'], THINNED))
    dual = course_dual_layer(xt, yt, xv, yv, 20000, 0.01, 'ones')
    assert dual == curves['validationMetric'][-1], 'train() and the course\'s DualLayer must take the same steps'
    dump('course.json', {
        'X': arr(cancer.data), 'y': arr(y), 'train': rows.tolist(), 'validation': val.tolist(),
        'twoLayer': {'config': cfg, 'epochs': [e + 1 for e in keep],
                     **{k: [v[e] for e in keep] for k, v in curves.items()}},
        'courseAccuracy': {'dualLayer': dual,
                           'randomInit': course_dual_layer(xt, yt, xv, yv, 500, 0.01, 'normal'),
                           'minibatch32': course_minibatch(xt, yt, xv, yv, 500, 32, 0.01),
                           'minibatch128': course_minibatch(xt, yt, xv, yv, 1000, 128, 0.01)},
    })


def small_sets():
    _, rows, val, xt, xv = course_split()
    cancer_y = load_breast_cancer().target.astype(float)
    iris = load_iris()
    xi = StandardScaler().fit_transform(iris.data)
    rng = np.random.default_rng(20260101)
    xr = rng.standard_normal((200, 5))
    yr = np.sin(xr[:, 0]) + xr[:, 1] * xr[:, 2] + 0.1 * rng.standard_normal(200)
    return {
        'cancer': (xt, cancer_y[rows], xv, cancer_y[val]),
        'iris': (xi, iris.target.astype(float)),
        'regression': (xr, yr),
    }, rng


def numpy_runs(sets, rng):
    xt, yt, xv, yv = sets['cancer']
    xi, yi = sets['iris']
    xr, yr = sets['regression']
    runs = []

    def run(name, cfg, sizes, X, y, xv=None, yv=None):
        layers = random_layers(rng, sizes)
        curves, final = train(cfg, layers, X, y, xv, yv)
        runs.append({'name': name, 'config': cfg, 'data': cfg['data'], 'start': layers, 'final': final, **curves})

    run('binary, two tanh layers, squared loss, mini-batch 64, momentum 0.9, l1, decaying rate',
        {'data': 'cancer', 'head': 'sigmoid', 'loss': 'squared', 'activation': 'tanh', 'method': 'minibatch', 'batchSize': 64,
         'learningRate': 0.05, 'schedule': 'decay', 'decay': 0.01, 'momentum': 0.9, 'penalty': 'l1', 'alpha': 0.01, 'epochs': 300},
        [30, 8, 4, 1], xt, yt, xv, yv)
    run('softmax, ReLU, squared loss, per-row descent, l2',
        {'data': 'iris', 'head': 'softmax', 'loss': 'squared', 'activation': 'relu', 'method': 'sgd',
         'learningRate': 0.05, 'penalty': 'l2', 'alpha': 0.001, 'epochs': 100},
        [4, 6, 3], xi, yi)
    run('softmax, three tanh layers, cross-entropy, full batch, momentum 0.5',
        {'data': 'iris', 'head': 'softmax', 'loss': 'crossEntropy', 'activation': 'tanh', 'method': 'gd',
         'learningRate': 0.1, 'momentum': 0.5, 'penalty': 'none', 'alpha': 0.0, 'epochs': 1000},
        [4, 5, 4, 3], xi, yi)
    run('regression, ReLU, mini-batch 32, l2',
        {'data': 'regression', 'head': 'identity', 'loss': 'squared', 'activation': 'relu', 'method': 'minibatch', 'batchSize': 32,
         'learningRate': 0.01, 'penalty': 'l2', 'alpha': 0.01, 'epochs': 200},
        [5, 10, 1], xr, yr)
    run('regression, sigmoid, full batch',
        {'data': 'regression', 'head': 'identity', 'loss': 'squared', 'activation': 'sigmoid', 'method': 'gd',
         'learningRate': 0.2, 'penalty': 'none', 'alpha': 0.0, 'epochs': 3000},
        [5, 16, 1], xr, yr)
    return runs


SK_ACTIVATION = {'sigmoid': 'logistic', 'tanh': 'tanh', 'relu': 'relu'}


def sklearn_run(rng, name, data, model, activation, sizes, X, y, alpha, lr, epochs, momentum=0.0):
    layers = random_layers(rng, sizes)
    cls = MLPClassifier if model == 'classifier' else MLPRegressor
    est = cls(hidden_layer_sizes=sizes[1:-1], activation=SK_ACTIVATION[activation], solver='sgd', alpha=alpha,
              batch_size=len(X), learning_rate='constant', learning_rate_init=lr, momentum=momentum,
              nesterovs_momentum=False, shuffle=False, tol=0.0, n_iter_no_change=10 ** 9, max_iter=1,
              warm_start=True, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', ConvergenceWarning)
        est.fit(X, y)  # sets up the output layer, label binariser and counters
        est.coefs_ = [np.array(l['weights']) for l in layers]
        est.intercepts_ = [np.array(l['biases']) for l in layers]
        est.loss_curve_, est.n_iter_, est.t_ = [], 0, 0
        est.best_loss_, est._no_improvement_count = np.inf, 0
        est.max_iter = epochs
        est.fit(X, y)
    assert len(est.loss_curve_) == epochs
    return {'name': name, 'data': data, 'model': model, 'activation': activation, 'alpha': alpha, 'learningRate': lr,
            'momentum': momentum, 'epochs': epochs, 'start': layers, 'lossCurve': arr(est.loss_curve_),
            'final': [{'weights': arr(W), 'biases': arr(b)} for W, b in zip(est.coefs_, est.intercepts_)]}


def sklearn_runs(sets, rng):
    xt, yt, _, _ = sets['cancer']
    xi, yi = sets['iris']
    xr, yr = sets['regression']
    return [
        sklearn_run(rng, 'binary, logistic units', 'cancer', 'classifier', 'sigmoid', [30, 10, 1], xt, yt, 0.01, 0.1, 1000),
        sklearn_run(rng, 'binary, tanh, two layers', 'cancer', 'classifier', 'tanh', [30, 8, 5, 1], xt, yt, 0.001, 0.05, 500),
        sklearn_run(rng, 'softmax, ReLU', 'iris', 'classifier', 'relu', [4, 8, 3], xi, yi, 0.0001, 0.1, 1000),
        sklearn_run(rng, 'softmax, tanh, momentum 0.9', 'iris', 'classifier', 'tanh', [4, 6, 3], xi, yi, 0.001, 0.05, 500, 0.9),
        sklearn_run(rng, 'regression, ReLU', 'regression', 'regressor', 'relu', [5, 12, 1], xr, yr, 0.001, 0.05, 1000),
        sklearn_run(rng, 'regression, logistic units, three layers', 'regression', 'regressor', 'sigmoid', [5, 6, 5, 4, 1], xr, yr, 0.0, 0.1, 1000),
    ]


def main():
    os.makedirs(OUT, exist_ok=True)
    course()
    sets, rng = small_sets()
    xi, yi = sets['iris']
    xr, yr = sets['regression']
    dump('runs.json', {
        'iris': {'X': arr(xi), 'y': arr(yi)}, 'regression': {'X': arr(xr), 'y': arr(yr)},
        'numpy': numpy_runs(sets, rng), 'sklearn': sklearn_runs(sets, rng),
    })


if __name__ == '__main__':
    main()
