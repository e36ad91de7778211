/**
 * The settings of a gradient-descent run, apart from the loop that uses them: the option types
 * every descent estimator shares (linear, logistic, the MLP's schedule), their defaults and
 * validation, the starting weights they pick, and the settings in effect as reports list them.
 * The Explain panel (explain/descentStep.ts) resolves them here too, so its replayed first step
 * starts exactly where the fit did.
 */
import { FitplotError } from '../table/errors';
import type { SeededRandom } from '../stats/random';
import type { LinearParameters } from './linear';

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

export type ResolvedDescentOptions = ReturnType<typeof resolveDescentOptions>;

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

/** Rows per step: all of them (batch), one (sgd) or `batchSize`, at most n (minibatch). */
export function rowsPerStep(o: Pick<ResolvedDescentOptions, 'method' | 'batchSize'>, n: number): number {
  return o.method === 'batch' ? n : o.method === 'sgd' ? 1 : Math.min(o.batchSize, n);
}

/**
 * The weights a descent starts from: zeros, ones (the course's Neuron: w = b = 1), or seeded
 * N(0, 0.01²) weights drawn from `rng` before any shuffle (so a replay with the same seed matches).
 */
export function initialParams(
  o: Pick<ResolvedDescentOptions, 'init' | 'fitIntercept'>,
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
