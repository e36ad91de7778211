/**
 * The estimator registry: one entry per estimator kind, saying what it can do (capabilities) and
 * how to build and restore it. The pipeline, reports and model files ask the registry instead of
 * testing classes. Adding an estimator = its module + one line in ESTIMATORS + its methods in
 * MODEL_SPECS (specs.ts).
 */
import { FitplotError } from '../table/errors';
import type { Estimator, EstimatorJSON } from './estimatorContract';
import type { GradientDescentOptions } from './descentOptions';
import type { ModelOptionValues, Task } from './specs';
import { MODEL_SPECS, methodSpec } from './specs';
import { LinearRegression } from './LinearRegression';
import { Ridge } from './Ridge';
import { ElasticNet, Lasso } from './ElasticNet';
import { GradientDescentRegressor } from './GradientDescentRegressor';
import { LogisticRegression } from './LogisticRegression';
import type { LogisticSolver } from './LogisticRegression';
import { MLPClassifier } from './mlp/MLPClassifier';
import { MLPRegressor } from './mlp/MLPRegressor';
import { fromSettings as mlpOptions } from './mlp/spec';

export interface EstimatorCapabilities {
  /** `parameters()` gives weights and intercepts of a linear model (coefficient tables, original units). */
  readonly linearCoefficients: boolean;
  /** `predictProba()` gives class probabilities (ROC, log loss, probability columns). */
  readonly probabilities: boolean;
  /** Fits record per-epoch (or per-iteration) curves and take FitControl. */
  readonly curves: boolean;
  /** Least-squares inference: standard errors, t, p, intervals. */
  readonly inference: boolean;
}

/** Typed view of validated option values (names as in MODEL_SPECS) plus what the pipeline adds. */
export interface EstimatorSettings extends Omit<GradientDescentOptions, 'method' | 'randomState'> {
  readonly l1Ratio?: number;
  readonly C?: number;
  readonly threshold?: number;
  readonly maxIter?: number;
  /** Seed of shuffles and random initial weights. */
  readonly seed?: number;
  /** Number of classes of a classification target. */
  readonly classes?: number;
}

export interface EstimatorEntry {
  readonly kind: string;
  readonly labelKey: string;
  readonly tasks: readonly Task[];
  readonly capabilities: EstimatorCapabilities;
  create(method: string, settings: EstimatorSettings): Estimator;
  fromJSON(json: EstimatorJSON): Estimator;
}

const DESCENT_METHOD = { gd: 'batch', minibatch: 'minibatch', sgd: 'sgd' } as const;

function descentOptions(method: string, s: EstimatorSettings): GradientDescentOptions {
  const { seed, l1Ratio: _l1, C: _c, threshold: _t, maxIter: _m, classes: _k, ...rest } = s;
  return { ...rest, method: DESCENT_METHOD[method as keyof typeof DESCENT_METHOD], ...(seed !== undefined && { randomState: seed }) };
}

const entry = (e: EstimatorEntry): EstimatorEntry => e;

export const ESTIMATORS: Readonly<Record<string, EstimatorEntry>> = {
  LinearRegression: entry({
    kind: 'LinearRegression',
    labelKey: 'model.method.ols',
    tasks: ['regression'],
    capabilities: { linearCoefficients: true, probabilities: false, curves: false, inference: true },
    create: (_m, s) => new LinearRegression({ fitIntercept: s.fitIntercept ?? true }),
    fromJSON: (j) => LinearRegression.fromJSON(j),
  }),
  Ridge: entry({
    kind: 'Ridge',
    labelKey: 'model.method.ridge',
    tasks: ['regression'],
    capabilities: { linearCoefficients: true, probabilities: false, curves: false, inference: false },
    create: (_m, s) => new Ridge({ alpha: s.alpha ?? 1 }),
    fromJSON: (j) => Ridge.fromJSON(j),
  }),
  Lasso: entry({
    kind: 'Lasso',
    labelKey: 'model.method.lasso',
    tasks: ['regression'],
    capabilities: { linearCoefficients: true, probabilities: false, curves: true, inference: false },
    create: (_m, s) => new Lasso({ alpha: s.alpha ?? 1, ...(s.maxIter !== undefined && { maxIter: s.maxIter }) }),
    fromJSON: (j) => ElasticNet.fromJSON(j),
  }),
  ElasticNet: entry({
    kind: 'ElasticNet',
    labelKey: 'model.method.elasticnet',
    tasks: ['regression'],
    capabilities: { linearCoefficients: true, probabilities: false, curves: true, inference: false },
    create: (_m, s) =>
      new ElasticNet({ alpha: s.alpha ?? 1, l1Ratio: s.l1Ratio ?? 0.5, ...(s.maxIter !== undefined && { maxIter: s.maxIter }) }),
    fromJSON: (j) => ElasticNet.fromJSON(j),
  }),
  GradientDescentRegressor: entry({
    kind: 'GradientDescentRegressor',
    labelKey: 'model.method.gd',
    tasks: ['regression'],
    capabilities: { linearCoefficients: true, probabilities: false, curves: true, inference: false },
    create: (method, s) => new GradientDescentRegressor(descentOptions(method, s)),
    fromJSON: (j) => GradientDescentRegressor.fromJSON(j),
  }),
  LogisticRegression: entry({
    kind: 'LogisticRegression',
    labelKey: 'model.family.logistic',
    tasks: ['classification'],
    capabilities: { linearCoefficients: true, probabilities: true, curves: true, inference: false },
    create: (method, s) => {
      const { method: _d, ...descent } = descentOptions(method, s);
      return new LogisticRegression({
        ...descent,
        solver: method as LogisticSolver,
        ...(s.C !== undefined && { C: s.C }),
        ...(s.alpha !== undefined && { alpha: s.alpha }),
        ...(s.threshold !== undefined && { threshold: s.threshold }),
        ...(s.maxIter !== undefined && { maxIter: s.maxIter }),
        ...(s.classes !== undefined && { classes: s.classes }),
      });
    },
    fromJSON: (j) => LogisticRegression.fromJSON(j),
  }),
  MLPClassifier: entry({
    kind: 'MLPClassifier',
    labelKey: 'model.family.mlp',
    tasks: ['classification'],
    capabilities: { linearCoefficients: false, probabilities: true, curves: true, inference: false },
    create: (m, s) => new MLPClassifier(mlpOptions(m, s)),
    fromJSON: (j) => MLPClassifier.fromJSON(j),
  }),
  MLPRegressor: entry({
    kind: 'MLPRegressor',
    labelKey: 'model.family.mlpRegression',
    tasks: ['regression'],
    capabilities: { linearCoefficients: false, probabilities: false, curves: true, inference: false },
    create: (m, s) => new MLPRegressor(mlpOptions(m, s)),
    fromJSON: (j) => MLPRegressor.fromJSON(j),
  }),
};

export function estimatorEntry(kind: string): EstimatorEntry {
  const e = Object.hasOwn(ESTIMATORS, kind) ? ESTIMATORS[kind] : undefined;
  if (!e)
    throw new FitplotError({
      code: 'MODEL',
      key: 'model.error.unknownEstimator',
      params: { kind },
      message: `Unknown model kind '${kind}' in the model file.`,
      hint: 'The file may come from a newer Fitplot.',
    });
  return e;
}

/** The registry entry of a family's method (MODEL_SPECS names the estimator kind). */
export function entryForMethod(family: string, method: string): EstimatorEntry {
  const m = methodSpec(family, method);
  if (!m)
    throw new FitplotError({
      code: 'BAD_OPTION',
      key: 'model.option.unknownMethod',
      params: { family, method, methods: (MODEL_SPECS[family]?.methods ?? []).map((x) => x.method) },
      message: `Method '${method}' does not apply to ${family} models.`,
    });
  return estimatorEntry(m.estimator);
}

/** Builds the estimator of a family's method from validated option values (method defaults filled in). */
export function makeEstimator(
  family: string,
  method: string,
  values: ModelOptionValues,
  extra: Pick<EstimatorSettings, 'seed' | 'classes'> = {},
): Estimator {
  const m = methodSpec(family, method);
  const settings = { ...m?.defaults, ...values, ...extra } as EstimatorSettings;
  return entryForMethod(family, method).create(method, settings);
}

/**
 * Restores an estimator from its JSON. Files written before the `{ kind, options, state }` shape
 * kept the weights beside `options`; they are read by moving those fields into `state`.
 */
export function estimatorFromJSON(json: EstimatorJSON | (Omit<EstimatorJSON, 'state'> & Record<string, unknown>)): Estimator {
  const j = json as Record<string, unknown> & { kind: string; options?: Record<string, unknown>; state?: Record<string, unknown> };
  const legacy = 'weights' in j;
  const state = legacy
    ? { ...j.state, outputs: j.outputs, features: j.features, weights: j.weights, intercepts: j.intercepts }
    : (j.state ?? {});
  return estimatorEntry(j.kind).fromJSON({ kind: j.kind, options: j.options ?? {}, state });
}
