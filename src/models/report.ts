/** Metrics and coefficients of a fitted estimator as plain, labelled data for reports and JSON. */
import type { DenseMatrix } from '../linalg';
import type { Estimator } from './estimatorContract';
import type { EstimatorCapabilities } from './registry';
import type { LinearParameters } from './linear';
import type { RegressionMetrics } from './metrics/regression';
import { regressionMetrics } from './metrics/regression';
import type { ClassMetrics, CurvePoints } from './metrics/classification';
import { classificationMetrics, rocAndPrCurves } from './metrics/classification';
import type { ScalerJSON } from './prepare/scaling';
import { unscaleCoefficients } from './prepare/scaling';
import type { TargetEncoding } from './target';

export interface ClassificationReport {
  readonly n: number;
  readonly accuracy: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly macroF1: number;
  readonly logLoss: number;
  readonly rocAuc?: number;
  /** Rows = true class, columns = predicted, in `classes` order. */
  readonly confusion: number[][];
  readonly perClass: Record<string, ClassMetrics>;
  readonly roc?: CurvePoints;
  readonly precisionRecall?: CurvePoints;
}

export type MetricsReport = RegressionMetrics | ClassificationReport;

export function evaluate(
  est: Estimator,
  caps: EstimatorCapabilities,
  x: DenseMatrix,
  y: ArrayLike<number>,
  encoding: TargetEncoding,
): MetricsReport {
  if (!caps.probabilities || !est.predictProba) return regressionMetrics(y, est.predict(x));
  const k = encoding.classes!.length;
  const proba = est.predictProba(x);
  const m = classificationMetrics(y, est.predict(x), proba, k);
  const classes = encoding.classes ?? [];
  const perClass: Record<string, ClassMetrics> = {};
  m.perClass.forEach((c, i) => (perClass[classes[i] ?? String(i)] = c));
  let curves: { roc: CurvePoints; pr: CurvePoints } | undefined;
  if (k === 2) {
    const score = new Float64Array(x.rows);
    const y01 = new Uint8Array(x.rows);
    for (let i = 0; i < x.rows; i++) {
      score[i] = proba[2 * i + 1]!;
      y01[i] = y[i] === 1 ? 1 : 0;
    }
    curves = rocAndPrCurves(y01, score);
  }
  return {
    n: m.n,
    accuracy: m.accuracy,
    precision: m.precision,
    recall: m.recall,
    f1: m.f1,
    macroF1: m.macroF1,
    logLoss: m.logLoss,
    ...(m.rocAuc !== undefined && { rocAuc: m.rocAuc }),
    confusion: m.confusion,
    perClass,
    ...(curves && { roc: curves.roc, precisionRecall: curves.pr }),
  };
}

type Named = Record<string, number>;

/**
 * Coefficients by feature name, in the space the model was fitted in (after scaling), and mapped
 * back to original units when the features were scaled. Binary and regression models give one
 * set; multinomial models one set per class.
 */
export function coefficientReport(p: LinearParameters, names: readonly string[], encoding: TargetEncoding, scaler: ScalerJSON) {
  const named = (w: ArrayLike<number>): Named => Object.fromEntries(names.map((nm, j) => [nm, w[j]!]));
  const rowOf = (c: number) => p.weights.subarray(c * p.features, (c + 1) * p.features);
  const scaled = scaler.kind !== 'none';
  if (p.outputs === 1) {
    const original = scaled ? unscaleCoefficients(p.weights, p.intercepts[0]!, scaler) : undefined;
    return {
      coefficients: named(p.weights),
      intercept: p.intercepts[0]!,
      ...(original && { coefficientsOriginalUnits: named(original.weights), interceptOriginalUnits: original.intercept }),
    };
  }
  const classes = encoding.classes ?? [];
  const coefficients: Record<string, Named> = {};
  const intercept: Named = {};
  const coefficientsOriginalUnits: Record<string, Named> = {};
  const interceptOriginalUnits: Named = {};
  for (let c = 0; c < p.outputs; c++) {
    const label = classes[c] ?? String(c);
    coefficients[label] = named(rowOf(c));
    intercept[label] = p.intercepts[c]!;
    if (scaled) {
      const o = unscaleCoefficients(rowOf(c), p.intercepts[c]!, scaler);
      coefficientsOriginalUnits[label] = named(o.weights);
      interceptOriginalUnits[label] = o.intercept;
    }
  }
  return { coefficients, intercept, ...(scaled && { coefficientsOriginalUnits, interceptOriginalUnits }) };
}
