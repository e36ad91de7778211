/**
 * The networks' MODEL_SPECS families: `mlp` (MLPClassifier: binary or multi-class) and
 * `mlp-regression` (MLPRegressor), one method per descent (gd, minibatch, sgd), every option as data
 * so the CLI's flags, the app's form and validateModelOptions come from here. Option names are the
 * estimator's (options.ts); `fromSettings` turns validated values into MLPOptions.
 */
import type { EstimatorSettings } from '../registry';
import type { FamilySpec, MethodSpec, ModelOptionSpec } from '../specs';
import { ACTIVATIONS } from './activations';
import { INITIALISATIONS } from './network';
import type { MLPMethod, MLPOptions } from './options';
import { LOSSES } from './outputLayer';

const opt = (name: string, cliFlag: string, rest: Omit<ModelOptionSpec, 'name' | 'cliFlag' | 'helpKey'>, help = name): ModelOptionSpec => ({
  name,
  cliFlag,
  helpKey: `model.option.${help}.help`,
  ...rest,
});

const COMMON: readonly ModelOptionSpec[] = [
  opt('hidden', 'hidden', { kind: 'list', min: 1, max: 100_000, default: [10] }),
  opt('activation', 'activation', { kind: 'enum', choices: ACTIVATIONS, default: 'sigmoid' }),
  // Named `init` as for linear descent (one --init flag); its choices and wording are the network's.
  opt('init', 'init', { kind: 'enum', choices: INITIALISATIONS, default: 'glorot' }, 'mlpInit'),
  opt('learningRate', 'lr', { kind: 'number', min: 0, minExclusive: true, default: 0.1 }),
  opt('learningRateSchedule', 'lr-schedule', { kind: 'enum', choices: ['constant', 'decay'], default: 'constant' }),
  opt('decay', 'lr-decay', { kind: 'number', min: 0, default: 0.01, requires: { option: 'learningRateSchedule', oneOf: ['decay'] } }),
  opt('momentum', 'momentum', { kind: 'number', min: 0, max: 1, maxExclusive: true, default: 0 }),
  opt('epochs', 'epochs', { kind: 'integer', min: 1, max: 10_000_000, default: 100 }),
  opt('batchSize', 'batch-size', { kind: 'integer', min: 1, default: 32 }),
  opt('shuffle', 'shuffle', { kind: 'boolean', default: false }),
  opt('penalty', 'penalty', { kind: 'enum', choices: ['none', 'l1', 'l2'], default: 'none' }),
  opt('alpha', 'alpha', { kind: 'number', min: 0, default: 0.0001, requires: { option: 'penalty', oneOf: ['l1', 'l2'] } }),
  opt('earlyStopping', 'early-stopping', { kind: 'boolean', default: false }),
  opt('patience', 'patience', { kind: 'integer', min: 1, default: 10, requires: { option: 'earlyStopping', oneOf: [true] } }),
];
const USED = [
  'hidden',
  'activation',
  'init',
  'learningRate',
  'learningRateSchedule',
  'decay',
  'momentum',
  'epochs',
  'penalty',
  'alpha',
  'earlyStopping',
  'patience',
];

function methods(estimator: string, extra: readonly string[]): MethodSpec[] {
  const options = [...USED, ...extra];
  return [
    { method: 'gd', labelKey: 'model.method.gd', estimator, iterative: true, options },
    // The course's mini-batch and per-row networks reshuffle the rows every epoch.
    {
      method: 'minibatch',
      labelKey: 'model.method.minibatch',
      estimator,
      iterative: true,
      options: [...options, 'batchSize', 'shuffle'],
      defaults: { shuffle: true },
    },
    {
      method: 'sgd',
      labelKey: 'model.method.sgd',
      estimator,
      iterative: true,
      options: [...options, 'shuffle'],
      defaults: { shuffle: true },
    },
  ];
}

export const MLP_FAMILIES: Readonly<Record<string, FamilySpec>> = {
  mlp: {
    family: 'mlp',
    task: 'classification',
    labelKey: 'model.family.mlp',
    defaultMethod: 'minibatch',
    options: [
      ...COMMON,
      opt('loss', 'loss', { kind: 'enum', choices: LOSSES, default: 'crossEntropy' }),
      opt('threshold', 'threshold', { kind: 'number', min: 0, minExclusive: true, max: 1, maxExclusive: true, default: 0.5 }),
    ],
    methods: methods('MLPClassifier', ['loss', 'threshold']),
  },
  'mlp-regression': {
    family: 'mlp-regression',
    task: 'regression',
    labelKey: 'model.family.mlpRegression',
    defaultMethod: 'minibatch',
    options: COMMON,
    methods: methods('MLPRegressor', []),
  },
};

/** MLPOptions from a method and validated MODEL_SPECS values (registry.ts `create`). */
export function fromSettings(method: string, settings: EstimatorSettings): MLPOptions {
  const s = settings as EstimatorSettings & Partial<Record<'hidden' | 'activation' | 'loss' | 'init' | 'momentum', unknown>>;
  const pick = <K extends keyof MLPOptions>(key: K, value: unknown) =>
    value === undefined ? {} : ({ [key]: value } as Pick<MLPOptions, K>);
  return {
    method: method as MLPMethod,
    ...pick('hidden', s.hidden),
    ...pick('activation', s.activation),
    ...pick('loss', s.loss),
    ...pick('init', s.init),
    ...pick('momentum', s.momentum),
    ...pick('learningRate', s.learningRate),
    ...pick('learningRateSchedule', s.learningRateSchedule),
    ...pick('decay', s.decay),
    ...pick('epochs', s.epochs),
    ...pick('batchSize', s.batchSize),
    ...pick('shuffle', s.shuffle),
    ...pick('penalty', s.penalty),
    ...pick('alpha', s.alpha),
    ...pick('earlyStopping', s.earlyStopping),
    ...pick('patience', s.patience),
    ...pick('threshold', s.threshold),
    ...pick('classes', s.classes),
    ...pick('randomState', s.seed),
  };
}
