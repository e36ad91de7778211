/** Turns a column's accumulated cells and its decided type into the table's storage and report. */
import { BOOLEAN, DATETIME, MISSING, NUMBER } from './cells/classify';
import { layoutFormat } from './cells/datetime';
import type { CellKind } from './cells/classify';
import type { ColumnAccumulator } from './columnAccumulator';
import type { CellSample } from './columnEvidence';
import { dictionaryType } from './inferType';
import type { BooleanColumn, Column, DatetimeColumn, DictionaryColumn, NumberColumn } from '../table/types';
import type { ColumnReport, LoadWarning } from './types';
import { loadWarning } from './loadMessages';
import { FitplotError } from '../table/errors';

export interface BuiltColumn {
  readonly column: Column;
  readonly report: ColumnReport;
  readonly warnings: LoadWarning[];
}

const KIND: Readonly<Record<'number' | 'datetime' | 'boolean', CellKind>> = { number: NUMBER, datetime: DATETIME, boolean: BOOLEAN };

/** The first invalid cells (kinds other than `valid` and MISSING), in line order. */
function invalidSamples(acc: ColumnAccumulator, valid: CellKind): CellSample[] {
  const all: CellSample[] = [];
  acc.samples.forEach((samples, kind) => {
    if (kind !== valid && kind !== MISSING) all.push(...samples);
  });
  return all.sort((a, b) => a.line - b.line).slice(0, 5);
}

function invalidWarning(name: string, type: string, invalid: number, samples: readonly CellSample[]): LoadWarning {
  const lines = samples.map((s) => s.line);
  const values = samples.map((s) => s.value);
  return loadWarning(
    'INVALID_CELLS',
    'load.invalidCells',
    { column: name, count: invalid, type, values, lines },
    { column: name, count: invalid, lines, examples: values },
  );
}

/**
 * The first `n` elements of a growable array: a view when the unused capacity is small (≤ 1/8,
 * so no copy and no second array at the peak), else a trimmed copy — in shared memory when the
 * array was (LoadOptions.sharedMemory; slice() would give an ordinary ArrayBuffer).
 */
function fit<T extends Float64Array | Float32Array | Int32Array | Uint8Array>(array: T, n: number): T {
  if (array.length - n <= n / 8) return array.subarray(0, n) as T;
  if (typeof SharedArrayBuffer === 'function' && array.buffer instanceof SharedArrayBuffer) {
    const type = array.constructor as new (buffer: SharedArrayBuffer) => T;
    const copy = new type(new SharedArrayBuffer(n * array.BYTES_PER_ELEMENT));
    copy.set(array.subarray(0, n) as never);
    return copy;
  }
  return array.slice(0, n) as T;
}

interface TypedCells {
  values: Float64Array | Float32Array;
  missing: Uint8Array;
  missingCount: number;
  invalid: number;
}

/** Typed mode: turns the accumulator's own arrays into the column (values in place, kinds → missing mask). */
function typedInPlace(acc: ColumnAccumulator, valid: CellKind): TypedCells {
  const n = acc.length;
  const values = acc.values as Float64Array | Float32Array;
  const kinds = acc.kinds as Uint8Array;
  let invalid = 0;
  let missingCount = 0;
  for (let i = 0; i < n; i++) {
    const kind = kinds[i];
    if (kind === valid) {
      const v = values[i] as number;
      kinds[i] = v !== v ? 1 : 0;
      if (v !== v) missingCount++;
    } else {
      values[i] = NaN;
      kinds[i] = 1;
      if (kind === MISSING) missingCount++;
      else invalid++;
    }
  }
  return { values: fit(values, n), missing: fit(kinds, n), missingCount, invalid };
}

/**
 * Dictionary mode: one value per distinct string, looked up per cell into new arrays. They get the
 * codes' capacity and the same fit as typed mode, so the column (and the table's memoryBytes) does
 * not depend on when, or whether, the accumulator dropped its strings.
 */
function typedFromCodes(acc: ColumnAccumulator, valid: CellKind): TypedCells {
  const n = acc.length;
  const capacity = (acc.codes as Int32Array).length;
  const missing = acc.arrays.allocate(Uint8Array, capacity);
  const values = acc.arrays.allocate(Float64Array, capacity);
  let invalid = 0;
  let missingCount = 0;
  for (let i = 0; i < n; i++) {
    const kind = acc.kindAt(i);
    if (kind === valid) {
      const v = acc.valueAt(i);
      values[i] = v;
      if (v !== v) {
        missing[i] = 1;
        missingCount++;
      }
    } else {
      values[i] = NaN;
      missing[i] = 1;
      if (kind === MISSING) missingCount++;
      else invalid++;
    }
  }
  return { values: fit(values, n), missing: fit(missing, n), missingCount, invalid };
}

/** Number, datetime or boolean storage from either accumulator mode. */
export function buildTyped(
  name: string,
  acc: ColumnAccumulator,
  type: 'number' | 'datetime' | 'boolean',
  reason: string,
  float32: boolean,
): BuiltColumn {
  const n = acc.length;
  const valid = KIND[type];
  const { values, missing, missingCount, invalid } = acc.values !== null ? typedInPlace(acc, valid) : typedFromCodes(acc, valid);
  const samples = invalid > 0 ? invalidSamples(acc, valid) : [];
  const warnings = invalid > 0 ? [invalidWarning(name, type, invalid, samples)] : [];
  const report: ColumnReport = {
    name,
    type,
    missing: missingCount,
    invalid,
    invalidExamples: samples.map(({ line, value }) => ({ line, value })),
    reason,
  };
  const base = { name, length: n, missing, invalidCount: invalid };
  if (type === 'boolean') {
    const bytes = acc.arrays.allocate(Uint8Array, n);
    for (let i = 0; i < n; i++) bytes[i] = values[i] === 1 ? 1 : 0;
    const column: BooleanColumn = { ...base, type, values: bytes };
    return { column, report, warnings };
  }
  if (type === 'datetime') {
    // loadTable never builds a datetime column from float32 storage (it reads such a column again).
    if (!(values instanceof Float64Array))
      throw new FitplotError({ code: 'INTERNAL', message: `Column "${name}" holds dates/times in float32 storage.` });
    const column: DatetimeColumn = {
      ...base,
      type,
      values,
      hasTimeZone: acc.datetimeWithZone > 0 && acc.datetimeWithoutZone === 0,
      format: acc.datetimeFormatsMixed ? 'ISO 8601 (mixed layouts)' : layoutFormat(acc.datetimeLayout ?? 0),
    };
    return { column, report, warnings };
  }
  if (!float32) {
    const column: NumberColumn = { ...base, type, values };
    return { column, report, warnings };
  }
  // Values stored as float32 while reading were counted then (acc.narrowed); double storage
  // (dictionary mode, or a column that showed datetimes early) is narrowed and counted here.
  let narrow: Float32Array;
  if (values instanceof Float32Array) narrow = values;
  else {
    narrow = acc.arrays.allocate(Float32Array, n);
    narrow.set(values.subarray(0, n));
    for (let i = 0; i < n; i++) {
      const v = values[i] as number;
      const w = narrow[i] as number;
      if (v !== w && v === v) acc.noteNarrowed(v, w);
    }
  }
  const changed = acc.narrowed;
  const worst = acc.narrowedWorst;
  if (changed > 0) {
    warnings.push(
      loadWarning(
        'FLOAT32_PRECISION',
        'load.float32Precision',
        { column: name, count: changed, worst: worst.toPrecision(2) },
        { column: name, count: changed },
      ),
    );
  }
  const column: NumberColumn = { ...base, type, values: narrow };
  return { column, report, warnings };
}

/** Category or text storage from an accumulator that kept its strings; `decided` 'dictionary' lets the distinct count choose. */
export function buildDictionary(
  name: string,
  acc: ColumnAccumulator,
  decided: 'category' | 'text' | 'dictionary',
  reason: string,
): BuiltColumn {
  const n = acc.length;
  const codes = fit(acc.codes as Int32Array, n);
  const missing = acc.arrays.allocate(Uint8Array, n);
  let missingCount = 0;
  for (let i = 0; i < n; i++) {
    if ((codes[i] as number) < 0) {
      missing[i] = 1;
      missingCount++;
    }
  }
  const type = decided === 'dictionary' ? dictionaryType(acc.strings.length, n - missingCount) : decided;
  const column: DictionaryColumn = { name, type, length: n, missing, invalidCount: 0, codes, dictionary: acc.strings };
  const why = decided === 'dictionary' ? `${reason}; ${acc.strings.length} distinct value(s)` : reason;
  return { column, report: { name, type, missing: missingCount, invalid: 0, invalidExamples: [], reason: why }, warnings: [] };
}
