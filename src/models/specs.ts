/**
 * MODEL_SPECS: every model family's methods and their options as data, beside the charts'
 * CHART_SPECS. The CLI's `fit` flags and the app's fit form are generated from it, and
 * `validateModelOptions` (optionValidation.ts) checks values against it, so both front ends give
 * the same error. A method lists the options it uses; any other option is an error naming them.
 */
import { MLP_FAMILIES } from './mlp/spec';

export type ModelFamily = 'linear' | 'logistic' | 'mlp' | 'mlp-regression';
export type Task = 'regression' | 'classification';
export type OptionKind = 'number' | 'integer' | 'enum' | 'boolean' | 'list';
export type OptionValue = number | string | boolean | readonly number[];
export type ModelOptionValues = Readonly<Record<string, OptionValue>>;

export interface ModelOptionSpec {
  readonly name: string;
  readonly kind: OptionKind;
  /** Inclusive lower bound, or exclusive when `minExclusive`. */
  readonly min?: number;
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly maxExclusive?: boolean;
  readonly default?: OptionValue;
  readonly choices?: readonly string[];
  /** Wording key of the one-line explanation (each front end words it). */
  readonly helpKey: string;
  /** The `fitplot fit` flag, without the dashes. */
  readonly cliFlag: string;
  /** The option only means something when another option (default included) has one of these values. */
  readonly requires?: { readonly option: string; readonly oneOf: readonly (string | boolean)[] };
  /** Options that cannot be given together with this one. */
  readonly conflicts?: readonly string[];
}

export interface MethodSpec {
  readonly method: string;
  readonly labelKey: string;
  /** The registry kind (registry.ts) that fits this method. */
  readonly estimator: string;
  /** Iterative methods report curves, a stop reason and take FitControl. */
  readonly iterative: boolean;
  /** The options this method uses, by name. */
  readonly options: readonly string[];
  /** Defaults that differ from the option's own. */
  readonly defaults?: ModelOptionValues;
}

export interface FamilySpec {
  readonly family: string;
  readonly task: Task;
  readonly labelKey: string;
  readonly defaultMethod: string;
  readonly options: readonly ModelOptionSpec[];
  readonly methods: readonly MethodSpec[];
}

const opt = (name: string, cliFlag: string, rest: Omit<ModelOptionSpec, 'name' | 'cliFlag' | 'helpKey'>): ModelOptionSpec => ({
  name,
  cliFlag,
  helpKey: `model.option.${name}.help`,
  ...rest,
});

const PENALISED = { option: 'penalty', oneOf: ['l1', 'l2'] } as const;

const alpha = opt('alpha', 'alpha', { kind: 'number', min: 0, requires: PENALISED });
const penalty = opt('penalty', 'penalty', { kind: 'enum', choices: ['none', 'l1', 'l2'], default: 'none' });
const maxIter = opt('maxIter', 'max-iter', { kind: 'integer', min: 1, max: 10_000_000 });

/** Options of the gradient-descent engine (descentOptions.ts), shared by linear and logistic descent. */
const DESCENT_OPTIONS: readonly ModelOptionSpec[] = [
  opt('learningRate', 'lr', { kind: 'number', min: 0, minExclusive: true, default: 0.01 }),
  opt('learningRateSchedule', 'lr-schedule', { kind: 'enum', choices: ['constant', 'decay'], default: 'constant' }),
  opt('decay', 'lr-decay', { kind: 'number', min: 0, default: 0.01, requires: { option: 'learningRateSchedule', oneOf: ['decay'] } }),
  opt('epochs', 'epochs', { kind: 'integer', min: 1, max: 10_000_000, default: 100 }),
  opt('batchSize', 'batch-size', { kind: 'integer', min: 1, default: 32 }),
  opt('shuffle', 'shuffle', { kind: 'boolean', default: false }),
  opt('init', 'init', { kind: 'enum', choices: ['zeros', 'ones', 'random'], default: 'zeros' }),
  opt('earlyStopping', 'early-stopping', { kind: 'boolean', default: false }),
  opt('patience', 'patience', { kind: 'integer', min: 1, default: 10, requires: { option: 'earlyStopping', oneOf: [true] } }),
];
const DESCENT = ['learningRate', 'learningRateSchedule', 'decay', 'epochs', 'init', 'earlyStopping', 'patience'];

const descentMethods = (estimator: string, extra: readonly string[], defaults: ModelOptionValues): MethodSpec[] => [
  { method: 'gd', labelKey: 'model.method.gd', estimator, iterative: true, options: [...DESCENT, ...extra], defaults },
  {
    method: 'minibatch',
    labelKey: 'model.method.minibatch',
    estimator,
    iterative: true,
    options: [...DESCENT, 'batchSize', 'shuffle', ...extra],
    defaults,
  },
  { method: 'sgd', labelKey: 'model.method.sgd', estimator, iterative: true, options: [...DESCENT, 'shuffle', ...extra], defaults },
];

const LOGISTIC_PENALTY = ['penalty', 'C', 'alpha', 'threshold'];

export const MODEL_SPECS: Readonly<Record<string, FamilySpec>> = {
  linear: {
    family: 'linear',
    task: 'regression',
    labelKey: 'model.family.linear',
    defaultMethod: 'ols',
    options: [
      alpha,
      opt('l1Ratio', 'l1-ratio', { kind: 'number', min: 0, max: 1, default: 0.5 }),
      penalty,
      maxIter,
      // Through the origin (--no-intercept): R² then measures y about 0, as R's lm does.
      opt('fitIntercept', 'intercept', { kind: 'boolean', default: true }),
      ...DESCENT_OPTIONS,
    ],
    methods: [
      { method: 'ols', labelKey: 'model.method.ols', estimator: 'LinearRegression', iterative: false, options: ['fitIntercept'] },
      // Closed forms and coordinate descent always penalise: alpha needs no penalty option there.
      {
        method: 'ridge',
        labelKey: 'model.method.ridge',
        estimator: 'Ridge',
        iterative: false,
        options: ['alpha'],
        defaults: { alpha: 1, penalty: 'l2' },
      },
      {
        method: 'lasso',
        labelKey: 'model.method.lasso',
        estimator: 'Lasso',
        iterative: true,
        options: ['alpha', 'maxIter'],
        defaults: { alpha: 1, penalty: 'l1', maxIter: 1000 },
      },
      {
        method: 'elasticnet',
        labelKey: 'model.method.elasticnet',
        estimator: 'ElasticNet',
        iterative: true,
        options: ['alpha', 'l1Ratio', 'maxIter'],
        defaults: { alpha: 1, penalty: 'l2', maxIter: 1000 },
      },
      ...descentMethods('GradientDescentRegressor', ['penalty', 'alpha'], { alpha: 0.0001 }),
    ],
  },
  logistic: {
    family: 'logistic',
    task: 'classification',
    labelKey: 'model.family.logistic',
    defaultMethod: 'newton',
    options: [
      { ...penalty, default: 'l2' },
      opt('C', 'C', { kind: 'number', min: 0, minExclusive: true, default: 1, requires: PENALISED, conflicts: ['alpha'] }),
      alpha,
      opt('threshold', 'threshold', { kind: 'number', min: 0, minExclusive: true, max: 1, maxExclusive: true, default: 0.5 }),
      maxIter,
      ...DESCENT_OPTIONS,
    ],
    methods: [
      {
        method: 'newton',
        labelKey: 'model.method.newton',
        estimator: 'LogisticRegression',
        iterative: true,
        options: [...LOGISTIC_PENALTY, 'maxIter'],
        defaults: { maxIter: 100 },
      },
      {
        method: 'lbfgs',
        labelKey: 'model.method.lbfgs',
        estimator: 'LogisticRegression',
        iterative: true,
        options: [...LOGISTIC_PENALTY, 'maxIter'],
        defaults: { maxIter: 1000 },
      },
      ...descentMethods('LogisticRegression', LOGISTIC_PENALTY, {}),
    ],
  },
  ...MLP_FAMILIES,
};

export function familySpec(family: string): FamilySpec | undefined {
  return Object.hasOwn(MODEL_SPECS, family) ? MODEL_SPECS[family] : undefined;
}

export function methodSpec(family: string, method: string): MethodSpec | undefined {
  return familySpec(family)?.methods.find((m) => m.method === method);
}

export function optionSpec(family: string, name: string): ModelOptionSpec | undefined {
  return familySpec(family)?.options.find((o) => o.name === name);
}

/** The value in effect: given, else the method's default, else the option's own. */
export function effectiveOption(family: string, method: MethodSpec, values: ModelOptionValues, name: string): OptionValue | undefined {
  if (Object.hasOwn(values, name)) return values[name];
  if (method.defaults && Object.hasOwn(method.defaults, name)) return method.defaults[name];
  return optionSpec(family, name)?.default;
}

/** Every option of every family, one per name (the CLI declares one flag per option). */
export function allOptionSpecs(): ModelOptionSpec[] {
  const seen = new Map<string, ModelOptionSpec>();
  for (const f of Object.values(MODEL_SPECS)) for (const o of f.options) if (!seen.has(o.name)) seen.set(o.name, o);
  return [...seen.values()];
}
