/**
 * Stage 1 of fitTable: the target and the feature columns → a numeric design for the rows that
 * can be used. Rows outside the caller's row filter, rows with a missing target and (with
 * `missing: 'drop'`) rows with a missing feature value are left out, each counted and reported.
 */
import type { DenseMatrix } from '../../linalg';
import { FitplotError } from '../../table/errors';
import type { Message } from '../../table/messages';
import { msg } from '../../table/messages';
import type { Table } from '../../table/types';
import type { Encoder } from '../prepare/design';
import { encodeRows, encodedNames, planEncoders } from '../prepare/design';
import { completeRows, takeRows, takeValues } from '../prepare/impute';
import type { TargetEncoding } from '../target';
import { encodeTarget } from '../target';
import { screenFeatures } from './featureChecks';
import type { FitSpec } from './fitSpec';

export interface Encoded {
  readonly encoding: TargetEncoding;
  readonly features: string[];
  readonly encoders: Encoder[];
  /** Encoded column names (one-hot levels, datetime parts), before polynomial terms. */
  readonly baseNames: string[];
  /** The table rows used, in file order. */
  readonly rows: number[];
  readonly x: DenseMatrix;
  readonly y: Float64Array;
  readonly counts: { readonly missingTarget: number; readonly droppedMissingFeatures: number; readonly filteredOut: number };
}

export function encodeStage(table: Table, spec: FitSpec, classification: boolean, warnings: Message[], rowFilter?: Uint8Array): Encoded {
  const targetCol = table.columns.find((c) => c.name === spec.target);
  const where = spec.fileName ?? 'the table';
  if (!targetCol) {
    const columns = table.columns.map((c) => c.name);
    throw new FitplotError({
      code: 'COLUMN_NOT_FOUND',
      key: 'model.error.targetNotFound',
      params: { target: spec.target, file: where, columns },
      message: `Target column '${spec.target}' is not in ${where}.`,
      column: spec.target,
      hint: `Columns are: ${columns.join(', ')}.`,
    });
  }
  const { y: yAll, encoding } = encodeTarget(targetCol, classification ? 'classes' : 'number', spec.positiveClass);
  // The column that marks the split says where a row goes, not what it is: never a feature.
  const splitColumn = spec.split?.kind === 'column' ? spec.split.column : undefined;
  if (splitColumn !== undefined && spec.features?.includes(splitColumn))
    warnings.push(msg('model.warning.splitColumnIsFeature', { column: splitColumn }));
  const requested = (
    spec.features
      ? [...spec.features]
      : table.columns
          .filter((c) => c.name !== spec.target && (c.type === 'number' || c.type === 'boolean' || c.type === 'category'))
          .map((c) => c.name)
  ).filter((name) => name !== splitColumn);
  if (requested.includes(spec.target))
    throw new FitplotError({
      code: 'BAD_OPTION',
      key: 'model.error.targetIsFeature',
      params: { target: spec.target },
      message: `The target '${spec.target}' cannot also be a feature.`,
    });
  let filteredOut = 0;
  const withTarget: number[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    if (rowFilter && rowFilter[i] !== 1) filteredOut++;
    else if (!Number.isNaN(yAll[i]!)) withTarget.push(i);
  }
  const missingTarget = table.rowCount - filteredOut - withTarget.length;
  const features = screenFeatures(table, targetCol, requested, spec.features !== undefined, classification, withTarget, warnings);
  if (features.length === 0)
    throw new FitplotError({
      code: 'NOT_ENOUGH_DATA',
      key: 'model.error.noFeatures',
      message: 'No feature columns: give --features, or add number or category columns.',
    });
  const encoders = planEncoders(table, features, spec.dropFirst ?? true, spec.fileName, spec.referenceLevels);
  let x = encodeRows(table, encoders, withTarget, spec.fileName);
  let rows = withTarget;
  let droppedMissingFeatures = 0;
  if ((spec.missing ?? 'drop') === 'drop') {
    const keep = completeRows(x);
    droppedMissingFeatures = rows.length - keep.length;
    if (droppedMissingFeatures > 0) {
      x = takeRows(x, keep);
      rows = keep.map((p) => rows[p]!);
    }
  }
  if (filteredOut > 0) warnings.push(msg('model.warning.filteredOut', { count: filteredOut }));
  if (missingTarget > 0) warnings.push(msg('model.warning.missingTarget', { count: missingTarget, target: spec.target }));
  if (droppedMissingFeatures > 0) warnings.push(msg('model.warning.droppedMissingFeatures', { count: droppedMissingFeatures }));
  const n = rows.length;
  if (n < 3)
    throw new FitplotError({
      code: 'NOT_ENOUGH_DATA',
      key: 'model.error.tooFewRows',
      params: { count: n },
      message: `Only ${n} usable rows after removing missing values; a model needs more.`,
    });
  const counts = { missingTarget, droppedMissingFeatures, filteredOut };
  return { encoding, features, encoders, baseNames: encodedNames(encoders), rows, x, y: takeValues(yAll, rows), counts };
}
