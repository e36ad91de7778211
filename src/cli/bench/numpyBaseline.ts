/**
 * The numpy yardstick for the model rows: Debian's /usr/bin/python3 (when it has numpy) reads the
 * same float64 files the JS cases use and times `numpy.linalg.lstsq` on [1, X] and 100 epochs of
 * batch gradient descent for logistic regression (the loss recorded every epoch, as Fitplot's
 * training curves do). BLAS is pinned to one thread, so the ratio compares one core with one core.
 */
import { spawnSync } from 'node:child_process';
import type { ModelDataFiles } from './modelData';
import type { LayerJSON } from '../../models/mlp/network';
import { initialParameters, parametersToLayers } from '../../models/mlp/network';

export const PYTHON = '/usr/bin/python3';
export const LOGISTIC_EPOCHS = 100;
export const LOGISTIC_LEARNING_RATE = 0.1;
/** The MLP row: one hidden layer of 16 ReLU units, 5 epochs of mini-batches of 256 rows in file order. */
export const MLP_HIDDEN = 16;
export const MLP_EPOCHS = 5;
export const MLP_BATCH = 256;
export const MLP_LEARNING_RATE = 0.1;

/** The MLP row's starting weights (He initialisation, seed 1), shared with numpy so the final weights compare. */
export function mlpStartLayers(cols: number): LayerJSON[] {
  return parametersToLayers(initialParameters([cols, MLP_HIDDEN, 1], 'he', 1));
}

const SCRIPT = String.raw`
import json, sys, time
import numpy as np
a = json.loads(sys.argv[1])
n, p = a["rows"], a["cols"]
X = np.fromfile(a["x"], dtype="<f8").reshape(n, p)
ylin = np.fromfile(a["ylinear"], dtype="<f8")
ylog = np.fromfile(a["ylogistic"], dtype="<f8")

def lstsq():
    A = np.column_stack([np.ones(n), X])
    return np.linalg.lstsq(A, ylin, rcond=None)[0]

def logistic():
    w = np.zeros(p); b = 0.0; losses = []
    for _ in range(a["epochs"]):
        z = X @ w + b
        losses.append(float(np.mean(np.logaddexp(0.0, z) - ylog * z)))
        g = 1.0 / (1.0 + np.exp(-z)) - ylog
        w -= a["lr"] * (X.T @ g) / n
        b -= a["lr"] * g.mean()
    return np.concatenate([[b], w]), losses

def mlp():
    # The same algorithm as MLPClassifier (src/models/mlp): ReLU hidden layer, sigmoid output,
    # cross-entropy; mean gradients per mini-batch; the training loss over all rows after each epoch.
    (W1, b1), (W2, b2) = [(np.array(l["weights"], dtype=float), np.array(l["biases"], dtype=float)) for l in a["mlpStart"]]
    y = ylog[:, None]
    B, lr = a["mlpBatch"], a["mlpLr"]
    losses = []
    for _ in range(a["mlpEpochs"]):
        for s in range(0, n, B):
            xb, yb = X[s:s + B], y[s:s + B]
            m = len(xb)
            a1 = np.maximum(xb @ W1 + b1, 0)
            z = a1 @ W2 + b2
            e = np.exp(-np.abs(z))
            d2 = np.where(z >= 0, 1, e) / (1 + e) - yb
            d1 = (d2 @ W2.T) * (a1 > 0)
            W2 -= lr * (a1.T @ d2) / m
            b2 -= lr * d2.sum(axis=0) / m
            W1 -= lr * (xb.T @ d1) / m
            b1 -= lr * d1.sum(axis=0) / m
        z = np.maximum(X @ W1 + b1, 0) @ W2 + b2
        losses.append(float(np.mean(np.logaddexp(0.0, z) - y * z)))
    return np.concatenate([W1.ravel(), b1, W2.ravel(), b2]), losses

def timed(name, fn):
    # Up to runs repetitions; no further ones once the total exceeds the bench's per-case budget.
    out[name] = []
    while len(out[name]) < a["runs"] and (not out[name] or sum(out[name]) <= a["budget"]):
        t = time.perf_counter(); result = fn(); out[name].append(time.perf_counter() - t)
    return result

out = {"numpy": np.__version__, "python": sys.version.split()[0]}
coef = timed("lstsq", lstsq)
wl, losses = timed("logistic", logistic)
wm, mlp_losses = timed("mlp", mlp)
out["lstsqCoefficients"] = coef.tolist()
out["logisticCoefficients"] = wl.tolist()
out["logisticFinalLoss"] = losses[-1]
out["mlpCoefficients"] = wm.tolist()
out["mlpFinalLoss"] = mlp_losses[-1]
print(json.dumps(out))
`;

export interface NumpyTimings {
  readonly numpy: string;
  readonly python: string;
  /** Seconds per run (fewer runs than asked when they exceeded the per-case budget). */
  readonly lstsq: readonly number[];
  readonly logistic: readonly number[];
  readonly mlp: readonly number[];
  /** Intercept first, then the p slopes. */
  readonly lstsqCoefficients: readonly number[];
  readonly logisticCoefficients: readonly number[];
  readonly logisticFinalLoss: number;
  /** The MLP row's final weights in flattenLayers order. */
  readonly mlpCoefficients: readonly number[];
  readonly mlpFinalLoss: number;
}

/** Why numpy cannot be used here, or undefined when it can. */
export function numpyUnavailable(): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', 'import numpy'], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} not found (install Debian's python3-numpy to compare with numpy)`;
  if (probe.status !== 0) return `${PYTHON} has no numpy (apt-get install python3-numpy)`;
  return undefined;
}

export function runNumpy(files: ModelDataFiles, runs: number, budgetSeconds: number): NumpyTimings {
  const args = {
    rows: files.rows,
    cols: files.cols,
    x: files.xPath,
    ylinear: files.yLinearPath,
    ylogistic: files.yLogisticPath,
    runs,
    budget: budgetSeconds,
    epochs: LOGISTIC_EPOCHS,
    lr: LOGISTIC_LEARNING_RATE,
    mlpStart: mlpStartLayers(files.cols),
    mlpEpochs: MLP_EPOCHS,
    mlpBatch: MLP_BATCH,
    mlpLr: MLP_LEARNING_RATE,
  };
  const single = { OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
  const child = spawnSync(PYTHON, ['-c', SCRIPT, JSON.stringify(args)], {
    encoding: 'utf8',
    env: { ...process.env, ...single },
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) throw new Error(`numpy comparison failed: ${(child.stderr || String(child.error)).trim()}`);
  return JSON.parse(child.stdout) as NumpyTimings;
}
