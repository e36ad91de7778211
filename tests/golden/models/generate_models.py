#!/usr/bin/python3
"""Golden fixtures for the model engine (src/models), re-runnable:

    /usr/bin/python3 tests/golden/models/generate_models.py

Uses Debian's python3-sklearn / python3-statsmodels. Each fixture stores the data (X, y) so the
TypeScript tests do not depend on the CSV loader, the reference results, and the library versions.
"""
import json
import os
import platform

import numpy as np
import scipy
import sklearn
import statsmodels
import statsmodels.api as sm
from sklearn.datasets import load_breast_cancer, load_diabetes, load_iris
from sklearn.linear_model import ElasticNet, Lasso, LogisticRegression, Ridge
from sklearn.metrics import (accuracy_score, confusion_matrix, f1_score, log_loss, precision_score,
                             recall_score, roc_auc_score)
from sklearn.preprocessing import StandardScaler

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures')
VERSIONS = {
    'generator': 'tests/golden/models/generate_models.py',
    'python': platform.python_version(),
    'numpy': np.__version__,
    'scipy': scipy.__version__,
    'sklearn': sklearn.__version__,
    'statsmodels': statsmodels.__version__,
}


def dump(name, payload):
    payload = {'versions': VERSIONS, **payload}
    with open(os.path.join(OUT, name), 'w') as f:
        json.dump(payload, f, indent=None, separators=(',', ':'))
        f.write('\n')


def arr(a):
    return np.asarray(a, dtype=float).tolist()


def diabetes():
    raw = load_diabetes(scaled=False)
    scaled = load_diabetes()
    X, y = raw.data, raw.target
    ols = sm.OLS(y, sm.add_constant(X)).fit()
    resid = ols.resid
    ols_out = {
        'params': arr(ols.params), 'bse': arr(ols.bse), 'tvalues': arr(ols.tvalues), 'pvalues': arr(ols.pvalues),
        'confInt': arr(ols.conf_int(0.05)), 'rsquared': ols.rsquared, 'rsquaredAdj': ols.rsquared_adj,
        'fvalue': ols.fvalue, 'fPvalue': ols.f_pvalue, 'mse': float(np.mean(resid ** 2)),
        'rmse': float(np.sqrt(np.mean(resid ** 2))), 'mae': float(np.mean(np.abs(resid))),
        'mseResid': ols.mse_resid, 'dfResid': ols.df_resid,
    }
    Xs = scaled.data
    ridge = Ridge(alpha=1.0).fit(Xs, y)
    ridge_raw = Ridge(alpha=10.0).fit(X, y)
    lasso = Lasso(alpha=0.1, tol=1e-12, max_iter=1_000_000).fit(Xs, y)
    enet = ElasticNet(alpha=0.01, l1_ratio=0.5, tol=1e-12, max_iter=1_000_000).fit(Xs, y)

    def enet_objective(model, alpha, l1):
        r = y - Xs @ model.coef_ - model.intercept_
        w = model.coef_
        return float(r @ r / (2 * len(y)) + alpha * l1 * np.abs(w).sum() + alpha * (1 - l1) / 2 * w @ w)

    # The course's linear "Neuron": yhat = w*x + b on the scaled bmi column, per-sample updates in
    # file order, err = yhat - y, w -= lr*x*err, b -= lr*err, lr = 1, w = b = 1, 100 epochs.
    w, b = 1.0, 1.0
    for _ in range(100):
        for xi, yi in zip(Xs[:, 2], y):
            err = w * xi + b - yi
            w -= xi * err
            b -= err
    dump('diabetes.json', {
        'featureNames': list(raw.feature_names), 'X': arr(X), 'Xscaled': arr(Xs), 'y': arr(y),
        'ols': ols_out,
        'ridge': {'alpha': 1.0, 'coef': arr(ridge.coef_), 'intercept': float(ridge.intercept_)},
        'ridgeRaw': {'alpha': 10.0, 'coef': arr(ridge_raw.coef_), 'intercept': float(ridge_raw.intercept_)},
        'lasso': {'alpha': 0.1, 'coef': arr(lasso.coef_), 'intercept': float(lasso.intercept_), 'objective': enet_objective(lasso, 0.1, 1.0)},
        'elasticNet': {'alpha': 0.01, 'l1Ratio': 0.5, 'coef': arr(enet.coef_), 'intercept': float(enet.intercept_), 'objective': enet_objective(enet, 0.01, 0.5)},
        'neuron': {'feature': 'bmi', 'w': w, 'b': b, 'epochs': 100, 'learningRate': 1.0},
    })


def logistic_objective(model, X, y, C, penalty):
    """sklearn's objective: C * sum(log-loss) + penalty(w), intercept not penalised."""
    p = model.predict_proba(X)
    w = model.coef_.ravel()
    loss = log_loss(y, p, normalize=False)
    reg = 0.5 * w @ w if penalty == 'l2' else np.abs(w).sum()
    return float(C * loss + reg)


def binary_metrics(model, X, y):
    p = model.predict_proba(X)[:, 1]
    pred = (p >= 0.5).astype(int)
    return {
        'accuracy': accuracy_score(y, pred), 'precision': precision_score(y, pred), 'recall': recall_score(y, pred),
        'f1': f1_score(y, pred), 'rocAuc': roc_auc_score(y, p), 'logLoss': log_loss(y, p),
        'confusion': confusion_matrix(y, pred).tolist(),
    }


def breast_cancer():
    data = load_breast_cancer()
    X, y = data.data, data.target
    rng = np.random.RandomState(0)
    perm = rng.permutation(len(y))
    n_val = int(round(0.2 * len(y)))
    val, train = np.sort(perm[:n_val]), np.sort(perm[n_val:])
    scaler = StandardScaler().fit(X[train])
    Xt, Xv = scaler.transform(X[train]), scaler.transform(X[val])
    l2 = LogisticRegression(C=1.0, penalty='l2', solver='lbfgs', tol=1e-12, max_iter=100_000).fit(Xt, y[train])
    l1 = LogisticRegression(C=0.5, penalty='l1', solver='saga', tol=1e-12, max_iter=200_000).fit(Xt, y[train])
    fits = {}
    for name, model, C, pen in (('l2', l2, 1.0, 'l2'), ('l1', l1, 0.5, 'l1')):
        fits[name] = {
            'C': C, 'penalty': pen, 'coef': arr(model.coef_.ravel()), 'intercept': float(model.intercept_[0]),
            'objective': logistic_objective(model, Xt, y[train], C, pen),
            'train': binary_metrics(model, Xt, y[train]), 'validation': binary_metrics(model, Xv, y[val]),
        }
    dump('breast_cancer.json', {
        'featureNames': list(data.feature_names), 'targetNames': list(data.target_names),
        'X': arr(X), 'y': y.astype(int).tolist(), 'train': train.tolist(), 'validation': val.tolist(),
        'scalerMean': arr(scaler.mean_), 'scalerScale': arr(scaler.scale_), **fits,
    })


def iris():
    data = load_iris()
    X, y = data.data, data.target
    model = LogisticRegression(C=1.0, multi_class='multinomial', solver='lbfgs', tol=1e-12, max_iter=100_000).fit(X, y)
    p = model.predict_proba(X)
    w = model.coef_
    pred = model.predict(X)
    dump('iris.json', {
        'featureNames': list(data.feature_names), 'targetNames': list(data.target_names),
        'X': arr(X), 'y': y.astype(int).tolist(),
        'multinomial': {
            'C': 1.0, 'coef': arr(w), 'intercept': arr(model.intercept_ - model.intercept_.mean()),
            'objective': float(log_loss(y, p, normalize=False) + 0.5 * (w * w).sum()),
            'accuracy': accuracy_score(y, pred), 'logLoss': log_loss(y, p),
            'f1PerClass': arr(f1_score(y, pred, average=None)), 'f1Macro': f1_score(y, pred, average='macro'),
            'confusion': confusion_matrix(y, pred).tolist(), 'probaFirst5': arr(p[:5]),
        },
    })


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    diabetes()
    breast_cancer()
    iris()
