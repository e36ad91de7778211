/** `fitplot fit` flags → a FitSpec (node:util parseArgs; every bad value is a UsageError → exit 2). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../command';
import { loaderFlags } from '../loadFile';
import type { LoaderFlagValues } from '../loadFile';
import type { FitSpec, SplitRequest } from '../../models/pipeline';
import type { Method, ModelKind } from '../../models/estimators';
import { parseSplitJSON } from '../../models/split';

export const fitFlags = {
  ...loaderFlags,
  target: { type: 'string' },
  features: { type: 'string' },
  method: { type: 'string' },
  alpha: { type: 'string' },
  'l1-ratio': { type: 'string' },
  penalty: { type: 'string' },
  C: { type: 'string' },
  lr: { type: 'string' },
  'lr-schedule': { type: 'string' },
  epochs: { type: 'string' },
  'batch-size': { type: 'string' },
  shuffle: { type: 'boolean' },
  'no-shuffle': { type: 'boolean' },
  init: { type: 'string' },
  seed: { type: 'string' },
  scale: { type: 'string' },
  validation: { type: 'string' },
  'time-split': { type: 'string' },
  'time-column': { type: 'string' },
  'split-file': { type: 'string' },
  folds: { type: 'string' },
  degree: { type: 'string' },
  missing: { type: 'string' },
  'positive-class': { type: 'string' },
  threshold: { type: 'string' },
  'early-stopping': { type: 'boolean' },
  patience: { type: 'string' },
  'keep-first-level': { type: 'boolean' },
  'no-intercept': { type: 'boolean' },
  compare: { type: 'boolean' },
  save: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export interface ParsedFit {
  readonly model: ModelKind;
  readonly file: string;
  readonly save?: string;
  readonly json: boolean;
  readonly loader: LoaderFlagValues;
  /** The spec minus the split-file rows, which need the table's row count. */
  readonly spec: Omit<FitSpec, 'split'>;
  readonly split?: SplitRequest | { kind: 'file'; path: string };
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got '${value}').`);
  return value as T;
}

function num(flag: string, value: string | undefined, check: (v: number) => boolean = Number.isFinite, what = 'a number'): number | undefined {
  if (value === undefined) return undefined;
  const v = Number(value);
  if (value.trim() === '' || !Number.isFinite(v) || !check(v)) throw new UsageError(`--${flag} must be ${what} (got '${value}').`);
  return v;
}

const positiveInt = (v: number) => Number.isInteger(v) && v >= 1;
const fraction = (v: number) => v >= 0 && v < 1;

export function parseFitArgs(args: readonly string[]): ParsedFit {
  const { values: v, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: fitFlags });
  const [model, file, ...extra] = positionals;
  if (model !== 'linear' && model !== 'logistic') throw new UsageError(`the first argument must be 'linear' or 'logistic'${model ? ` (got '${model}')` : ''}.`);
  if (!file || extra.length > 0) throw new UsageError('give exactly one FILE after the model kind.');
  if (!v.target) throw new UsageError('--target COLUMN is required.');
  if (v.shuffle && v['no-shuffle']) throw new UsageError('--shuffle and --no-shuffle contradict each other.');
  const splits = ['validation', 'time-split', 'split-file', 'folds'].filter((k) => v[k as keyof typeof v] !== undefined);
  if (splits.length > 1) throw new UsageError(`choose one of --validation, --time-split, --split-file, --folds (got ${splits.map((s) => `--${s}`).join(', ')}).`);
  let split: ParsedFit['split'];
  const val = num('validation', v.validation, fraction, 'a fraction in [0, 1)');
  const ts = num('time-split', v['time-split'], fraction, 'a fraction in [0, 1)');
  const folds = num('folds', v.folds, (x) => Number.isInteger(x) && x >= 2, 'an integer ≥ 2');
  if (val !== undefined) split = val === 0 ? { kind: 'none' } : { kind: 'random', fraction: val };
  else if (ts !== undefined) split = { kind: 'time', fraction: ts, ...(v['time-column'] !== undefined && { timeColumn: v['time-column'] }) };
  else if (v['split-file'] !== undefined) split = { kind: 'file', path: v['split-file'] };
  else if (folds !== undefined) split = { kind: 'kfold', folds };
  const methods: readonly Method[] = ['ols', 'ridge', 'lasso', 'elasticnet', 'gd', 'minibatch', 'sgd', 'newton', 'lbfgs'];
  const spec: Omit<FitSpec, 'split'> = {
    model,
    target: v.target,
    ...(v.features !== undefined && { features: v.features.split(',').map((s) => s.trim()).filter(Boolean) }),
    ...(v.method !== undefined && { method: oneOf('method', v.method, methods) }),
    ...(v.alpha !== undefined && { alpha: num('alpha', v.alpha, (x) => x >= 0, 'a number ≥ 0') }),
    ...(v['l1-ratio'] !== undefined && { l1Ratio: num('l1-ratio', v['l1-ratio'], (x) => x >= 0 && x <= 1, 'a number in [0, 1]') }),
    ...(v.penalty !== undefined && { penalty: oneOf('penalty', v.penalty, ['l1', 'l2', 'none'] as const) }),
    ...(v.C !== undefined && { C: num('C', v.C, (x) => x > 0, 'a number > 0') }),
    ...(v.lr !== undefined && { learningRate: num('lr', v.lr, (x) => x > 0, 'a number > 0') }),
    ...(v['lr-schedule'] !== undefined && { learningRateSchedule: oneOf('lr-schedule', v['lr-schedule'], ['constant', 'decay'] as const) }),
    ...(v.epochs !== undefined && { epochs: num('epochs', v.epochs, positiveInt, 'a positive integer') }),
    ...(v['batch-size'] !== undefined && { batchSize: num('batch-size', v['batch-size'], positiveInt, 'a positive integer') }),
    ...(v.shuffle && { shuffle: true }),
    ...(v['no-shuffle'] && { shuffle: false }),
    ...(v.init !== undefined && { init: oneOf('init', v.init, ['zeros', 'ones', 'random'] as const) }),
    ...(v.seed !== undefined && { seed: num('seed', v.seed, (x) => Number.isInteger(x) && x >= 0, 'a non-negative integer') }),
    ...(v.scale !== undefined && { scale: oneOf('scale', v.scale, ['standard', 'minmax', 'none'] as const) }),
    ...(v.degree !== undefined && { degree: num('degree', v.degree, (x) => Number.isInteger(x) && x >= 1 && x <= 10, 'an integer from 1 to 10') }),
    ...(v.missing !== undefined && { missing: oneOf('missing', v.missing, ['drop', 'mean', 'median'] as const) }),
    ...(v['positive-class'] !== undefined && { positiveClass: v['positive-class'] }),
    ...(v.threshold !== undefined && { threshold: num('threshold', v.threshold, (x) => x > 0 && x < 1, 'a probability in (0, 1)') }),
    ...(v['early-stopping'] && { earlyStopping: true }),
    ...(v.patience !== undefined && { patience: num('patience', v.patience, positiveInt, 'a positive integer') }),
    ...(v['keep-first-level'] && { dropFirst: false }),
    ...(v['no-intercept'] && { fitIntercept: false }),
    ...(v.compare && { compare: true }),
  };
  return { model, file, ...(v.save !== undefined && { save: v.save }), json: v.json === true, loader: v, spec, ...(split && { split }) };
}

/** Reads a --split-file against the loaded table's row count. */
export function readSplitFile(path: string, cwd: string, rowCount: number): SplitRequest {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read --split-file ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  const s = parseSplitJSON(text, rowCount, path);
  return { kind: 'explicit', train: s.train, validation: s.validation };
}
