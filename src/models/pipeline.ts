/**
 * Table → fitted model + report: select and encode features, drop or impute missing values,
 * split, fit the preprocessing on the training rows, fit the estimator (with validation curves),
 * then metrics, diagnosis, coefficients in both fitted and original units, and k-fold scores.
 * The report is the `fitplot fit --json` output (documented in the README) and the UI's model view.
 */
import type { DenseMatrix } from '../linalg';
import { FitplotError } from '../table/errors';
import type { Table } from '../table/types';
import type { Estimator } from './estimator';
import type { EstimatorSettings, Method, ModelKind } from './estimators';
import { defaultMethod, makeEstimator } from './estimators';
import { LinearRegression, NEAR_COLLINEAR_CONDITION } from './LinearRegression';
import { LogisticRegression } from './LogisticRegression';
import { GradientDescentRegressor } from './GradientDescentRegressor';
import { compareLeastSquaresDescent } from './compare';
import type { LeastSquaresVsDescent } from './compare';
import { encodeTarget } from './target';
import { encodeRows, encodedNames, planEncoders } from './prepare/design';
import type { MissingStrategy } from './prepare/impute';
import { completeRows, takeRows, takeValues } from './prepare/impute';
import type { ScalingKind } from './prepare/scaling';
import { termName } from './prepare/polynomial';
import { applyTransform, fitTransform } from './prepare/transform';
import type { Split } from './split';
import { kFold, noSplit, randomSplit, stratifiedSplit, timeSplit } from './split';
import type { CrossValidation } from './studies';
import { diagnose } from './diagnosis';
import type { Diagnosis } from './diagnosis';
import type { ModelJSON } from './modelJson';
import { MODEL_FORMAT, MODEL_VERSION, fingerprint } from './modelJson';
import { evaluate, coefficientReport } from './report';
import type { MetricsReport } from './report';
import type { TrainingCurves } from './curves';

export type SplitRequest =
  | { readonly kind: 'none' }
  | { readonly kind: 'random'; readonly fraction: number }
  | { readonly kind: 'time'; readonly fraction: number; readonly timeColumn?: string }
  | { readonly kind: 'explicit'; readonly train: number[]; readonly validation: number[] }
  | { readonly kind: 'kfold'; readonly folds: number };

export interface FitSpec extends Omit<EstimatorSettings, 'model' | 'classes'> {
  readonly model: ModelKind;
  readonly target: string;
  /** Feature column names (default: every other number, boolean and category column). */
  readonly features?: readonly string[];
  /** Default: random 20 % (stratified for classification), or the last 20 % in time order when the table has a datetime column. */
  readonly split?: SplitRequest;
  readonly missing?: MissingStrategy;
  readonly scale?: ScalingKind;
  readonly degree?: number;
  /** One-hot drop-first (default true: avoids the dummy-variable trap with an intercept). */
  readonly dropFirst?: boolean;
  readonly positiveClass?: string;
  readonly fileName?: string;
  /** Linear gd/minibatch/sgd only: also solve by least squares and compare (coefficients, loss, distance per epoch, time). */
  readonly compare?: boolean;
}

export interface FitReport {
  readonly model: ModelKind;
  readonly method: Method;
  readonly estimator: string;
  readonly target: string;
  readonly features: string[];
  readonly classes?: string[];
  readonly positiveClass?: string;
  readonly threshold?: number;
  readonly coefficients: Record<string, number> | Record<string, Record<string, number>>;
  readonly intercept: number | Record<string, number>;
  readonly coefficientsOriginalUnits?: Record<string, number> | Record<string, Record<string, number>>;
  readonly interceptOriginalUnits?: number | Record<string, number>;
  readonly inference?: Record<string, unknown>;
  readonly metrics: { train: MetricsReport; validation?: MetricsReport };
  readonly curves?: TrainingCurves;
  readonly crossValidation?: CrossValidation;
  readonly comparison?: LeastSquaresVsDescent;
  readonly diagnosis: Diagnosis;
  readonly split: { kind: Split['kind'] | 'kfold'; trainRows: number; validationRows: number; validationFraction?: number; seed?: number; timeColumn?: string; train?: number[]; validation?: number[] };
  readonly rows: { total: number; used: number; missingTarget: number; droppedMissingFeatures: number; imputed: Record<string, number> };
  readonly preprocessing: { scale: ScalingKind; degree: number; missing: MissingStrategy };
  readonly warnings: string[];
  readonly timeMs: number;
}

/** Split lists are kept in the report only up to this many rows (the seed reproduces larger ones). */
const MAX_LISTED_ROWS = 10000;

export function fitTable(table: Table, spec: FitSpec): { report: FitReport; model: ModelJSON } {
  const t0 = performance.now();
  const warnings: string[] = [];
  const targetCol = table.columns.find((c) => c.name === spec.target);
  if (!targetCol) throw new FitplotError({ code: 'COLUMN_NOT_FOUND', message: `Target column '${spec.target}' is not in ${spec.fileName ?? 'the table'}.`, column: spec.target, hint: `Columns are: ${table.columns.map((c) => c.name).join(', ')}.` });
  const classification = spec.model === 'logistic';
  const { y: yAll, encoding } = encodeTarget(targetCol, classification ? 'classes' : 'number', spec.positiveClass);
  const features = spec.features ?? table.columns.filter((c) => c.name !== spec.target && (c.type === 'number' || c.type === 'boolean' || c.type === 'category')).map((c) => c.name);
  if (features.includes(spec.target)) throw new FitplotError({ code: 'BAD_OPTION', message: `The target '${spec.target}' cannot also be a feature.` });
  if (features.length === 0) throw new FitplotError({ code: 'NOT_ENOUGH_DATA', message: 'No feature columns: give --features, or add number or category columns.' });
  const encoders = planEncoders(table, features, spec.dropFirst ?? true, spec.fileName);
  const baseNames = encodedNames(encoders);
  const allRows = Array.from({ length: table.rowCount }, (_, i) => i);
  const withTarget = allRows.filter((i) => !Number.isNaN(yAll[i]!));
  const missingTarget = table.rowCount - withTarget.length;
  let xRaw = encodeRows(table, encoders, withTarget, spec.fileName);
  let rows = withTarget;
  const missing = spec.missing ?? 'drop';
  let droppedMissingFeatures = 0;
  if (missing === 'drop') {
    const keep = completeRows(xRaw);
    droppedMissingFeatures = rows.length - keep.length;
    if (droppedMissingFeatures > 0) {
      xRaw = takeRows(xRaw, keep);
      rows = keep.map((p) => rows[p]!);
    }
  }
  if (missingTarget > 0) warnings.push(`${missingTarget} rows with a missing target were left out.`);
  if (droppedMissingFeatures > 0) warnings.push(`${droppedMissingFeatures} rows with a missing feature value were dropped (use --missing mean|median to impute instead).`);
  const y = takeValues(yAll, rows);
  const n = rows.length;
  if (n < 3) throw new FitplotError({ code: 'NOT_ENOUGH_DATA', message: `Only ${n} usable rows after removing missing values; a model needs more.` });
  const seed = spec.seed ?? 0;
  const { split, timeColumn, folds } = chooseSplit(table, spec, rows, y, classification, seed, warnings);
  const degree = spec.degree ?? 1;
  const scale = spec.scale ?? 'none';
  const xTrain0 = takeRows(xRaw, split.train);
  const yTrain = takeValues(y, split.train);
  const yVal = takeValues(y, split.validation);
  const prep = fitTransform(xTrain0, missing, degree, scale);
  const xTrain = prep.x;
  const xVal = applyTransform(takeRows(xRaw, split.validation), prep.transform);
  const names = prep.transform.terms ? prep.transform.terms.map((e) => termName(baseNames, e)) : baseNames;
  const settings: EstimatorSettings = { ...spec, ...(classification && { classes: encoding.classes!.length }) };
  const est = makeEstimator(settings);
  est.fit(xTrain, yTrain, split.validation.length > 0 ? { validation: { x: xVal, y: yVal } } : {});
  if (est instanceof LogisticRegression) warnings.push(...est.warnings);
  else if (est instanceof GradientDescentRegressor && est.result?.message) warnings.push(est.result.message);
  let comparison: LeastSquaresVsDescent | undefined;
  if (spec.compare) {
    if (!(est instanceof GradientDescentRegressor)) throw new FitplotError({ code: 'BAD_OPTION', message: 'The least-squares comparison needs a linear gradient-descent method (gd, minibatch or sgd).' });
    comparison = compareLeastSquaresDescent(xTrain, yTrain, est.options);
  }
  const trainMetrics = evaluate(est, xTrain, yTrain, encoding);
  const valMetrics = split.validation.length > 0 ? evaluate(est, xVal, yVal, encoding) : undefined;
  let crossValidation: CrossValidation | undefined;
  if (folds) crossValidation = crossValidateWithPrep(folds, xRaw, y, missing, degree, scale, settings);
  const curves = est.curves;
  const mainScore = (m: MetricsReport) => (classification ? (m as { accuracy: number }).accuracy : (m as { r2: number }).r2);
  const mainLoss = (m: MetricsReport) => (classification ? (m as { logLoss: number }).logLoss : (m as { mse: number }).mse);
  const diagnosis = diagnose({
    metric: classification ? 'accuracy' : 'r2',
    trainScore: mainScore(trainMetrics),
    trainLoss: mainLoss(trainMetrics),
    ...(valMetrics && { validationScore: mainScore(valMetrics), validationLoss: mainLoss(valMetrics) }),
    ...(classification && { baselineAccuracy: majorityShare(yTrain, encoding.classes!.length) }),
    ...(curves && { curves }),
  });
  if (folds && diagnosis.verdict === 'unknown' && crossValidation) {
    diagnosis.reasons.push(`${crossValidation.folds}-fold validation score ${crossValidation.mean.toFixed(3)} ± ${crossValidation.std.toFixed(3)}.`);
  }
  const coef = coefficientReport(est, names, encoding, prep.transform.scaler);
  const inference = est instanceof LinearRegression && est.inference ? inferenceReport(est, names) : undefined;
  if (est instanceof LinearRegression && est.collinear.length > 0) {
    warnings.push(`Collinear features (linear combinations of the others) were given coefficient 0: ${est.collinear.map((j) => names[j]).join(', ')}.`);
  }
  if (est instanceof LinearRegression && est.conditionNumber !== undefined && est.conditionNumber > NEAR_COLLINEAR_CONDITION) {
    const digits = Math.round(Math.log10(est.conditionNumber));
    warnings.push(`Near-collinear features: the condition number of the design (columns scaled to unit length) is ${est.conditionNumber.toPrecision(2)}, so the coefficients can lose about ${digits} significant digits to rounding or noise in the data. They are still the least-squares solution; fewer or centred features make them better determined.`);
  }
  const imputed: Record<string, number> = {};
  if (missing !== 'drop') baseNames.forEach((nm, j) => (prep.imputed[j]! > 0 ? (imputed[nm] = prep.imputed[j]!) : undefined));
  const listed = n <= MAX_LISTED_ROWS;
  const report: FitReport = {
    model: spec.model,
    method: spec.method ?? defaultMethod(spec.model),
    estimator: est.kind,
    target: spec.target,
    features: names,
    ...(encoding.classes && { classes: encoding.classes }),
    ...(encoding.positiveClass !== undefined && { positiveClass: encoding.positiveClass }),
    ...(est instanceof LogisticRegression && encoding.classes!.length === 2 && { threshold: est.threshold }),
    ...coef,
    ...(inference && { inference }),
    metrics: { train: trainMetrics, ...(valMetrics && { validation: valMetrics }) },
    ...(curves && { curves }),
    ...(crossValidation && { crossValidation }),
    ...(comparison && { comparison }),
    diagnosis,
    split: {
      kind: folds ? 'kfold' : split.kind,
      trainRows: split.train.length,
      validationRows: split.validation.length,
      ...(split.validationFraction !== undefined && { validationFraction: split.validationFraction }),
      ...(split.seed !== undefined && { seed: split.seed }),
      ...(timeColumn !== undefined && { timeColumn }),
      // Data-row indices of the file (0-based), so the split can be replayed with --split-file.
      ...(listed && { train: split.train.map((p) => rows[p]!), validation: split.validation.map((p) => rows[p]!) }),
    },
    rows: { total: table.rowCount, used: n, missingTarget, droppedMissingFeatures, imputed },
    preprocessing: { scale, degree, missing },
    warnings,
    timeMs: performance.now() - t0,
  };
  const model: ModelJSON = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    model: spec.model,
    target: spec.target,
    targetEncoding: encoding,
    encoders,
    features: names,
    transform: prep.transform,
    estimator: est.toJSON(),
    report: report as unknown as Record<string, unknown>,
    fingerprint: { rows: split.train.length, columns: features.slice(), hash: fingerprint(xTrain0.data, yTrain) },
  };
  return { report, model };
}

function chooseSplit(table: Table, spec: FitSpec, rows: number[], y: Float64Array, classification: boolean, seed: number, warnings: string[]): { split: Split; timeColumn?: string; folds?: Split[] } {
  const n = rows.length;
  const datetime = table.columns.find((c) => c.type === 'datetime');
  const req: SplitRequest = spec.split ?? (datetime ? { kind: 'time', fraction: 0.2, timeColumn: datetime.name } : { kind: 'random', fraction: 0.2 });
  if (!spec.split && datetime) warnings.push(`The table has a datetime column '${datetime.name}': validation is the last 20 % in time (a random split would leak the future into training).`);
  switch (req.kind) {
    case 'none':
      return { split: noSplit(n) };
    case 'random':
      if (req.fraction === 0) return { split: noSplit(n) };
      return { split: classification ? stratifiedSplit(y, req.fraction, seed) : randomSplit(n, req.fraction, seed) };
    case 'time': {
      const name = req.timeColumn ?? datetime?.name;
      if (!name) return { split: timeSplit(n, req.fraction) };
      const col = table.columns.find((c) => c.name === name);
      if (!col || col.type !== 'datetime') throw new FitplotError({ code: 'BAD_COLUMN_TYPE', message: `The time column '${name}' is not a datetime column.`, column: name });
      const order = Array.from({ length: n }, (_, p) => p).sort((a, b) => col.values[rows[a]!]! - col.values[rows[b]!]! || a - b);
      return { split: timeSplit(n, req.fraction, order), timeColumn: name };
    }
    case 'explicit': {
      const position = new Int32Array(table.rowCount).fill(-1);
      rows.forEach((r, p) => (position[r] = p));
      const map = (list: number[]) => list.map((r) => position[r] ?? -1).filter((p) => p >= 0);
      const train = map(req.train);
      const validation = map(req.validation);
      const lost = req.train.length + req.validation.length - train.length - validation.length;
      if (lost > 0) warnings.push(`${lost} rows of the split file were left out (missing values).`);
      return { split: { kind: 'explicit', train, validation } };
    }
    case 'kfold': {
      const folds = kFold(n, req.folds, seed, classification ? y : undefined);
      return { split: noSplit(n), folds };
    }
  }
}

function crossValidateWithPrep(folds: Split[], xRaw: DenseMatrix, y: Float64Array, missing: MissingStrategy, degree: number, scale: ScalingKind, settings: EstimatorSettings): CrossValidation {
  // Each fold fits its own imputer and scaler on its training part, as a scikit-learn Pipeline would.
  const scores = folds.map((f) => {
    const prep = fitTransform(takeRows(xRaw, f.train), missing, degree, scale);
    const est: Estimator = makeEstimator(settings).fit(prep.x, takeValues(y, f.train));
    return { train: est.score(prep.x, takeValues(y, f.train)), validation: est.score(applyTransform(takeRows(xRaw, f.validation), prep.transform), takeValues(y, f.validation)) };
  });
  const v = scores.map((s) => s.validation);
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  const std = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length);
  return { folds: folds.length, trainScores: scores.map((s) => s.train), validationScores: v, mean, std };
}

function majorityShare(y: Float64Array, k: number): number {
  const counts = new Array<number>(k).fill(0);
  for (const v of y) counts[v]! += 1;
  return Math.max(...counts) / y.length;
}

function inferenceReport(est: LinearRegression, names: string[]): Record<string, unknown> {
  const inf = est.inference!;
  const labels = est.options.fitIntercept ? ['(intercept)', ...names] : names;
  const coefficients: Record<string, unknown> = {};
  inf.coefficients.forEach((c, j) => (coefficients[labels[j]!] = c));
  const { coefficients: _c, ...rest } = inf;
  return { ...rest, coefficients };
}
