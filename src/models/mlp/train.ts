/**
 * The training loop of a multilayer perceptron: full-batch ('gd'), mini-batch or per-row ('sgd')
 * descent with optional momentum, a constant or decaying rate, L1/L2 penalties, early stopping, and
 * per-epoch train/validation loss and metric (the engine's TrainingCurves).
 *
 * Objective of a step over m rows (the course's and scikit-learn's convention; biases free):
 *     (1/m) Σ loss + α/(2m)·Σw² (l2)   or   (1/m) Σ loss + (α/m)·Σ|w| (l1, subgradient sign(w))
 * The curves hold, after each epoch, the mean data loss on all n training rows (`trainLoss`) and
 * that loss plus the penalty over n (`objective`).
 *
 * Full batch evaluates every row at the current weights anyway, so the pass of epoch e also gives
 * the loss after epoch e − 1 (one extra pass at the end). Divergence (a non-finite value, or a loss
 * 10⁴× the starting one) stops the run and restores the last finite weights: never NaN weights.
 */
import type { DenseMatrix } from '../../linalg';
import type { Message } from '../../table/messages';
import { msg } from '../../table/messages';
import { SeededRandom } from '../../stats/random';
import type { TrainingCurves } from '../curves';
import type { EpochProgress, StopReason } from '../estimatorContract';
import { emptyCurves } from '../curves';
import type { Net, Workspace } from './blockPass';
import { blockPass, createWorkspace } from './blockPass';
import type { ProductsChoice } from './layerProducts';
import { viewParameters } from './network';
import type { Parameters } from './network';
import type { ResolvedOptions } from './options';

/** Rows per block of the forward/backward pass: buffers stay in cache, and per-block overhead is amortised. */
const BLOCK_ROWS = 256;

export interface TrainData {
  readonly x: DenseMatrix;
  /** Class index (classifiers) or value (regression) per row. */
  readonly y: ArrayLike<number>;
}

export interface TrainHooks {
  readonly validation?: TrainData;
  readonly onEpoch?: (progress: EpochProgress) => void;
  /** Polled after every epoch: true ends the fit with the current (or, with early stopping, the best) weights. */
  readonly shouldStop?: () => boolean;
  /** Which matrix products to run (default 'auto': WebAssembly SIMD where available); tests pin 'scalar'. */
  readonly products?: ProductsChoice;
}

export interface TrainResult {
  readonly curves: TrainingCurves;
  readonly stopReason: StopReason;
  readonly epochsRun: number;
  /** Epoch with the lowest monitored loss (validation when given, else training). */
  readonly bestEpoch: number;
  readonly warnings: Message[];
  readonly elapsedMs: number;
}

/** Mean loss and metric of the network over a data set, by forward passes only. */
export function evaluate(
  net: Net,
  ws: Workspace,
  data: TrainData,
  metric: 'accuracy' | 'r2',
  sst: number,
  sums: Float64Array,
): { loss: number; metric: number } {
  const n = data.x.rows;
  sums.fill(0);
  for (let s = 0; s < n; s += ws.blockRows) blockPass(net, ws, data.x.data, data.y, null, s, Math.min(ws.blockRows, n - s), null, sums);
  return { loss: sums[0]! / n, metric: fromSums(sums, n, metric, sst) };
}

function fromSums(sums: Float64Array, n: number, metric: 'accuracy' | 'r2', sst: number): number {
  if (metric === 'accuracy') return sums[1]! / n;
  return sst > 0 ? 1 - (2 * sums[0]!) / sst : Number.NaN;
}

/** Σ (y − ȳ)², the denominator of R² (regression). */
export function totalSumOfSquares(y: ArrayLike<number>): number {
  let mean = 0;
  for (let i = 0; i < y.length; i++) mean += y[i]!;
  mean /= y.length;
  let s = 0;
  for (let i = 0; i < y.length; i++) s += (y[i]! - mean) ** 2;
  return s;
}

/** α/2·Σw² (l2) or α·Σ|w| (l1) over the weights of every layer (biases are not penalised). */
export function penaltyOf(params: Parameters, penalty: 'none' | 'l1' | 'l2', alpha: number): number {
  if (penalty === 'none' || alpha === 0) return 0;
  let s = 0;
  for (const { w } of params.layers) for (let i = 0; i < w.length; i++) s += penalty === 'l1' ? Math.abs(w[i]!) : 0.5 * w[i]! * w[i]!;
  return alpha * s;
}

/** One descent step from the summed gradient of m rows; false when a weight became non-finite. */
function step(params: Parameters, grad: Parameters, velocity: Float64Array | null, o: ResolvedOptions, eta: number, m: number): boolean {
  const alpha = o.penalty === 'none' ? 0 : o.alpha;
  const l1 = o.penalty === 'l1';
  let finite = true;
  for (let l = 0; l < params.layers.length; l++) {
    const { w, b } = params.layers[l]!;
    const g = grad.layers[l]!;
    // g ← mean gradient (+ penalty gradient over m), in place: grad is reset before the next step.
    for (let i = 0; i < w.length; i++) g.w[i] = (g.w[i]! + alpha * (l1 ? Math.sign(w[i]!) : w[i]!)) / m;
    for (let i = 0; i < b.length; i++) g.b[i] = g.b[i]! / m;
  }
  const theta = params.theta;
  const g = grad.theta;
  if (velocity) {
    for (let i = 0; i < theta.length; i++) {
      const v = o.momentum * velocity[i]! - eta * g[i]!;
      velocity[i] = v;
      theta[i] = theta[i]! + v;
      if (!Number.isFinite(theta[i]!)) finite = false;
    }
  } else {
    for (let i = 0; i < theta.length; i++) {
      theta[i] = theta[i]! - eta * g[i]!;
      if (!Number.isFinite(theta[i]!)) finite = false;
    }
  }
  return finite;
}

export function trainNetwork(
  net: Net,
  train: TrainData,
  o: ResolvedOptions,
  metric: 'accuracy' | 'r2',
  hooks: TrainHooks = {},
): TrainResult {
  const start = performance.now();
  const { params } = net;
  const theta = params.theta;
  const n = train.x.rows;
  const x = train.x.data;
  const val = hooks.validation && hooks.validation.x.rows > 0 ? hooks.validation : undefined;
  const warnings: Message[] = [];
  let batch = o.method === 'gd' ? n : o.method === 'sgd' ? 1 : o.batchSize;
  if (batch > n) {
    warnings.push(msg('model.warning.batchLargerThanRows', { batchSize: batch, rows: n }));
    batch = n;
  }
  const ws = createWorkspace(params.sizes, Math.min(BLOCK_ROWS, Math.max(n, val?.x.rows ?? 0)), hooks.products);
  const grad = viewParameters(params.sizes);
  const velocity = o.momentum > 0 ? new Float64Array(theta.length) : null;
  const rng = new SeededRandom(o.seed);
  const order = o.shuffle ? Int32Array.from({ length: n }, (_, i) => i) : null;
  const sums = new Float64Array(2);
  const sstTrain = metric === 'r2' ? totalSumOfSquares(train.y) : 0;
  const sstVal = metric === 'r2' && val ? totalSumOfSquares(val.y) : 0;
  const curves = emptyCurves(metric);
  const snapshot = Float64Array.from(theta);
  const previous = Float64Array.from(theta);
  const best = { theta: Float64Array.from(theta), loss: Infinity, epoch: 0 };
  const fused = batch === n && order === null;
  let startLoss = fused ? Number.NaN : evaluate(net, ws, train, metric, sstTrain, sums).loss;
  let stopReason: StopReason = 'maxEpochs';
  let sinceBest = 0;

  const diverge = (epoch: number, restore: Float64Array, loss: number) => {
    theta.set(restore);
    stopReason = 'diverged';
    warnings.push(msg('model.warning.diverged', { epoch, learningRate: o.learningRate, ...(Number.isFinite(loss) && { loss }) }));
  };
  /** Records epoch e from the training loss and metric of the current weights; false ends the fit. */
  const finishEpoch = (e: number, trainLoss: number, trainMetric: number, restore: Float64Array): boolean => {
    if (!Number.isFinite(trainLoss) || trainLoss > 1e4 * Math.max(startLoss, 1e-12)) {
      diverge(e, restore, trainLoss);
      return false;
    }
    curves.epochs.push(e);
    curves.trainLoss.push(trainLoss);
    curves.objective.push(trainLoss + penaltyOf(params, o.penalty, o.alpha) / n);
    curves.trainMetric.push(trainMetric);
    let monitored = trainLoss;
    if (val) {
      const v = evaluate(net, ws, val, metric, sstVal, sums);
      curves.validationLoss.push(v.loss);
      curves.validationMetric.push(v.metric);
      monitored = v.loss;
    }
    if (monitored < best.loss * (1 - o.tol)) {
      Object.assign(best, { loss: monitored, epoch: e });
      best.theta.set(theta);
      sinceBest = 0;
    } else sinceBest++;
    hooks.onEpoch?.({
      epoch: e,
      epochs: o.epochs,
      trainLoss,
      trainMetric,
      bestEpoch: best.epoch,
      elapsedMs: performance.now() - start,
      ...(val && { validationLoss: curves.validationLoss.at(-1)!, validationMetric: curves.validationMetric.at(-1)! }),
    });
    if (o.earlyStopping && sinceBest >= o.patience) {
      theta.set(best.theta);
      // Without validation rows the training loss is monitored: it has levelled off ('converged', no warning).
      stopReason = val ? 'earlyStopped' : 'converged';
      if (val) warnings.push(msg('model.warning.earlyStopped', { epoch: e, patience: o.patience, bestEpoch: best.epoch }));
      return false;
    }
    if (hooks.shouldStop?.()) {
      if (o.earlyStopping) theta.set(best.theta);
      stopReason = 'stopped';
      warnings.push(msg('model.warning.stopped', { epoch: e, epochs: o.epochs, ...(o.earlyStopping && { bestEpoch: best.epoch }) }));
      return false;
    }
    return true;
  };

  let running = true;
  for (let epoch = 1; running && epoch <= o.epochs; epoch++) {
    previous.set(snapshot);
    snapshot.set(theta);
    if (order) rng.shuffle(order);
    const eta = o.schedule === 'decay' ? o.learningRate / (1 + o.decay * (epoch - 1)) : o.learningRate;
    for (let s = 0; running && s < n; s += batch) {
      const end = Math.min(n, s + batch);
      grad.theta.fill(0);
      sums.fill(0);
      // Only full batch reports this pass's loss (as the previous epoch's); other steps skip it.
      for (let b = s; b < end; b += ws.blockRows)
        blockPass(net, ws, x, train.y, order, b, Math.min(ws.blockRows, end - b), grad, fused ? sums : null);
      if (fused && epoch === 1) startLoss = sums[0]! / n;
      if (fused && epoch > 1 && !finishEpoch(epoch - 1, sums[0]! / n, fromSums(sums, n, metric, sstTrain), previous)) {
        running = false;
        break;
      }
      if (!step(params, grad, velocity, o, eta, end - s)) {
        diverge(epoch, snapshot, Number.NaN);
        running = false;
      }
    }
    if (running && !fused) {
      const ev = evaluate(net, ws, train, metric, sstTrain, sums);
      running = finishEpoch(epoch, ev.loss, ev.metric, snapshot);
    }
  }
  if (running && fused) {
    const ev = evaluate(net, ws, train, metric, sstTrain, sums);
    finishEpoch(o.epochs, ev.loss, ev.metric, snapshot);
  }
  const epochsRun = curves.epochs.length;
  return { curves, stopReason, epochsRun, bestEpoch: best.epoch, warnings, elapsedMs: performance.now() - start };
}
