/**
 * The options of MLPClassifier / MLPRegressor, their defaults and their checks. Every check throws a
 * FitplotError whose key and parameters name the option, the value and what is allowed.
 */
import { FitplotError } from '../../table/errors';
import type { Activation } from './activations';
import { ACTIVATIONS } from './activations';
import type { Initialisation } from './network';
import { INITIALISATIONS } from './network';
import type { LossKind } from './outputLayer';
import { LOSSES } from './outputLayer';

export type MLPMethod = 'gd' | 'minibatch' | 'sgd';
export const MLP_METHODS: readonly MLPMethod[] = ['gd', 'minibatch', 'sgd'];
export const MAX_HIDDEN_LAYERS = 3;

export interface MLPOptions {
  /** Units per hidden layer, 1 to 3 layers (default [10], the course's two-layer network). */
  readonly hidden?: readonly number[];
  readonly activation?: Activation;
  /** Default: cross-entropy for classifiers; regression is always squared error. */
  readonly loss?: LossKind;
  readonly init?: Initialisation;
  /** Full batch ('gd'), mini-batches of batchSize rows, or one row per step ('sgd'). */
  readonly method?: MLPMethod;
  readonly batchSize?: number;
  readonly learningRate?: number;
  /** 'decay': η_t = η / (1 + decay·t), t the 0-based epoch. */
  readonly learningRateSchedule?: 'constant' | 'decay';
  readonly decay?: number;
  /** Classical momentum μ: v ← μ·v − η·g, θ ← θ + v (0 = plain descent). */
  readonly momentum?: number;
  readonly epochs?: number;
  /** L2: loss + α/2·Σw²/n; L1: loss + α·Σ|w|/n (n = rows of the step); biases are not penalised. */
  readonly penalty?: 'none' | 'l1' | 'l2';
  readonly alpha?: number;
  readonly earlyStopping?: boolean;
  readonly patience?: number;
  /** Relative improvement of the monitored loss that counts as progress (early stopping). */
  readonly tol?: number;
  /** Reshuffle rows every epoch (default: on for minibatch and sgd, as the course's gen_batch). */
  readonly shuffle?: boolean;
  /** Seed of the initial weights and of the shuffles. */
  readonly randomState?: number;
  /** Classifiers: probability of class 1 at or above which a row is predicted positive (binary). */
  readonly threshold?: number;
  /** Classifiers: number of classes (default max(y) + 1). */
  readonly classes?: number;
}

export function resolveOptions(o: MLPOptions) {
  const method = o.method ?? 'minibatch';
  return {
    hidden: o.hidden ?? [10],
    activation: o.activation ?? 'sigmoid',
    init: o.init ?? 'glorot',
    method,
    batchSize: o.batchSize ?? 32,
    learningRate: o.learningRate ?? 0.1,
    schedule: o.learningRateSchedule ?? 'constant',
    decay: o.decay ?? 0.01,
    momentum: o.momentum ?? 0,
    epochs: o.epochs ?? 100,
    penalty: o.penalty ?? 'none',
    alpha: o.alpha ?? 0.0001,
    earlyStopping: o.earlyStopping ?? false,
    patience: o.patience ?? 10,
    tol: o.tol ?? 1e-4,
    shuffle: o.shuffle ?? method !== 'gd',
    seed: o.randomState ?? 0,
  } as const;
}
export type ResolvedOptions = ReturnType<typeof resolveOptions>;

function bad(kind: string, option: string, value: unknown, expected: string): FitplotError {
  return new FitplotError({
    code: 'BAD_OPTION',
    key: 'model.mlp.badOption',
    params: { model: kind, option, value: String(value), expected },
    message: `${kind}: ${option} must be ${expected}, got ${String(value)}.`,
  });
}

const positiveInteger = (v: number) => Number.isInteger(v) && v >= 1;

/** Throws on the first option out of range; returns the resolved options. */
export function checkOptions(kind: string, o: MLPOptions): ResolvedOptions {
  const r = resolveOptions(o);
  if (r.hidden.length < 1 || r.hidden.length > MAX_HIDDEN_LAYERS || !r.hidden.every(positiveInteger)) throw bad(kind, 'hidden', r.hidden.join(','), `1 to ${MAX_HIDDEN_LAYERS} positive unit counts`);
  if (!ACTIVATIONS.includes(r.activation)) throw bad(kind, 'activation', r.activation, `one of ${ACTIVATIONS.join(', ')}`);
  if (!INITIALISATIONS.includes(r.init)) throw bad(kind, 'init', r.init, `one of ${INITIALISATIONS.join(', ')}`);
  if (!MLP_METHODS.includes(r.method)) throw bad(kind, 'method', r.method, `one of ${MLP_METHODS.join(', ')}`);
  if (o.loss !== undefined && !LOSSES.includes(o.loss)) throw bad(kind, 'loss', o.loss, `one of ${LOSSES.join(', ')}`);
  if (!positiveInteger(r.batchSize)) throw bad(kind, 'batchSize', r.batchSize, 'a positive integer');
  if (!(r.learningRate > 0 && Number.isFinite(r.learningRate))) throw bad(kind, 'learningRate', r.learningRate, 'a positive number');
  if (!(r.decay >= 0 && Number.isFinite(r.decay))) throw bad(kind, 'decay', r.decay, 'a number ≥ 0');
  if (!(r.momentum >= 0 && r.momentum < 1)) throw bad(kind, 'momentum', r.momentum, 'in [0, 1)');
  if (!positiveInteger(r.epochs)) throw bad(kind, 'epochs', r.epochs, 'a positive integer');
  if (!['none', 'l1', 'l2'].includes(r.penalty)) throw bad(kind, 'penalty', r.penalty, 'one of none, l1, l2');
  if (!(r.alpha >= 0 && Number.isFinite(r.alpha))) throw bad(kind, 'alpha', r.alpha, 'a number ≥ 0');
  if (!positiveInteger(r.patience)) throw bad(kind, 'patience', r.patience, 'a positive integer');
  if (!(r.tol >= 0 && r.tol < 1)) throw bad(kind, 'tol', r.tol, 'in [0, 1)');
  if (o.threshold !== undefined && !(o.threshold > 0 && o.threshold < 1)) throw bad(kind, 'threshold', o.threshold, 'in (0, 1)');
  return r;
}
