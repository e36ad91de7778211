/**
 * The options of MLPClassifier / MLPRegressor, their defaults and their checks. Every check throws a
 * FitplotError whose key and parameters name the option, the value and what is allowed.
 */
import { FitplotError } from '../../table/errors';
import type { DescentSchedule } from '../descentOptions';
import type { Activation } from './activations';
import { ACTIVATIONS } from './activations';
import type { Initialisation } from './network';
import { INITIALISATIONS } from './network';
import type { LossKind } from './outputLayer';
import { LOSSES } from './outputLayer';

export type MLPMethod = 'gd' | 'minibatch' | 'sgd';
export const MLP_METHODS: readonly MLPMethod[] = ['gd', 'minibatch', 'sgd'];
export const MAX_HIDDEN_LAYERS = 3;

/** The penalty here is per step: L2 adds α/2·Σw²/n, L1 α·Σ|w|/n (n = rows of the step); biases are not penalised. */
export interface MLPOptions extends DescentSchedule {
  /** Units per hidden layer, 1 to 3 layers (default [10], the course's two-layer network). */
  readonly hidden?: readonly number[];
  readonly activation?: Activation;
  /** Default: cross-entropy for classifiers; regression is always squared error. */
  readonly loss?: LossKind;
  readonly init?: Initialisation;
  /** Full batch ('gd'), mini-batches of batchSize rows, or one row per step ('sgd'). Learning rate 0.1 by default; shuffle on for minibatch and sgd. */
  readonly method?: MLPMethod;
  /** Classical momentum μ: v ← μ·v − η·g, θ ← θ + v (0 = plain descent). */
  readonly momentum?: number;
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

/** The option errors of optionValidation.ts (same keys and parameters), for callers that skip MODEL_SPECS. */
function notAChoice(kind: string, option: string, value: unknown, choices: readonly string[]): FitplotError {
  return new FitplotError({
    code: 'BAD_OPTION',
    key: 'model.option.notAChoice',
    params: { option, value: String(value), choices },
    message: `${kind}: ${option} must be one of ${choices.join(', ')}, got ${String(value)}.`,
  });
}

function outOfRange(
  kind: string,
  option: string,
  value: number,
  min: number,
  minRule: '≥' | '>',
  max?: number,
  maxRule?: '<',
): FitplotError {
  const params = {
    option,
    value: Number.isFinite(value) ? value : String(value),
    min,
    minRule,
    ...(max !== undefined && maxRule && { max, maxRule }),
  };
  return new FitplotError({
    code: 'BAD_OPTION',
    key: 'model.option.outOfRange',
    params,
    message: `${kind}: ${option} must be ${minRule} ${min}${max !== undefined ? ` and ${maxRule} ${max}` : ''}, got ${String(value)}.`,
  });
}

/** An integer option's error: not an integer, or below its minimum. */
function checkInteger(kind: string, option: string, value: number, min: number): void {
  if (!Number.isInteger(value))
    throw new FitplotError({
      code: 'BAD_OPTION',
      key: 'model.option.notAnInteger',
      params: { option, value: String(value) },
      message: `${kind}: ${option} must be an integer, got ${String(value)}.`,
    });
  if (value < min) throw outOfRange(kind, option, value, min, '≥');
}

const positiveInteger = (v: number) => Number.isInteger(v) && v >= 1;

/** Throws on the first option out of range; returns the resolved options. */
export function checkOptions(kind: string, o: MLPOptions): ResolvedOptions {
  const r = resolveOptions(o);
  if (r.hidden.length < 1 || r.hidden.length > MAX_HIDDEN_LAYERS || !r.hidden.every(positiveInteger)) {
    throw new FitplotError({
      code: 'BAD_OPTION',
      key: 'model.option.badList',
      params: { option: 'hidden', value: r.hidden.join(',') },
      message: `${kind}: hidden must list 1 to ${MAX_HIDDEN_LAYERS} positive unit counts, got '${r.hidden.join(',')}'.`,
    });
  }
  if (!ACTIVATIONS.includes(r.activation)) throw notAChoice(kind, 'activation', r.activation, ACTIVATIONS);
  if (!INITIALISATIONS.includes(r.init)) throw notAChoice(kind, 'init', r.init, INITIALISATIONS);
  if (!MLP_METHODS.includes(r.method)) throw notAChoice(kind, 'method', r.method, MLP_METHODS);
  if (o.loss !== undefined && !LOSSES.includes(o.loss)) throw notAChoice(kind, 'loss', o.loss, LOSSES);
  if (!['none', 'l1', 'l2'].includes(r.penalty)) throw notAChoice(kind, 'penalty', r.penalty, ['none', 'l1', 'l2']);
  checkInteger(kind, 'batchSize', r.batchSize, 1);
  if (!(r.learningRate > 0 && Number.isFinite(r.learningRate))) throw outOfRange(kind, 'learningRate', r.learningRate, 0, '>');
  if (!(r.decay >= 0 && Number.isFinite(r.decay))) throw outOfRange(kind, 'decay', r.decay, 0, '≥');
  if (!(r.momentum >= 0 && r.momentum < 1)) throw outOfRange(kind, 'momentum', r.momentum, 0, '≥', 1, '<');
  checkInteger(kind, 'epochs', r.epochs, 1);
  if (!(r.alpha >= 0 && Number.isFinite(r.alpha))) throw outOfRange(kind, 'alpha', r.alpha, 0, '≥');
  checkInteger(kind, 'patience', r.patience, 1);
  if (!(r.tol >= 0 && r.tol < 1)) throw outOfRange(kind, 'tol', r.tol, 0, '≥', 1, '<');
  if (o.threshold !== undefined && !(o.threshold > 0 && o.threshold < 1)) throw outOfRange(kind, 'threshold', o.threshold, 0, '>', 1, '<');
  return r;
}
