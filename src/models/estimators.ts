/** Builds an estimator from user-level settings, and restores any estimator from its JSON. */
import { FitplotError } from '../table/errors';
import type { Estimator, EstimatorJSON } from './estimator';
import { LinearRegression } from './LinearRegression';
import { Ridge } from './Ridge';
import { ElasticNet, Lasso } from './ElasticNet';
import { GradientDescentRegressor } from './GradientDescentRegressor';
import { LogisticRegression } from './LogisticRegression';
import type { GradientDescentOptions } from './gradientDescent';

export type ModelKind = 'linear' | 'logistic';
export type Method = 'ols' | 'ridge' | 'lasso' | 'elasticnet' | 'gd' | 'minibatch' | 'sgd' | 'newton' | 'lbfgs';

export const LINEAR_METHODS: readonly Method[] = ['ols', 'ridge', 'lasso', 'elasticnet', 'gd', 'minibatch', 'sgd'];
export const LOGISTIC_METHODS: readonly Method[] = ['newton', 'lbfgs', 'gd', 'minibatch', 'sgd'];

export interface EstimatorSettings {
  readonly model: ModelKind;
  readonly method?: Method;
  readonly alpha?: number;
  readonly l1Ratio?: number;
  readonly penalty?: 'none' | 'l1' | 'l2';
  readonly C?: number;
  readonly learningRate?: number;
  readonly learningRateSchedule?: 'constant' | 'decay';
  readonly epochs?: number;
  readonly batchSize?: number;
  readonly shuffle?: boolean;
  readonly init?: 'zeros' | 'ones' | 'random';
  readonly seed?: number;
  readonly earlyStopping?: boolean;
  readonly patience?: number;
  readonly threshold?: number;
  readonly classes?: number;
  /** Ordinary least squares only: false fits a model through the origin (default true). */
  readonly fitIntercept?: boolean;
}

export function defaultMethod(model: ModelKind): Method {
  return model === 'linear' ? 'ols' : 'newton';
}

export function makeEstimator(s: EstimatorSettings): Estimator {
  const method = s.method ?? defaultMethod(s.model);
  const allowed = s.model === 'linear' ? LINEAR_METHODS : LOGISTIC_METHODS;
  if (!allowed.includes(method)) {
    throw new FitplotError({ code: 'BAD_OPTION', message: `Method '${method}' does not apply to ${s.model} regression.`, hint: `Use one of: ${allowed.join(', ')}.` });
  }
  const gd: GradientDescentOptions = {
    ...(s.learningRate !== undefined && { learningRate: s.learningRate }),
    ...(s.learningRateSchedule !== undefined && { learningRateSchedule: s.learningRateSchedule }),
    ...(s.epochs !== undefined && { epochs: s.epochs }),
    ...(s.batchSize !== undefined && { batchSize: s.batchSize }),
    ...(s.shuffle !== undefined && { shuffle: s.shuffle }),
    ...(s.init !== undefined && { init: s.init }),
    ...(s.seed !== undefined && { randomState: s.seed }),
    ...(s.earlyStopping !== undefined && { earlyStopping: s.earlyStopping }),
    ...(s.patience !== undefined && { patience: s.patience }),
  };
  if (s.model === 'logistic') {
    return new LogisticRegression({
      ...gd,
      solver: method as 'newton' | 'lbfgs' | 'gd' | 'minibatch' | 'sgd',
      ...(s.penalty !== undefined && { penalty: s.penalty }),
      ...(s.C !== undefined && { C: s.C }),
      ...(s.alpha !== undefined && { alpha: s.alpha }),
      ...(s.threshold !== undefined && { threshold: s.threshold }),
      ...(s.classes !== undefined && { classes: s.classes }),
    });
  }
  if (s.fitIntercept === false && (s.model !== 'linear' || method !== 'ols')) {
    throw new FitplotError({ code: 'BAD_OPTION', message: 'A model without an intercept is available for ordinary least squares only.', hint: 'Use --method ols with --no-intercept, or leave the intercept in.' });
  }
  switch (method) {
    case 'ols':
      return new LinearRegression({ fitIntercept: s.fitIntercept ?? true });
    case 'ridge':
      return new Ridge({ alpha: s.alpha ?? 1 });
    case 'lasso':
      return new Lasso({ alpha: s.alpha ?? 1 });
    case 'elasticnet':
      return new ElasticNet({ alpha: s.alpha ?? 1, l1Ratio: s.l1Ratio ?? 0.5 });
    default:
      return new GradientDescentRegressor({
        ...gd,
        method: method === 'gd' ? 'batch' : (method as 'minibatch' | 'sgd'),
        penalty: s.penalty ?? 'none',
        ...(s.alpha !== undefined && { alpha: s.alpha }),
      });
  }
}

export function estimatorFromJSON(j: EstimatorJSON): Estimator {
  switch (j.kind) {
    case 'LinearRegression':
      return LinearRegression.fromJSON(j);
    case 'Ridge':
      return Ridge.fromJSON(j);
    case 'Lasso':
    case 'ElasticNet':
      return ElasticNet.fromJSON(j);
    case 'GradientDescentRegressor':
      return GradientDescentRegressor.fromJSON(j);
    case 'LogisticRegression':
      return LogisticRegression.fromJSON(j);
    default:
      throw new FitplotError({ code: 'MODEL', message: `Unknown model kind '${j.kind}' in the model file.`, hint: 'The file may come from a newer Fitplot.' });
  }
}
