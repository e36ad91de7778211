/**
 * The target column: numbers for regression; classes for classification. Class labels are sorted
 * (numerically for numbers, by string otherwise, as scikit-learn's `classes_`); for two classes the
 * positive class is explicit (default: the second sorted label, sklearn's pos_label convention; for
 * booleans `true`, for 0/1 numbers `1`) and is always encoded as 1.
 */
import { FitplotError } from '../table/errors';
import type { Column } from '../table/types';
import { isDictionary } from '../table/types';

export const MAX_CLASSES = 50;

export interface TargetEncoding {
  readonly kind: 'number' | 'classes';
  /** Class labels by index (classification). */
  readonly classes?: string[];
  readonly positiveClass?: string;
}

/** Per table row: the encoded target, NaN where missing. */
export function encodeTarget(
  column: Column,
  kind: 'number' | 'classes',
  positiveClass?: string,
): { y: Float64Array; encoding: TargetEncoding } {
  const n = column.length;
  const y = new Float64Array(n).fill(Number.NaN);
  if (kind === 'number') {
    if (column.type !== 'number' && column.type !== 'boolean') {
      throw new FitplotError({
        code: 'BAD_COLUMN_TYPE',
        message: `The target '${column.name}' is ${column.type}; linear regression needs numbers.`,
        column: column.name,
        hint: column.type === 'category' || column.type === 'text' ? 'For classes use `fitplot fit logistic`.' : undefined,
      });
    }
    for (let i = 0; i < n; i++) if (!column.missing[i]) y[i] = column.values[i]!;
    return { y, encoding: { kind } };
  }
  const labelOf: string[] = [];
  let rowLabel: (i: number) => string | null;
  if (isDictionary(column)) {
    rowLabel = (i) => (column.codes[i]! < 0 ? null : column.dictionary[column.codes[i]!]!);
  } else if (column.type === 'boolean') {
    rowLabel = (i) => (column.missing[i] ? null : column.values[i] ? 'true' : 'false');
  } else if (column.type === 'number') {
    rowLabel = (i) => (column.missing[i] ? null : String(column.values[i]));
  } else {
    throw new FitplotError({
      code: 'BAD_COLUMN_TYPE',
      message: `The target '${column.name}' holds datetimes, which cannot be classes.`,
      column: column.name,
    });
  }
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const l = rowLabel(i);
    if (l !== null) seen.add(l);
    if (seen.size > MAX_CLASSES) {
      throw new FitplotError({
        code: 'BAD_COLUMN_TYPE',
        message: `The target '${column.name}' has more than ${MAX_CLASSES} distinct values: it looks continuous, not like classes.`,
        column: column.name,
        hint: 'Use `fitplot fit linear` for a numeric target.',
      });
    }
  }
  const numeric = column.type === 'number';
  labelOf.push(...[...seen].sort((a, b) => (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0)));
  if (labelOf.length < 2)
    throw new FitplotError({
      code: 'NOT_ENOUGH_DATA',
      message: `The target '${column.name}' has ${labelOf.length} class; logistic regression needs at least two.`,
      column: column.name,
    });
  let positive: string | undefined;
  if (labelOf.length === 2) {
    positive = positiveClass ?? labelOf[1]!;
    const at = labelOf.indexOf(positive);
    if (at < 0)
      throw new FitplotError({
        code: 'BAD_OPTION',
        message: `The positive class '${positive}' is not a value of '${column.name}' (values: ${labelOf.join(', ')}).`,
        column: column.name,
      });
    if (at === 0) labelOf.reverse();
  } else if (positiveClass !== undefined) {
    throw new FitplotError({
      code: 'BAD_OPTION',
      message: `A positive class applies to two classes only; '${column.name}' has ${labelOf.length}.`,
      column: column.name,
    });
  }
  const index = new Map(labelOf.map((l, i) => [l, i]));
  for (let i = 0; i < n; i++) {
    const l = rowLabel(i);
    if (l !== null) y[i] = index.get(l)!;
  }
  return { y, encoding: { kind, classes: labelOf, ...(positive !== undefined && { positiveClass: positive }) } };
}
