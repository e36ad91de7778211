/**
 * Train/validation splits as plain data (0-based row positions), reproducible on every platform
 * (SeededRandom). Random, stratified (each class split in the same proportion, as scikit-learn's
 * `train_test_split(stratify=y)`), time-ordered (the last fraction is validation: random splits
 * leak the future into training on time series), explicit index lists, and k-fold
 * (stratified for classification, as `StratifiedKFold(shuffle=True)`).
 */
import { SeededRandom } from '../stats/random';
import { FitplotError } from '../table/errors';

export interface Split {
  readonly kind: 'none' | 'random' | 'stratified' | 'time' | 'explicit' | 'column';
  readonly train: number[];
  readonly validation: number[];
  readonly validationFraction?: number;
  /** Rows kept aside as a test part: never fitted, scaled, early-stopped or diagnosed on; scored only when asked. */
  readonly test?: number[];
  readonly testFraction?: number;
  readonly seed?: number;
}

function noTrainingRows(validation: number, test: number): FitplotError {
  return new FitplotError({
    code: 'BAD_OPTION',
    key: 'model.error.noTrainingRows',
    params: { validation, test },
    message: `The validation (${validation}) and test (${test}) fractions leave no rows for training.`,
    hint: 'Make them smaller: for example --validation 0.2 --test 0.2 trains on 60 % of the rows.',
  });
}

function checkFraction(f: number, test = 0): void {
  if (!(f >= 0 && f < 1))
    throw new FitplotError({
      code: 'BAD_OPTION',
      message: `The validation fraction must be in [0, 1), got ${f}.`,
      hint: 'For example --validation 0.2 keeps 20 % of the rows for validation; 0 fits on all rows.',
    });
  if (!(test >= 0 && test < 1 && f + test < 1)) throw noTrainingRows(f, test);
}

/** Rounding on few rows can still leave no training row: the same error as fractions that add up to 1. */
function checkTrainLeft(split: Split): Split {
  if (split.train.length === 0 && split.testFraction !== undefined) throw noTrainingRows(split.validationFraction ?? 0, split.testFraction);
  return split;
}

/** The test part only when there is one, so splits without it stay as they were. */
const withTest = (test: number[], testFraction: number) => (testFraction > 0 ? { test, testFraction } : {});

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

export function noSplit(n: number): Split {
  return { kind: 'none', train: range(n), validation: [] };
}

/**
 * Validation = round(fraction·n) rows chosen by a seeded permutation, then round(testFraction·n)
 * test rows (so adding a test part keeps the same validation rows); lists sorted.
 */
export function randomSplit(n: number, fraction: number, seed: number, testFraction = 0): Split {
  checkFraction(fraction, testFraction);
  const perm = new SeededRandom(seed).permutation(n);
  const nv = Math.round(fraction * n);
  const nt = Math.round(testFraction * n);
  const sorted = (a: Int32Array) => Array.from(a).sort((p, q) => p - q);
  const validation = sorted(perm.subarray(0, nv));
  const test = sorted(perm.subarray(nv, nv + nt));
  const train = sorted(perm.subarray(nv + nt));
  return checkTrainLeft({ kind: 'random', train, validation, validationFraction: fraction, ...withTest(test, testFraction), seed });
}

/** Each class contributes round(fraction·count) validation rows, so class shares stay the same. */
export function stratifiedSplit(labels: ArrayLike<number>, fraction: number, seed: number, testFraction = 0): Split {
  checkFraction(fraction, testFraction);
  const rng = new SeededRandom(seed);
  const byClass = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const list = byClass.get(labels[i]!) ?? [];
    list.push(i);
    byClass.set(labels[i]!, list);
  }
  const train: number[] = [];
  const validation: number[] = [];
  const test: number[] = [];
  for (const key of [...byClass.keys()].sort((a, b) => a - b)) {
    const rows = rng.shuffle(byClass.get(key)!);
    const nv = Math.round(fraction * rows.length);
    const nt = Math.round(testFraction * rows.length);
    validation.push(...rows.slice(0, nv));
    test.push(...rows.slice(nv, nv + nt));
    train.push(...rows.slice(nv + nt));
  }
  return checkTrainLeft({
    kind: 'stratified',
    train: train.sort((a, b) => a - b),
    validation: validation.sort((a, b) => a - b),
    validationFraction: fraction,
    ...withTest(
      test.sort((a, b) => a - b),
      testFraction,
    ),
    seed,
  });
}

/**
 * The last round(testFraction·n) rows in time order are test, the round(fraction·n) before them
 * validation. `order` gives positions sorted by time (default: file order).
 */
export function timeSplit(n: number, fraction: number, order?: ArrayLike<number>, testFraction = 0): Split {
  checkFraction(fraction, testFraction);
  const o = order ? Array.from(order) : range(n);
  const nv = Math.round(fraction * n);
  const nt = Math.round(testFraction * n);
  return checkTrainLeft({
    kind: 'time',
    train: o.slice(0, n - nv - nt),
    validation: o.slice(n - nv - nt, n - nt),
    validationFraction: fraction,
    ...withTest(o.slice(n - nt), testFraction),
  });
}

/**
 * Parses `{ "train": [...], "validation": [...] }` (0-based data rows). Indices must be integers
 * in range and not repeated or shared between the two lists.
 */
export function parseSplitJSON(text: string, rowCount: number, fileName = 'the split file'): Split {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new FitplotError({
      code: 'BAD_OPTION',
      message: `${fileName} is not valid JSON (${(error as Error).message}).`,
      file: fileName,
      hint: 'Expected { "train": [0, 1, …], "validation": [5, …] } with 0-based data-row indices.',
    });
  }
  const obj = raw as { train?: unknown; validation?: unknown };
  const seen = new Uint8Array(rowCount);
  const read = (key: 'train' | 'validation'): number[] => {
    const list = obj?.[key];
    if (!Array.isArray(list))
      throw new FitplotError({
        code: 'BAD_OPTION',
        message: `${fileName} has no "${key}" array.`,
        file: fileName,
        hint: 'Expected { "train": [...], "validation": [...] }.',
      });
    return list.map((v, pos) => {
      if (!(Number.isInteger(v) && v >= 0 && v < rowCount)) {
        throw new FitplotError({
          code: 'BAD_OPTION',
          message: `${fileName}: "${key}"[${pos}] = ${JSON.stringify(v)} is not a data-row index from 0 to ${rowCount - 1}.`,
          file: fileName,
        });
      }
      if (seen[v])
        throw new FitplotError({
          code: 'BAD_OPTION',
          message: `${fileName}: row ${v} appears more than once (in "${key}").`,
          file: fileName,
        });
      seen[v] = 1;
      return v as number;
    });
  };
  const train = read('train');
  const validation = read('validation');
  if (train.length === 0)
    throw new FitplotError({ code: 'NOT_ENOUGH_DATA', message: `${fileName}: the "train" list is empty.`, file: fileName });
  return { kind: 'explicit', train, validation };
}

/**
 * k folds: fold f's validation rows are every k-th row of a seeded permutation (per class when
 * labels are given, so each fold keeps the class shares).
 */
export function kFold(n: number, k: number, seed: number, labels?: ArrayLike<number>): Split[] {
  if (!(Number.isInteger(k) && k >= 2 && k <= n))
    throw new FitplotError({
      code: 'BAD_OPTION',
      message: `The number of folds must be an integer from 2 to the number of rows (${n}), got ${k}.`,
    });
  const rng = new SeededRandom(seed);
  const foldOf = new Int32Array(n);
  if (labels) {
    const byClass = new Map<number, number[]>();
    for (let i = 0; i < n; i++) byClass.set(labels[i]!, [...(byClass.get(labels[i]!) ?? []), i]);
    let next = 0;
    for (const key of [...byClass.keys()].sort((a, b) => a - b)) {
      for (const i of rng.shuffle(byClass.get(key)!)) foldOf[i] = next++ % k;
    }
  } else {
    const perm = rng.permutation(n);
    perm.forEach((i, pos) => (foldOf[i] = pos % k));
  }
  return range(k).map((f) => {
    const train: number[] = [];
    const validation: number[] = [];
    for (let i = 0; i < n; i++) (foldOf[i] === f ? validation : train).push(i);
    return { kind: labels ? 'stratified' : 'random', train, validation, seed };
  });
}

/**
 * Time-ordered (expanding window) folds, as scikit-learn's TimeSeriesSplit: the rows in time order
 * are cut into k + 1 blocks; fold f trains on blocks 0..f and validates on block f + 1, so no fold
 * is validated on rows older than its training rows.
 */
export function timeFolds(n: number, k: number, order: ArrayLike<number>): Split[] {
  if (!(Number.isInteger(k) && k >= 2 && k < n))
    throw new FitplotError({
      code: 'BAD_OPTION',
      key: 'model.error.badFolds',
      params: { folds: k, rows: n },
      message: `The number of time-ordered folds must be an integer from 2 to ${n - 1}, got ${k}.`,
    });
  const o = Array.from(order);
  const block = (b: number) => Math.round((b * n) / (k + 1));
  return range(k).map((f) => ({ kind: 'time', train: o.slice(0, block(f + 1)), validation: o.slice(block(f + 1), block(f + 2)) }));
}
