/**
 * PROVISIONAL until the engine's MODEL_SPECS lands: methods per model and their options.
 */
import type { Method, ModelKind } from '../../../src/models/estimators';
import { LINEAR_METHODS, LOGISTIC_METHODS } from '../../../src/models/estimators';
import type { Message } from '../../../src/table/messages';
import { msg } from '../../../src/table/messages';
import type { FitFormState, OptionValue } from './fitForm';

export interface ModelOptionSpec {
  readonly name: string;
  readonly kind: 'number' | 'integer' | 'enum' | 'boolean' | 'list';
  readonly min?: number;
  readonly max?: number;
  readonly default?: OptionValue;
  readonly choices?: readonly string[];
  readonly cliFlag: string;
}

const O: Record<string, ModelOptionSpec> = {
  alpha: { name: 'alpha', kind: 'number', min: 0, default: 1, cliFlag: 'alpha' },
  l1Ratio: { name: 'l1Ratio', kind: 'number', min: 0, max: 1, default: 0.5, cliFlag: 'l1-ratio' },
  learningRate: { name: 'learningRate', kind: 'number', min: 0, default: 0.01, cliFlag: 'lr' },
  epochs: { name: 'epochs', kind: 'integer', min: 1, default: 100, cliFlag: 'epochs' },
  batchSize: { name: 'batchSize', kind: 'integer', min: 1, default: 32, cliFlag: 'batch-size' },
  penalty: { name: 'penalty', kind: 'enum', choices: ['none', 'l2', 'l1'], default: 'none', cliFlag: 'penalty' },
  C: { name: 'C', kind: 'number', min: 0, default: 1, cliFlag: 'C' },
  earlyStopping: { name: 'earlyStopping', kind: 'boolean', default: false, cliFlag: 'early-stopping' },
  shuffle: { name: 'shuffle', kind: 'boolean', default: true, cliFlag: 'shuffle' },
};

const USES: Record<Method, string[]> = {
  ols: [], ridge: ['alpha'], lasso: ['alpha'], elasticnet: ['alpha', 'l1Ratio'],
  gd: ['learningRate', 'epochs', 'penalty', 'alpha', 'earlyStopping'], minibatch: ['learningRate', 'epochs', 'batchSize', 'penalty', 'alpha', 'earlyStopping', 'shuffle'], sgd: ['learningRate', 'epochs', 'penalty', 'alpha', 'earlyStopping', 'shuffle'],
  newton: ['penalty', 'C'], lbfgs: ['penalty', 'C'],
};

export function methodsFor(model: ModelKind): readonly Method[] {
  return model === 'linear' ? LINEAR_METHODS : LOGISTIC_METHODS;
}
export function optionsFor(model: ModelKind, method: Method): ModelOptionSpec[] {
  return USES[method].map((n) => O[n]!);
}
export function usedOptionNames(model: ModelKind, method: Method): string[] {
  return optionsFor(model, method).map((o) => o.name);
}
export function optionDefault(option: ModelOptionSpec): OptionValue | undefined {
  return option.default;
}
export function optionFlags(model: ModelKind, method: Method, values: Readonly<Record<string, OptionValue>>): { flag: string; value: OptionValue }[] {
  return optionsFor(model, method).filter((o) => values[o.name] !== undefined).map((o) => ({ flag: o.cliFlag, value: values[o.name]! }));
}
export function formProblems(form: FitFormState): Message[] {
  return form.features.length === 0 ? [msg('model.form.noFeatures')] : [];
}
