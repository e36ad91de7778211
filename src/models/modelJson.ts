/**
 * A fitted model as data: everything needed to re-apply it to another table (encoders, the
 * preprocessing chain, the estimator's coefficients) plus what it was (options, split, metrics,
 * curves, diagnosis, a fingerprint of the training data). `applyModel` checks the new table's
 * columns and types before predicting.
 */
import type { Table } from '../table/types';
import { FitplotError } from '../table/errors';
import type { EstimatorJSON } from './estimator';
import { estimatorFromJSON } from './estimators';
import type { ModelKind } from './estimators';
import type { Encoder } from './prepare/design';
import { encodeRows } from './prepare/design';
import type { TransformJSON } from './prepare/transform';
import { applyTransform } from './prepare/transform';
import { completeRows, takeRows } from './prepare/impute';
import type { TargetEncoding } from './target';
import { LogisticRegression } from './LogisticRegression';

export const MODEL_FORMAT = 'fitplot-model';
export const MODEL_VERSION = 1;

export interface ModelJSON {
  readonly format: typeof MODEL_FORMAT;
  readonly version: number;
  readonly model: ModelKind;
  readonly target: string;
  readonly targetEncoding: TargetEncoding;
  readonly encoders: Encoder[];
  /** Names of the model's input columns (after one-hot and polynomial terms). */
  readonly features: string[];
  readonly transform: TransformJSON;
  readonly estimator: EstimatorJSON;
  /** The fit report (settings, split, metrics, curves, diagnosis) as produced by fitTable. */
  readonly report: Record<string, unknown>;
  readonly fingerprint: { readonly rows: number; readonly columns: string[]; readonly hash: string };
}

/** FNV-1a over the 32-bit words of the training design and target: detects a different training set. */
export function fingerprint(...arrays: Float64Array[]): string {
  let h = 0x811c9dc5;
  for (const a of arrays) {
    const copy = a.byteOffset % 4 === 0 ? a : Float64Array.from(a);
    const words = new Uint32Array(copy.buffer, copy.byteOffset, copy.length * 2);
    for (let i = 0; i < words.length; i++) {
      h ^= words[i]!;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}

export function parseModelJSON(text: string, fileName = 'the model file'): ModelJSON {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new FitplotError({ code: 'MODEL', message: `${fileName} is not valid JSON (${(error as Error).message}).`, file: fileName, hint: 'Give a file written by `fitplot fit … --save model.json`.' });
  }
  const m = raw as Partial<ModelJSON>;
  if (m?.format !== MODEL_FORMAT) throw new FitplotError({ code: 'MODEL', message: `${fileName} is not a Fitplot model (no "format": "${MODEL_FORMAT}").`, file: fileName, hint: 'Give a file written by `fitplot fit … --save model.json`.' });
  if (typeof m.version !== 'number' || m.version > MODEL_VERSION) throw new FitplotError({ code: 'MODEL', message: `${fileName} has model format version ${String(m.version)}; this Fitplot reads up to ${MODEL_VERSION}.`, file: fileName });
  return m as ModelJSON;
}

export interface Predictions {
  /** Per table row: the prediction (regression value or class index); NaN where it could not be made. */
  readonly values: Float64Array;
  /** Class labels (classification). */
  readonly classes?: string[];
  /** n×K class probabilities, row-major (classification); NaN rows where no prediction. */
  readonly probabilities?: Float64Array;
  /** Rows with a missing feature value that the model's missing-value strategy cannot fill. */
  readonly skippedRows: number;
}

export function applyModel(model: ModelJSON, table: Table, fileName?: string): Predictions {
  const all = Array.from({ length: table.rowCount }, (_, i) => i);
  const raw = encodeRows(table, model.encoders, all, fileName);
  const usable = model.transform.imputer ? all : completeRows(raw);
  const x = applyTransform(usable.length === all.length ? raw : takeRows(raw, usable), model.transform);
  const est = estimatorFromJSON(model.estimator);
  const values = new Float64Array(table.rowCount).fill(Number.NaN);
  const pred = est.predict(x);
  usable.forEach((row, r) => (values[row] = pred[r]!));
  const skippedRows = table.rowCount - usable.length;
  if (!(est instanceof LogisticRegression)) return { values, skippedRows };
  const k = est.classes;
  const proba = est.predictProba(x);
  const probabilities = new Float64Array(table.rowCount * k).fill(Number.NaN);
  usable.forEach((row, r) => probabilities.set(proba.subarray(r * k, r * k + k), row * k));
  return { values, classes: model.targetEncoding.classes ?? [], probabilities, skippedRows };
}
