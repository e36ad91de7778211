/**
 * The fit panel's state as plain data, and the two things made from it: the FitSpec the engine
 * fits, and the equivalent `fitplot fit …` command line. No React here (tested directly).
 */
import type { ColumnInfo, FitSpec, FormFamily, FormMethod, OptionValue, SplitRequest, WorkbookInfo } from '../../../src/protocol/protocol';
import { sentOptions } from './methodSpecs';

export type SplitKind = 'random' | 'time' | 'none' | 'kfold' | 'column';

export interface FitFormState {
  /** A MODEL_SPECS family: 'linear' or 'logistic'. */
  readonly model: string;
  readonly target: string;
  readonly features: readonly string[];
  readonly method: string;
  /** Method options the user set, by MODEL_SPECS name; only those the method shows are sent. */
  readonly options: Readonly<Record<string, OptionValue>>;
  readonly scale: 'none' | 'standard' | 'minmax';
  readonly missing: 'drop' | 'mean' | 'median';
  readonly degree: number;
  readonly split: SplitKind;
  readonly fraction: number;
  /** Random and time splits: the part kept aside as test rows (0 = none). */
  readonly testFraction: number;
  /** Split 'column': the category/text column whose values mark train, validation or test. */
  readonly splitColumn: string;
  readonly folds: number;
  readonly seed: number;
}

const FEATURE_TYPES = new Set(['number', 'boolean', 'category']);

/** Columns that can be features of a model with this target. */
export function featureCandidates(columns: readonly ColumnInfo[], target: string): ColumnInfo[] {
  return columns.filter((c) => c.name !== target && FEATURE_TYPES.has(c.type));
}

/** Columns that can mark a split: category and text columns other than the target. */
export function splitColumnCandidates(columns: readonly ColumnInfo[], target: string): ColumnInfo[] {
  return columns.filter((c) => c.name !== target && (c.type === 'category' || c.type === 'text'));
}

/** The family for a target: classification for yes/no, category and text targets, regression for numbers. */
export function suggestedModel(forms: readonly FormFamily[], column: ColumnInfo | undefined): FormFamily {
  const task = column && column.type !== 'number' && column.type !== 'datetime' ? 'classification' : 'regression';
  return forms.find((f) => f.task === task) ?? forms[0]!;
}

/** A form for a freshly loaded table: the last column as target (the samples' convention), every other number column as a feature. */
export function initialForm(columns: readonly ColumnInfo[], forms: readonly FormFamily[]): FitFormState {
  const target = columns.at(-1)?.name ?? '';
  const family = suggestedModel(forms, columns.at(-1));
  return {
    model: family.family,
    target,
    features: featureCandidates(columns, target)
      .filter((c) => c.type === 'number')
      .map((c) => c.name),
    method: family.defaultMethod,
    options: {},
    scale: 'none',
    missing: 'drop',
    degree: 1,
    split: columns.some((c) => c.type === 'datetime') ? 'time' : 'random',
    fraction: 0.2,
    testFraction: 0,
    splitColumn: splitColumnCandidates(columns, target)[0]?.name ?? '',
    folds: 5,
    seed: 0,
  };
}

function splitRequest(form: FitFormState): SplitRequest {
  const test = form.testFraction > 0 && { testFraction: form.testFraction };
  switch (form.split) {
    case 'none':
      return { kind: 'none' };
    case 'kfold':
      return { kind: 'kfold', folds: form.folds };
    case 'column':
      return { kind: 'column', column: form.splitColumn };
    case 'time':
      return { kind: 'time', fraction: form.fraction, ...test };
    case 'random':
      return { kind: 'random', fraction: form.fraction, ...test };
  }
}

export function specFromForm(form: FitFormState, fileName: string, method: FormMethod): FitSpec {
  const options = sentOptions(method, form.options);
  return {
    model: form.model,
    method: form.method,
    ...(Object.keys(options).length > 0 && { options }),
    target: form.target,
    features: [...form.features],
    split: splitRequest(form),
    // Left out at the engine's defaults, as the command line leaves their flags out.
    ...(form.scale !== 'none' && { scale: form.scale }),
    ...(form.missing !== 'drop' && { missing: form.missing }),
    ...(form.degree !== 1 && { degree: form.degree }),
    seed: form.seed,
    fileName,
  };
}

const quote = (s: string) => (/^[\w.,/-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`);

/** The `fitplot fit` command that reproduces the form (flags of options left at their defaults are left out). */
export function commandLine(
  form: FitFormState,
  fileName: string,
  optionFlags: readonly { readonly flag: string; readonly value: OptionValue }[],
  workbook?: WorkbookInfo,
): string {
  const parts = ['fitplot', 'fit', form.model, quote(fileName)];
  // A workbook's sheet and header row as loaded (the detected header row too: the CLI then reads the same rows).
  if (workbook)
    parts.push('--sheet', quote(workbook.sheet), ...(workbook.firstRow !== undefined ? ['--header-row', String(workbook.firstRow)] : []));
  parts.push('--target', quote(form.target), '--features', quote(form.features.join(',')), '--method', form.method);
  for (const { flag, value } of optionFlags) {
    if (typeof value === 'boolean') parts.push(value ? `--${flag}` : `--no-${flag}`);
    else parts.push(`--${flag}`, quote(String(value)));
  }
  if (form.scale !== 'none') parts.push('--scale', form.scale);
  if (form.missing !== 'drop') parts.push('--missing', form.missing);
  if (form.degree !== 1) parts.push('--degree', String(form.degree));
  if (form.split === 'none') parts.push('--validation', '0');
  else if (form.split === 'kfold') parts.push('--folds', String(form.folds));
  else if (form.split === 'column') parts.push('--split-column', quote(form.splitColumn));
  else {
    parts.push(form.split === 'time' ? '--time-split' : '--validation', String(form.fraction));
    if (form.testFraction > 0) parts.push('--test', String(form.testFraction));
  }
  parts.push('--seed', String(form.seed));
  return parts.join(' ');
}
