/**
 * `fitplot fit` flags → a FitSpec (node:util parseArgs; every bad value is a UsageError → exit 2).
 * The model-option flags and their checks come from MODEL_SPECS (validateModelOptions), so the
 * command line and the app accept and refuse the same values.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../command';
import { loaderFlags } from '../loadFile';
import type { LoaderFlagValues } from '../loadFile';
import type { FitSpec, SplitRequest } from '../../models/pipeline';
import type { ModelOptionSpec, ModelOptionValues, OptionValue } from '../../models/specs';
import { MODEL_SPECS, allOptionSpecs } from '../../models/specs';
import { validateModelOptions } from '../../models/optionValidation';
import { parseSplitJSON } from '../../models/split';
import { word } from './wording';

const OPTION_SPECS = allOptionSpecs();

/** One flag per model option; switches also get a `--no-` form. */
type FlagType = { type: 'string' | 'boolean' };
const optionFlags: Record<string, FlagType> = Object.fromEntries(
  OPTION_SPECS.flatMap((o): [string, FlagType][] =>
    o.kind === 'boolean'
      ? [
          [o.cliFlag, { type: 'boolean' }],
          [`no-${o.cliFlag}`, { type: 'boolean' }],
        ]
      : [[o.cliFlag, { type: 'string' }]],
  ),
);

export const fitFlags = {
  ...loaderFlags,
  ...optionFlags,
  target: { type: 'string' },
  features: { type: 'string' },
  method: { type: 'string' },
  seed: { type: 'string' },
  scale: { type: 'string' },
  validation: { type: 'string' },
  'time-split': { type: 'string' },
  'time-column': { type: 'string' },
  'split-file': { type: 'string' },
  'split-column': { type: 'string' },
  test: { type: 'string' },
  'evaluate-test': { type: 'boolean' },
  folds: { type: 'string' },
  'time-folds': { type: 'string' },
  degree: { type: 'string' },
  missing: { type: 'string' },
  'positive-class': { type: 'string' },
  reference: { type: 'string' },
  'keep-first-level': { type: 'boolean' },
  compare: { type: 'boolean' },
  save: { type: 'string' },
  python: { type: 'string' },
  'learning-curve': { type: 'boolean' },
  'validation-curve': { type: 'string' },
  json: { type: 'boolean' },
} as const;

export interface ParsedFit {
  readonly model: string;
  readonly file: string;
  readonly save?: string;
  /** Write a numpy/scikit-learn script that reproduces the fit. */
  readonly python?: string;
  readonly json: boolean;
  readonly loader: LoaderFlagValues;
  /** The spec minus the split-file rows, which need the table's row count. */
  readonly spec: Omit<FitSpec, 'split'>;
  readonly split?: SplitRequest | { kind: 'file'; path: string };
  /** All parsed flag values (for commands that add their own flags, such as studies). */
  readonly values: Record<string, string | boolean | undefined>;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got '${value}').`);
  return value as T;
}

function num(
  flag: string,
  value: string | undefined,
  check: (v: number) => boolean = Number.isFinite,
  what = 'a number',
): number | undefined {
  if (value === undefined) return undefined;
  const v = Number(value);
  if (value.trim() === '' || !Number.isFinite(v) || !check(v)) throw new UsageError(`--${flag} must be ${what} (got '${value}').`);
  return v;
}

const fraction = (v: number) => v >= 0 && v < 1;

/**
 * `--alpha -1` reads to parseArgs as a value that looks like a flag ("ambiguous"); joined into
 * `--alpha=-1` it reaches the range check like every other bad value.
 */
export function joinNegativeValues(args: readonly string[], flags: Readonly<Record<string, { type: string }>>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = args[i + 1];
    if (
      a.startsWith('--') &&
      !a.includes('=') &&
      flags[a.slice(2)]?.type === 'string' &&
      next !== undefined &&
      /^-(\d|\.\d|Infinity)/.test(next)
    ) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** A flag's text as the option's value; text that is not a number stays text so the error can show it. */
function optionValue(spec: ModelOptionSpec, text: string): OptionValue {
  const asNumber = (t: string): number | string => (t.trim() !== '' && Number.isFinite(Number(t)) ? Number(t) : t);
  if (spec.kind === 'number' || spec.kind === 'integer') return asNumber(text);
  if (spec.kind === 'list') return text.split(',').map((t) => Number(t.trim()));
  return text;
}

function modelOptionValues(v: Record<string, string | boolean | undefined>): ModelOptionValues {
  const values: Record<string, OptionValue> = {};
  for (const o of OPTION_SPECS) {
    if (o.kind === 'boolean') {
      const on = v[o.cliFlag] === true;
      const off = v[`no-${o.cliFlag}`] === true;
      if (on && off) throw new UsageError(`--${o.cliFlag} and --no-${o.cliFlag} contradict each other.`);
      if (on || off) values[o.name] = on;
    } else if (typeof v[o.cliFlag] === 'string') values[o.name] = optionValue(o, v[o.cliFlag] as string);
  }
  return values;
}

function referenceLevels(text: string | undefined): Record<string, string> | undefined {
  if (text === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--reference takes COLUMN=LEVEL pairs separated by commas (got '${pair}').`);
    out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}

export function parseFitArgs(
  args: readonly string[],
  extraFlags: Readonly<Record<string, { type: 'string' | 'boolean' }>> = {},
): ParsedFit {
  const options = { ...fitFlags, ...extraFlags };
  const { values, positionals } = parseArgs({ args: joinNegativeValues(args, options), allowPositionals: true, options });
  const v = values as Record<string, string | boolean | undefined>;
  const str = (name: string) => (typeof v[name] === 'string' ? (v[name] as string) : undefined);
  const [model, file, ...extra] = positionals;
  const families = Object.keys(MODEL_SPECS);
  if (model === undefined || !families.includes(model))
    throw new UsageError(`the first argument must be ${families.map((f) => `'${f}'`).join(' or ')}${model ? ` (got '${model}')` : ''}.`);
  if (!file || extra.length > 0) throw new UsageError('give exactly one FILE after the model kind.');
  const target = str('target');
  if (!target) throw new UsageError('--target COLUMN is required.');
  const method = str('method');
  const modelOptions = modelOptionValues(v);
  const errors = validateModelOptions(model, method, modelOptions);
  if (errors.length > 0) throw new UsageError(errors.map(word).join('\n'));
  const splits = ['validation', 'time-split', 'split-file', 'split-column', 'folds', 'time-folds'].filter((k) => v[k] !== undefined);
  if (splits.length > 1)
    throw new UsageError(
      `choose one of --validation, --time-split, --split-file, --split-column, --folds, --time-folds (got ${splits.map((s) => `--${s}`).join(', ')}).`,
    );
  const test = num('test', str('test'), (x) => x > 0 && x < 1, 'a fraction in (0, 1)');
  if (test !== undefined && v.validation === undefined && v['time-split'] === undefined)
    throw new UsageError('--test F keeps a test part of a --validation or --time-split split (with --split-column, mark rows test).');
  let split: ParsedFit['split'];
  const val = num('validation', str('validation'), fraction, 'a fraction in [0, 1)');
  const ts = num('time-split', str('time-split'), fraction, 'a fraction in [0, 1)');
  const folds = num('folds', str('folds'), (x) => Number.isInteger(x) && x >= 2, 'an integer ≥ 2');
  const timeFolds = num('time-folds', str('time-folds'), (x) => Number.isInteger(x) && x >= 2, 'an integer ≥ 2');
  const testPart = test !== undefined && { testFraction: test };
  if (val !== undefined) split = val === 0 && !testPart ? { kind: 'none' } : { kind: 'random', fraction: val, ...testPart };
  else if (ts !== undefined)
    split = { kind: 'time', fraction: ts, ...(str('time-column') !== undefined && { timeColumn: str('time-column') }), ...testPart };
  else if (str('split-file') !== undefined) split = { kind: 'file', path: str('split-file')! };
  else if (str('split-column') !== undefined) split = { kind: 'column', column: str('split-column')! };
  else if (folds !== undefined) split = { kind: 'kfold', folds };
  else if (timeFolds !== undefined) split = { kind: 'kfold', folds: timeFolds, timeOrdered: true };
  const reference = referenceLevels(str('reference'));
  const spec: Omit<FitSpec, 'split'> = {
    model,
    target,
    ...(method !== undefined && { method }),
    ...(Object.keys(modelOptions).length > 0 && { options: modelOptions }),
    ...(str('features') !== undefined && {
      features: str('features')!
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    }),
    ...(str('seed') !== undefined && { seed: num('seed', str('seed'), (x) => Number.isInteger(x) && x >= 0, 'a non-negative integer') }),
    ...(str('scale') !== undefined && { scale: oneOf('scale', str('scale'), ['standard', 'minmax', 'none'] as const) }),
    ...(str('degree') !== undefined && {
      degree: num('degree', str('degree'), (x) => Number.isInteger(x) && x >= 1 && x <= 10, 'an integer from 1 to 10'),
    }),
    ...(str('missing') !== undefined && { missing: oneOf('missing', str('missing'), ['drop', 'mean', 'median'] as const) }),
    ...(str('positive-class') !== undefined && { positiveClass: str('positive-class') }),
    ...(v['keep-first-level'] === true && { dropFirst: false }),
    ...(reference && { referenceLevels: reference }),
    ...(v.compare === true && { compare: true }),
    ...(v['evaluate-test'] === true && { evaluateTest: true }),
  };
  return {
    model,
    file,
    ...(str('save') !== undefined && { save: str('save') }),
    ...(str('python') !== undefined && { python: str('python') }),
    json: v.json === true,
    loader: v as LoaderFlagValues,
    spec,
    ...(split && { split }),
    values: v,
  };
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
