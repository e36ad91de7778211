#!/usr/bin/python3
"""Golden fixture for the Explain panel's solver steps (src/models/explain), re-runnable:

    /usr/bin/python3 tests/golden/explain/generate_explain_steps.py

Reads the bundled samples (assets/samples) and writes, with numpy written from the formulas:
- logistic Newton's first iteration on breast cancer (three unscaled features, l2 with C = 1, i.e.
  λ = 1/n on the mean loss): from θ = 0 the gradient g of J = mean cross-entropy + λ/2‖w‖², the
  Hessian H = (1/n)[1 X]ᵀ diag(p(1−p)) [1 X] + λ I₀, the direction Δ = H⁻¹g, the Armijo step length t
  (halved from 1 until J(θ − tΔ) ≤ J(θ) − 1e-4·t·gᵀΔ) and θ₁ = θ − tΔ;
- softmax Newton's first iteration on iris (sklearn's bundled copy, 3 classes, l2 with C = 1): g and
  H = (1/n) Σ (diag(p) − ppᵀ) ⊗ aaᵀ + λ I₀ per class block; H is singular along the common shift of the
  classes, which the solver damps by adding 1e-10·max diag(H) to the diagonal: Δ solves that damped system;
- logistic L-BFGS's first iteration on the same data: the direction −g/max(‖g‖∞, 1) (no curvature
  pairs yet), the same Armijo rule, θ₁;
- the first cyclic coordinate-descent sweep from w = 0 of lasso (α = 0.1) and elastic net (α = 0.1,
  ρ = 0.5) on diabetes.csv (all ten features, unscaled), sklearn's conventions (centred X and y,
  w_j ← S(x̃_jᵀr + w_j‖x̃_j‖², nαρ)/(‖x̃_j‖² + nα(1−ρ))), checked against sklearn's own
  Lasso/ElasticNet with max_iter = 1 (one sweep, which sklearn warns has not converged).
"""
import json
import os
import platform
import warnings

import numpy as np
from sample_columns import column, read
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.datasets import load_iris
from sklearn.linear_model import ElasticNet, Lasso

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'fixtures', 'explain_steps.json')



# --- logistic: breast cancer, three unscaled features, class 1 = malignant ---
hb, rb = read('breast_cancer.csv')
features = ['mean radius', 'mean texture', 'mean smoothness']
X = np.column_stack([column(hb, rb, f) for f in features])
y = column(hb, rb, 'diagnosis', lambda s: 1.0 if s == 'malignant' else 0.0)
n, p = X.shape
lam = 1.0 / n  # C = 1
A = np.column_stack([np.ones(n), X])  # θ = (b, w)


def J(theta):
    z = A @ theta
    return np.mean(np.logaddexp(0, z) - y * z) + 0.5 * lam * theta[1:] @ theta[1:]


def grad(theta):
    pr = 1 / (1 + np.exp(-(A @ theta)))
    g = A.T @ (pr - y) / n
    g[1:] += lam * theta[1:]
    return g


def armijo(theta, direction, slope):
    f0 = J(theta)
    t = 1.0
    for _ in range(60):
        if J(theta - t * direction) <= f0 - 1e-4 * t * slope:
            break
        t /= 2
    return t


theta0 = np.zeros(p + 1)
g = grad(theta0)
pr0 = 1 / (1 + np.exp(-(A @ theta0)))
H = (A.T * (pr0 * (1 - pr0))) @ A / n + lam * np.diag([0.0] + [1.0] * p)
delta = np.linalg.solve(H, g)
t = armijo(theta0, delta, g @ delta)
theta1 = theta0 - t * delta
newton = {'gradient': g.tolist(), 'hessian': H.tolist(), 'direction': delta.tolist(), 't': t, 'theta1': theta1.tolist(),
          'lossBefore': J(theta0), 'lossAfter': J(theta1)}

q = g / max(np.abs(g).max(), 1.0)
tl = armijo(theta0, q, g @ q)
theta1l = theta0 - tl * q
lbfgs = {'gradient': g.tolist(), 't': tl, 'stepAlongGradient': tl / max(np.abs(g).max(), 1.0), 'theta1': theta1l.tolist(), 'lossAfter': J(theta1l)}

# --- softmax Newton: iris, θ = (b_c, w_c) per class ---
iris = load_iris()
Xi, yi = iris.data, iris.target
ni, pi = Xi.shape
K = 3
lam_i = 1.0 / ni
Ai = np.column_stack([np.ones(ni), Xi])
Y = np.eye(K)[yi]
q_i = pi + 1


def J_soft(theta):
    Z = Ai @ theta.reshape(K, q_i).T
    W = theta.reshape(K, q_i)[:, 1:]
    return np.mean(np.log(np.exp(Z).sum(axis=1)) - (Z * Y).sum(axis=1)) + 0.5 * lam_i * (W * W).sum()


P0 = np.full((ni, K), 1.0 / K)
g_soft = ((P0 - Y).T @ Ai / ni).ravel()
H_soft = np.zeros((K * q_i, K * q_i))
for c in range(K):
    for d in range(K):
        wts = P0[:, c] * ((c == d) - P0[:, d])
        H_soft[c * q_i:(c + 1) * q_i, d * q_i:(d + 1) * q_i] = (Ai.T * wts) @ Ai / ni
for c in range(K):
    for j in range(1, q_i):
        H_soft[c * q_i + j, c * q_i + j] += lam_i
H_soft += 1e-10 * np.diag(H_soft).max() * np.eye(K * q_i)
delta_soft = np.linalg.solve(H_soft, g_soft)
f0 = J_soft(np.zeros(K * q_i))
t_soft = 1.0
for _ in range(60):
    if J_soft(-t_soft * delta_soft) <= f0 - 1e-4 * t_soft * (g_soft @ delta_soft):
        break
    t_soft /= 2
softmax = {'features': list(iris.feature_names), 'X': Xi.tolist(), 'y': yi.tolist(), 'gradient': g_soft.tolist(), 'direction': delta_soft.tolist(),
           't': t_soft, 'theta1': (-t_soft * delta_soft).tolist(), 'lossBefore': f0, 'lossAfter': J_soft(-t_soft * delta_soft)}

# --- coordinate descent: diabetes, all features, unscaled ---
hd, rd = read('diabetes.csv')
dfeatures = hd[:-1]
Xd = np.column_stack([column(hd, rd, f) for f in dfeatures])
yd = column(hd, rd, 'target')


def sweep(alpha, l1_ratio):
    nd, pd = Xd.shape
    Xc = Xd - Xd.mean(axis=0)
    r = yd - yd.mean()
    w = np.zeros(pd)
    l1, l2 = alpha * l1_ratio * nd, alpha * (1 - l1_ratio) * nd
    corr, denom = [], []
    for j in range(pd):
        norm = Xc[:, j] @ Xc[:, j]
        rho = Xc[:, j] @ r + w[j] * norm
        new = np.sign(rho) * max(abs(rho) - l1, 0.0) / (norm + l2)
        r -= (new - w[j]) * Xc[:, j]
        w[j] = new
        corr.append(rho / nd)
        denom.append(norm / nd + alpha * (1 - l1_ratio))
    return {'alpha': alpha, 'l1Ratio': l1_ratio, 'correlation': corr, 'denominator': denom, 'after': w.tolist(),
            'intercept': yd.mean() - Xd.mean(axis=0) @ w}


lasso = sweep(0.1, 1.0)
enet = sweep(0.1, 0.5)
with warnings.catch_warnings():
    warnings.simplefilter('ignore', ConvergenceWarning)
    sk_lasso = Lasso(alpha=0.1, max_iter=1, tol=0.0).fit(Xd, yd)
    sk_enet = ElasticNet(alpha=0.1, l1_ratio=0.5, max_iter=1, tol=0.0).fit(Xd, yd)
assert np.allclose(sk_lasso.coef_, lasso['after'], rtol=1e-12, atol=0), (sk_lasso.coef_, lasso['after'])
assert np.allclose(sk_enet.coef_, enet['after'], rtol=1e-12, atol=0), (sk_enet.coef_, enet['after'])

payload = {
    'versions': {'generator': 'tests/golden/explain/generate_explain_steps.py', 'python': platform.python_version(), 'numpy': np.__version__, 'sklearn': sklearn.__version__},
    'logistic': {'features': features, 'X': X.tolist(), 'y': y.tolist(), 'lambda': lam, 'newton': newton, 'lbfgs': lbfgs},
    'softmax': softmax,
    'diabetes': {'features': dfeatures, 'X': Xd.tolist(), 'y': yd.tolist(), 'lasso': lasso, 'elasticNet': enet},
}
with open(OUT, 'w') as f:
    json.dump(payload, f, separators=(',', ':'))
    f.write('\n')
print('newton t', t, 'theta1', theta1, '\nlbfgs t', tl, 'theta1', theta1l, '\nlasso sweep', lasso['after'], '\nenet sweep', enet['after'])
