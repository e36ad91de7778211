/**
 * The gradient-descent engine shared by GradientDescentRegressor and LogisticRegression's gd /
 * minibatch / sgd solvers. Minimises
 *     J(W, b) = (1/n) Σᵢ loss(W·xᵢ + b, yᵢ) + α·R(W)
 * with R = ½‖W‖² (l2) or ‖W‖₁ (l1, by a proximal soft-threshold step so weights reach exact zeros);
 * intercepts are never penalised. Batch uses all rows per step, mini-batch `batchSize` rows,
 * stochastic one row (the course's per-sample Neuron update), in file order or reshuffled each
 * epoch from the seed. Divergence — a non-finite loss or weight, or a loss that grew in each of
 * DIVERGE_EPOCHS epochs in a row to more than DIVERGE_FACTOR× its lowest value — stops the run and
 * restores the weights from before the last epoch, so coefficients are never NaN. One bad epoch is
 * not divergence: an unscaled per-sample run often jumps once and recovers.
 * A caller's FitControl sees every epoch and may stop the run (stopReason 'stopped').
 */
import { FitplotError } from '../table/errors';
import type { Message } from '../table/messages';
import { msg } from '../table/messages';
import { SeededRandom } from '../stats/random';
import type { RowLoss } from './losses';
import { softThreshold } from './losses';
import type { RowPass } from './descentKernels';
import { accumulateRows } from './descentKernels';
import type { WasmRows } from './wasmRows';
import { createWasmRows } from './wasmRows';
import { createScalarRows } from './scalarRows';
import type { LinearParameters } from './linear';
import { lossAndMetric, meanLoss } from './linear';
import type { TrainingCurves } from './curves';
import { emptyCurves } from './curves';
import type { DescentData, FitControl, StopReason } from './estimatorContract';

/** Divergence: the training loss rose in this many consecutive epochs … */
export const DIVERGE_EPOCHS = 5;
/** … to more than this many times the lowest training loss of the run. */
export const DIVERGE_FACTOR = 1e4;

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

export type DescentMethod = 'batch' | 'minibatch' | 'sgd';

/** The epoch loop's settings that every descent estimator shares (linear, logistic, the MLP). */
export interface DescentSchedule {
  /** Rows per step for 'minibatch' (default 32). */
  readonly batchSize?: number;
  /** Step size η. */
  readonly learningRate?: number;
  /** 'constant', or 'decay': η_t = η / (1 + decay·t) with t the 0-based epoch. */
  readonly learningRateSchedule?: 'constant' | 'decay';
  readonly decay?: number;
  readonly epochs?: number;
  /** Reshuffle rows each epoch (seeded). */
  readonly shuffle?: boolean;
  /** Seed of shuffles and random initial weights. */
  readonly randomState?: number;
  readonly penalty?: 'none' | 'l1' | 'l2';
  readonly alpha?: number;
  /** Stop when validation loss has not improved by more than `tol` (relative) for `patience` epochs; restores the best epoch. */
  readonly earlyStopping?: boolean;
  readonly patience?: number;
  readonly tol?: number;
}

/** Linear and logistic descent: learning rate 0.01 by default; shuffle off by default (file order). */
export interface GradientDescentOptions extends DescentSchedule {
  readonly method?: DescentMethod;
  readonly init?: 'zeros' | 'ones' | 'random';
  readonly fitIntercept?: boolean;
}

export interface DescentResult {
  readonly params: LinearParameters;
  readonly curves: TrainingCurves;
  readonly stopReason: Extract<StopReason, 'maxEpochs' | 'earlyStopped' | 'diverged' | 'stopped'>;
  readonly epochsRun: number;
  /**
   * The one best epoch: lowest validation loss by the early-stopping test (improvement by more
   * than `tol`), the epoch whose weights early stopping keeps; the last epoch without validation data.
   */
  readonly bestEpoch: number;
  /** Why the run ended early (diverged, early stopped, stopped by the caller). */
  readonly message?: Message;
  readonly elapsedMs: number;
}

export interface DescentHooks {
  readonly validation?: DescentData;
  /** Main metric recorded per epoch: 'r2' (regression) or 'accuracy' (classifiers). */
  readonly metric: 'r2' | 'accuracy';
  /** Decision threshold for binary accuracy (default 0.5). */
  readonly threshold?: number;
  /** Called after each epoch (e.g. to record distance to the least-squares optimum). */
  readonly onEpoch?: (epoch: number, params: LinearParameters) => void;
  /** The caller's progress callback and stop button. */
  readonly control?: FitControl;
}

export function resolveDescentOptions(o: GradientDescentOptions) {
  const r = {
    method: o.method ?? 'batch',
    batchSize: o.batchSize ?? 32,
    learningRate: o.learningRate ?? 0.01,
    schedule: o.learningRateSchedule ?? 'constant',
    decay: o.decay ?? 0.01,
    epochs: o.epochs ?? 100,
    shuffle: o.shuffle ?? false,
    init: o.init ?? 'zeros',
    randomState: o.randomState ?? 0,
    penalty: o.penalty ?? 'none',
    alpha: o.alpha ?? 0.0001,
    fitIntercept: o.fitIntercept ?? true,
    earlyStopping: o.earlyStopping ?? false,
    patience: o.patience ?? 10,
    tol: o.tol ?? 1e-4,
  } as const;
  const bad = (what: string) => new FitplotError({ code: 'BAD_OPTION', message: `Gradient descent: ${what}.` });
  if (!(r.learningRate > 0 && Number.isFinite(r.learningRate)))
    throw bad(`the learning rate must be a positive number, got ${r.learningRate}`);
  if (!(Number.isInteger(r.epochs) && r.epochs >= 1)) throw bad(`epochs must be a positive integer, got ${r.epochs}`);
  if (!(Number.isInteger(r.batchSize) && r.batchSize >= 1)) throw bad(`the batch size must be a positive integer, got ${r.batchSize}`);
  if (!(r.alpha >= 0)) throw bad(`alpha must be ≥ 0, got ${r.alpha}`);
  if (!(Number.isInteger(r.patience) && r.patience >= 1)) throw bad(`patience must be a positive integer, got ${r.patience}`);
  return r;
}

/**
 * The weights a descent starts from: zeros, ones (the course's Neuron: w = b = 1), or seeded
 * N(0, 0.01²) weights drawn from `rng` before any shuffle (so a replay with the same seed matches).
 */
export function initialParams(
  o: Pick<ReturnType<typeof resolveDescentOptions>, 'init' | 'fitIntercept'>,
  k: number,
  p: number,
  rng: SeededRandom,
): LinearParameters {
  const w = new Float64Array(k * p);
  const b = new Float64Array(k);
  const initValue = o.init === 'ones' ? 1 : 0;
  w.fill(initValue);
  if (o.fitIntercept) b.fill(initValue);
  if (o.init === 'random') for (let i = 0; i < w.length; i++) w[i] = 0.01 * rng.nextNormal();
  return { weights: w, intercepts: b, outputs: k, features: p };
}

export function penaltyValue(params: LinearParameters, penalty: 'none' | 'l1' | 'l2', alpha: number): number {
  if (penalty === 'none' || alpha === 0) return 0;
  let s = 0;
  for (const w of params.weights) s += penalty === 'l1' ? Math.abs(w) : 0.5 * w * w;
  return alpha * s;
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
  const best = { w: Float64Array.from(w), b: Float64Array.from(b), loss: Infinity, epoch: 0 };
  const curves = emptyCurves(hooks.metric);
  const batch = o.method === 'batch' ? n : o.method === 'sgd' ? 1 : Math.min(o.batchSize, n);
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
  let startLoss = o.method === 'batch' ? Number.NaN : meanLoss(x, y, params, loss);
  let stopReason: DescentResult['stopReason'] = 'maxEpochs';
  let message: Message | undefined;
  let sinceBest = 0;
  let patienceRef = Infinity;
  let lowestTrain = Infinity;
  let rising = 0;
  let lastTrain = Number.NaN;
  // Weights at the start of the current and of the previous epoch, to undo a diverging epoch.
  const previous = { w: Float64Array.from(w), b: Float64Array.from(b) };
  const diverge = (e: number, lossNow: number, restore: { w: Float64Array; b: Float64Array }) => {
    w.set(restore.w);
    b.set(restore.b);
    stopReason = 'diverged';
    message = msg('model.warning.diverged', { epoch: e, learningRate: o.learningRate, ...(Number.isFinite(lossNow) && { loss: lossNow }) });
  };
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
  const control = hooks.control;
  /** Records epoch e from the training loss/metric of the current weights; false stops the run. */
  const finishEpoch = (e: number, trainLoss: number, trainMetric: number, restore: { w: Float64Array; b: Float64Array }): boolean => {
    rising = trainLoss > lastTrain ? rising + 1 : 0;
    lastTrain = trainLoss;
    lowestTrain = Math.min(lowestTrain, Number.isFinite(startLoss) ? startLoss : trainLoss, trainLoss);
    if (!Number.isFinite(trainLoss) || (rising >= DIVERGE_EPOCHS && trainLoss > DIVERGE_FACTOR * Math.max(lowestTrain, 1e-12))) {
      diverge(e, trainLoss, restore);
      return false;
    }
    curves.epochs.push(e);
    curves.trainLoss.push(trainLoss);
    curves.objective.push(trainLoss + penaltyValue(params, o.penalty, o.alpha));
    curves.trainMetric.push(trainMetric);
    const v = hooks.validation;
    let valLoss = Number.NaN;
    let valMetric = Number.NaN;
    if (v && v.x.rows > 0) {
      const valEval = lossAndMetric(v.x, v.y, params, loss, hooks.metric, hooks.threshold);
      valLoss = valEval.loss;
      valMetric = valEval.metric;
      curves.validationLoss.push(valLoss);
      curves.validationMetric.push(valMetric);
    }
    hooks.onEpoch?.(e, params);
    const monitored = Number.isNaN(valLoss) ? trainLoss : valLoss;
    // The best epoch is the lowest loss (one definition for early stopping, reports and the
    // diagnosis); patience counts epochs since the loss last improved by more than `tol`.
    if (monitored < best.loss) {
      Object.assign(best, { loss: monitored, epoch: e });
      best.w.set(w);
      best.b.set(b);
    }
    const improved = monitored < patienceRef * (1 - o.tol);
    if (improved) {
      patienceRef = monitored;
      sinceBest = 0;
    }
    control?.onEpoch?.(
      {
        epoch: e,
        epochs: o.epochs,
        trainLoss,
        trainMetric,
        ...(!Number.isNaN(valLoss) && { validationLoss: valLoss, validationMetric: valMetric, bestEpoch: best.epoch }),
        elapsedMs: performance.now() - start,
      },
      () => params,
    );
    const keepBest = o.earlyStopping && v;
    if (!improved && ++sinceBest >= o.patience && keepBest) {
      w.set(best.w);
      b.set(best.b);
      stopReason = 'earlyStopped';
      message = msg('model.warning.earlyStopped', { epoch: e, bestEpoch: best.epoch, patience: o.patience });
      return false;
    }
    if (e < o.epochs && control?.shouldStop?.()) {
      if (keepBest) {
        w.set(best.w);
        b.set(best.b);
      }
      stopReason = 'stopped';
      message = msg('model.warning.stopped', { epoch: e, epochs: o.epochs, ...(keepBest && { bestEpoch: best.epoch }) });
      return false;
    }
    return true;
  };
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
      if (fused && epoch === 1) startLoss = lossSum / n;
      if (fused && epoch > 1) {
        const ev = fromSums(lossSum, correct);
        if (!finishEpoch(epoch - 1, ev.loss, ev.metric, previous)) {
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
        diverge(epoch, Number.POSITIVE_INFINITY, snapshot);
        stopped = true;
        break outer;
      }
    }
    if (!fused) {
      const ev = lossAndMetric(x, y, params, loss, hooks.metric, hooks.threshold);
      if (!finishEpoch(epoch, ev.loss, ev.metric, snapshot)) {
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
    finishEpoch(o.epochs, ev.loss, ev.metric, snapshot);
  }
  const epochsRun = curves.epochs.length;
  return {
    params,
    curves,
    stopReason,
    epochsRun,
    bestEpoch: hooks.validation ? best.epoch : epochsRun,
    ...(message !== undefined && { message }),
    elapsedMs: performance.now() - start,
  };
}

/** The descent settings in effect (defaults filled in), by their MODEL_SPECS names, for reports. */
export function descentSettings(options: GradientDescentOptions): Record<string, string | number | boolean> {
  const o = resolveDescentOptions(options);
  return {
    learningRate: o.learningRate,
    learningRateSchedule: o.schedule,
    ...(o.schedule === 'decay' && { decay: o.decay }),
    epochs: o.epochs,
    ...(o.method === 'minibatch' && { batchSize: o.batchSize }),
    shuffle: o.shuffle,
    init: o.init,
    seed: o.randomState,
    penalty: o.penalty,
    ...(o.penalty !== 'none' && { alpha: o.alpha }),
    earlyStopping: o.earlyStopping,
    ...(o.earlyStopping && { patience: o.patience, tol: o.tol }),
  };
}

/** FitInfo fields of a finished descent run. */
export function descentInfo(r: Omit<DescentResult, 'params'>, options: GradientDescentOptions) {
  return {
    stopReason: r.stopReason,
    epochsRun: r.epochsRun,
    epochsRequested: resolveDescentOptions(options).epochs,
    bestEpoch: r.bestEpoch,
    converged: r.stopReason !== 'diverged',
    warnings: r.message ? [r.message] : [],
  };
}
