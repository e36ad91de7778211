/**
 * A saved model applied to a table: checks that the model's columns exist with compatible types,
 * encodes with the saved encoders and preprocessing, and predicts. Nothing is silent: rows with a
 * category level the model never saw, with a missing feature value the model cannot fill, or with
 * cells the loader could not read as numbers get no prediction, and each is reported as a Message
 * by column (level, count; lines and values where the loader kept them).
 */
import type { Message } from '../table/messages';
import { msg } from '../table/messages';
import type { Table } from '../table/types';
import type { ModelJSON } from './modelJson';
import type { UnseenLevels } from './prepare/design';
import { encodeRows } from './prepare/design';
import { applyTransform } from './prepare/transform';
import { takeRows } from './prepare/impute';
import { estimatorEntry, estimatorFromJSON } from './registry';

/** Cells of a number column that the loader could not read (its INVALID_CELLS warning). */
export interface InvalidCells {
  readonly column: string;
  readonly count: number;
  /** 1-based file lines of the first few. */
  readonly lines: readonly number[];
  readonly examples: readonly string[];
}

export interface Predictions {
  /** Per table row: the prediction (regression value or class index); NaN where none was made. */
  readonly values: Float64Array;
  /** Class labels (classification). */
  readonly classes?: string[];
  /** n×K class probabilities, row-major (classification); NaN rows where no prediction. */
  readonly probabilities?: Float64Array;
  /** Rows without a prediction, for any of the reasons in `messages`. */
  readonly skippedRows: number;
  readonly messages: Message[];
}

export function predictTable(model: ModelJSON, table: Table, fileName?: string, invalidCells: readonly InvalidCells[] = []): Predictions {
  const all = Array.from({ length: table.rowCount }, (_, i) => i);
  const unseen: UnseenLevels = { rows: new Uint8Array(table.rowCount), counts: new Map() };
  const raw = encodeRows(table, model.encoders, all, fileName, unseen);
  const messages: Message[] = [];
  for (const [column, levels] of unseen.counts) {
    for (const [level, count] of levels) messages.push(msg('model.predict.unseenLevel', { column, level, count }));
  }
  const used = new Set(model.encoders.map((e) => e.column));
  for (const cells of invalidCells) {
    if (used.has(cells.column))
      messages.push(
        msg('model.predict.invalidCells', {
          column: cells.column,
          count: cells.count,
          lines: [...cells.lines],
          values: [...cells.examples],
        }),
      );
  }
  const imputes = model.transform.imputer !== undefined;
  const usable: number[] = [];
  let missing = 0;
  for (const i of all) {
    if (unseen.rows[i]) continue;
    let complete = true;
    for (let j = 0; j < raw.cols && complete; j++) complete = !Number.isNaN(raw.data[i * raw.cols + j]!);
    if (complete || imputes) usable.push(i);
    else missing++;
  }
  if (missing > 0) messages.push(msg('model.predict.missingValues', { count: missing }));
  const x = applyTransform(usable.length === all.length ? raw : takeRows(raw, usable), model.transform);
  const est = estimatorFromJSON(model.estimator);
  const values = new Float64Array(table.rowCount).fill(Number.NaN);
  const pred = est.predict(x);
  usable.forEach((row, r) => (values[row] = pred[r]!));
  const skippedRows = table.rowCount - usable.length;
  if (!estimatorEntry(est.kind).capabilities.probabilities || !est.predictProba) return { values, skippedRows, messages };
  const classes = model.targetEncoding.classes ?? [];
  const k = classes.length;
  const proba = est.predictProba(x);
  const probabilities = new Float64Array(table.rowCount * k).fill(Number.NaN);
  usable.forEach((row, r) => probabilities.set(proba.subarray(r * k, r * k + k), row * k));
  return { values, classes, probabilities, skippedRows, messages };
}
