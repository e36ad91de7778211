/**
 * The gradient-descent engine shared by GradientDescentRegressor and LogisticRegression's gd /
 * minibatch / sgd solvers: its epoch loop. Minimises
 *     J(W, b) = (1/n) Σᵢ loss(W·xᵢ + b, yᵢ) + α·R(W)
 * with R = ½‖W‖² (l2) or ‖W‖₁ (l1, by a proximal soft-threshold step so weights reach exact zeros);
 * intercepts are never penalised. Batch uses all rows per step, mini-batch `batchSize` rows,
 * stochastic one row (the course's per-sample Neuron update), in file order or reshuffled each
 * epoch from the seed. This file holds the steps; the options and starting weights are in
 * descentOptions.ts, what happens between epochs (curves, divergence, early stopping, the caller's
 * FitControl) in descentMonitor.ts, and the row passes themselves in descentKernels.ts.
 */
import { FitplotError } from '../table/errors';
import { SeededRandom } from '../stats/random';
import type { RowLoss } from './losses';
import { softThreshold } from './losses';
import type { RowPass } from './descentKernels';
import { accumulateRows } from './descentKernels';
import type { WasmRows } from './wasmRows';
import { createWasmRows } from './wasmRows';
import { createScalarRows } from './scalarRows';
import { lossAndMetric, meanLoss } from './linear';
import type { DescentData } from './estimatorContract';
import type { GradientDescentOptions } from './descentOptions';
import { initialParams, resolveDescentOptions, rowsPerStep } from './descentOptions';
import type { DescentHooks, DescentResult } from './descentMonitor';
import { DescentMonitor } from './descentMonitor';

/**
 * Descent on at least this many values of X, in steps of at least BLOCK_MIN_BATCH rows in file
 * order, runs block by block: z = X·w and Xᵀd in WebAssembly SIMD (wasmRows.ts; X copied once),
 * or where wasm is refused in plain JavaScript (scalarRows.ts). Smaller fits (the course's data
 * sets) keep the row loops of descentKernels.ts, where the copy and the compile would not pay.
 */
const BLOCK_MIN_VALUES = 65536;
const BLOCK_MIN_BATCH = 256;
/**
 * The SIMD path copies X (8·n·p bytes) into wasm memory for the whole fit. Above 256 MiB of X
 * (≈ 1.7 M × 20) that copy costs more memory than its speed is worth (the JavaScript blocks are
 * ≈ 25 % slower and copy nothing), so larger fits stay in JavaScript.
 */
const WASM_MAX_BYTES = 2 ** 28;

/** The block kernel of a k = 1 fit in file order: SIMD up to WASM_MAX_BYTES of X, else (or if wasm is refused) JavaScript. */
function blockKernel(data: Float64Array, n: number, p: number): WasmRows {
  return (n * p * 8 <= WASM_MAX_BYTES ? createWasmRows(data, n, p) : null) ?? createScalarRows(data, p);
}

export function gradientDescent(train: DescentData, loss: RowLoss, options: GradientDescentOptions, hooks: DescentHooks): DescentResult {
  const o = resolveDescentOptions(options);
  const start = performance.now();
  const { x, y } = train;
  const n = x.rows;
  const p = x.cols;
  const k = loss.outputs;
  if (n === 0) throw new FitplotError({ code: 'NOT_ENOUGH_DATA', message: 'Gradient descent: no training rows.' });
  const rng = new SeededRandom(o.randomState);
  const params = initialParams(o, k, p, rng);
  const w = params.weights;
  const b = params.intercepts;
  const snapshot = { w: Float64Array.from(w), b: Float64Array.from(b) };
  const monitor = new DescentMonitor(params, loss, o, hooks, start);
  const batch = rowsPerStep(o, n);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const gw = new Float64Array(k * p);
  const gb = new Float64Array(k);
  // Training accuracy is only needed when the pass doubles as the epoch's evaluation (batch).
  const pass: RowPass = {
    data: x.data,
    p,
    y,
    w,
    b,
    gw,
    gb,
    loss,
    countCorrect: o.method === 'batch' && hooks.metric === 'accuracy',
    cut: Math.log((hooks.threshold ?? 0.5) / (1 - (hooks.threshold ?? 0.5))),
    z: new Float64Array(k),
    dz: new Float64Array(k),
    blocks: k === 1 && batch >= BLOCK_MIN_BATCH && !o.shuffle && n * p >= BLOCK_MIN_VALUES ? blockKernel(x.data, n, p) : null,
  };
  const sums = new Float64Array(2);
  // Batch descent's first pass runs at the starting weights: its loss is the starting loss.
  if (o.method !== 'batch') monitor.startLoss = meanLoss(x, y, params, loss);
  // Weights at the start of the current and of the previous epoch, to undo a diverging epoch.
  const previous = { w: Float64Array.from(w), b: Float64Array.from(b) };
  let sst = 0;
  if (hooks.metric === 'r2') {
    let m = 0;
    for (let i = 0; i < n; i++) m += y[i]!;
    m /= n;
    for (let i = 0; i < n; i++) sst += (y[i]! - m) ** 2;
  }
  const fromSums = (lossSum: number, correct: number) => ({
    loss: lossSum / n,
    metric: hooks.metric === 'accuracy' ? correct / n : sst > 0 ? 1 - (2 * lossSum) / sst : Number.NaN,
  });
  // Batch descent evaluates every row at the current weights anyway: the pass of epoch e also
  // gives the training loss and metric after epoch e − 1, so curves cost no extra pass.
  const fused = o.method === 'batch';
  let stopped = false;
  outer: for (let epoch = 1; epoch <= o.epochs; epoch++) {
    previous.w.set(snapshot.w);
    previous.b.set(snapshot.b);
    snapshot.w.set(w);
    snapshot.b.set(b);
    if (o.shuffle) rng.shuffle(order);
    const eta = o.schedule === 'decay' ? o.learningRate / (1 + o.decay * (epoch - 1)) : o.learningRate;
    for (let s = 0; s < n; s += batch) {
      const end = Math.min(n, s + batch);
      gw.fill(0);
      gb.fill(0);
      accumulateRows(pass, o.shuffle ? order : null, s, end, sums);
      const lossSum = sums[0]!;
      const correct = sums[1]!;
      if (fused && epoch === 1) monitor.startLoss = lossSum / n;
      if (fused && epoch > 1) {
        const ev = fromSums(lossSum, correct);
        if (!monitor.finishEpoch(epoch - 1, ev.loss, ev.metric, previous)) {
          stopped = true;
          break outer;
        }
      }
      const scale = eta / (end - s);
      const shrink = o.penalty === 'l2' ? 1 - eta * o.alpha : 1;
      const threshold = o.penalty === 'l1' ? eta * o.alpha : 0;
      let finite = true;
      for (let j = 0; j < w.length; j++) {
        let v = w[j]! * shrink - scale * gw[j]!;
        if (threshold > 0) v = softThreshold(v, threshold);
        w[j] = v;
        if (!Number.isFinite(v)) finite = false;
      }
      if (o.fitIntercept)
        for (let c = 0; c < k; c++) {
          b[c]! -= scale * gb[c]!;
          if (!Number.isFinite(b[c]!)) finite = false;
        }
      if (!finite) {
        monitor.diverge(epoch, Number.POSITIVE_INFINITY, snapshot);
        stopped = true;
        break outer;
      }
    }
    if (!fused) {
      const ev = lossAndMetric(x, y, params, loss, hooks.metric, hooks.threshold);
      if (!monitor.finishEpoch(epoch, ev.loss, ev.metric, snapshot)) {
        stopped = true;
        break;
      }
    }
  }
  if (fused && !stopped) {
    // The last epoch's evaluation: one more pass of the same kernel (its gradient is discarded).
    gw.fill(0);
    gb.fill(0);
    accumulateRows(pass, null, 0, n, sums);
    const ev = fromSums(sums[0]!, sums[1]!);
    monitor.finishEpoch(o.epochs, ev.loss, ev.metric, snapshot);
  }
  return monitor.result();
}
