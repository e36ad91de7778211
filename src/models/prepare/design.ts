/**
 * Table → numeric design matrix, as plain-data encoders that can be saved and re-applied:
 * numbers as is, booleans 0/1, categories one-hot (levels in first-seen order, optional drop-first
 * to avoid the dummy trap with an intercept), datetimes refused unless a part is asked for
 * explicitly with `column:hour`, `column:dayofweek` (0 = Monday), `column:month` (1–12) or
 * `column:days` (days since 1970-01-01): a raw epoch would be a meaningless, huge feature.
 * Missing feature cells become NaN here (the Imputer or row dropping deals with them); rows with
 * a missing target are always dropped.
 */
import type { DenseMatrix } from '../../linalg';
import { matrix } from '../../linalg';
import { FitplotError } from '../../table/errors';
import type { Column, Table } from '../../table/types';
import { isDictionary } from '../../table/types';

export type DatetimePart = 'hour' | 'dayofweek' | 'month' | 'days';

export type Encoder =
  | { readonly column: string; readonly kind: 'number' | 'boolean' }
  | { readonly column: string; readonly kind: 'datetime'; readonly part: DatetimePart }
  | { readonly column: string; readonly kind: 'onehot'; readonly levels: string[]; readonly droppedLevel?: string };

/** Too many one-hot columns means a free-text column was picked by mistake. */
export const MAX_LEVELS = 100;

const PARTS: readonly DatetimePart[] = ['hour', 'dayofweek', 'month', 'days'];

function findColumn(table: Table, name: string, fileName?: string): Column {
  const c = table.columns.find((col) => col.name === name);
  if (!c) {
    const names = table.columns.map((col) => col.name);
    throw new FitplotError({ code: 'COLUMN_NOT_FOUND', message: `Column '${name}' is not in ${fileName ?? 'the table'}.`, column: name, hint: `Columns are: ${names.join(', ')}.`, ...(fileName !== undefined && { file: fileName }) });
  }
  return c;
}

/** Plans one encoder per requested feature from the training table. */
export function planEncoders(table: Table, features: readonly string[], dropFirst: boolean, fileName?: string): Encoder[] {
  return features.map((spec) => {
    const colon = spec.lastIndexOf(':');
    const part = colon > 0 ? spec.slice(colon + 1).toLowerCase() : '';
    if (colon > 0 && (PARTS as readonly string[]).includes(part) && !table.columns.some((c) => c.name === spec)) {
      const name = spec.slice(0, colon);
      const c = findColumn(table, name, fileName);
      if (c.type !== 'datetime') throw new FitplotError({ code: 'BAD_COLUMN_TYPE', message: `'${spec}': column '${name}' is ${c.type}, not a datetime.`, column: name });
      return { column: name, kind: 'datetime', part: part as DatetimePart };
    }
    const c = findColumn(table, spec, fileName);
    if (c.type === 'number' || c.type === 'boolean') return { column: spec, kind: c.type };
    if (c.type === 'datetime') {
      throw new FitplotError({ code: 'BAD_COLUMN_TYPE', message: `Column '${spec}' holds datetimes, which cannot be a feature as they are.`, column: spec, hint: `Convert it explicitly: use '${spec}:hour', '${spec}:dayofweek', '${spec}:month' or '${spec}:days' as the feature name.` });
    }
    if (!isDictionary(c)) throw new FitplotError({ code: 'BAD_COLUMN_TYPE', message: `Column '${spec}' cannot be used as a feature.`, column: spec });
    const used = new Uint8Array(c.dictionary.length);
    for (const code of c.codes) if (code >= 0) used[code] = 1;
    const levels = c.dictionary.filter((_, i) => used[i] === 1);
    if (levels.length > MAX_LEVELS) {
      throw new FitplotError({ code: 'BAD_COLUMN_TYPE', message: `Column '${spec}' has ${levels.length} distinct values; one-hot encoding it would add ${levels.length} features.`, column: spec, hint: 'Leave it out of --features, or group its values first.' });
    }
    if (dropFirst && levels.length > 1) return { column: spec, kind: 'onehot', levels: levels.slice(1), droppedLevel: levels[0]! };
    return { column: spec, kind: 'onehot', levels };
  });
}

export function encodedNames(encoders: readonly Encoder[]): string[] {
  return encoders.flatMap((e) => (e.kind === 'onehot' ? e.levels.map((l) => `${e.column}=${l}`) : e.kind === 'datetime' ? [`${e.column}:${e.part}`] : [e.column]));
}

function datetimePart(ms: number, part: DatetimePart): number {
  const d = new Date(ms);
  switch (part) {
    case 'hour':
      return d.getUTCHours() + d.getUTCMinutes() / 60;
    case 'dayofweek':
      return (d.getUTCDay() + 6) % 7;
    case 'month':
      return d.getUTCMonth() + 1;
    case 'days':
      return ms / 86400000;
  }
}

/**
 * Encodes the given table rows with saved encoders (n×p, NaN where a cell is missing). Checks
 * that every column exists with a compatible type, so applying a model to another file fails clearly.
 */
export function encodeRows(table: Table, encoders: readonly Encoder[], rows: ArrayLike<number>, fileName?: string): DenseMatrix {
  const names = encodedNames(encoders);
  const p = names.length;
  const n = rows.length;
  const out = new Float64Array(n * p);
  let offset = 0;
  for (const e of encoders) {
    const c = findColumn(table, e.column, fileName);
    const where = fileName ? ` in ${fileName}` : '';
    if (e.kind === 'number' || e.kind === 'boolean' || e.kind === 'datetime') {
      const want = e.kind === 'datetime' ? 'datetime' : 'number';
      const ok = e.kind === 'datetime' ? c.type === 'datetime' : c.type === 'number' || c.type === 'boolean';
      if (!ok) throw new FitplotError({ code: 'BAD_COLUMN_TYPE', message: `Column '${e.column}'${where} is ${c.type}, but the model needs ${want} values there.`, column: e.column, hint: 'Check that the file has the same columns as the training data.' });
      const values = (c as { values: ArrayLike<number> }).values;
      for (let r = 0; r < n; r++) {
        const i = rows[r]!;
        const v = c.missing[i] ? Number.NaN : e.kind === 'datetime' ? datetimePart(values[i]!, e.part) : values[i]!;
        out[r * p + offset] = v;
      }
      offset += 1;
    } else if (e.kind === 'onehot') {
      if (!isDictionary(c)) throw new FitplotError({ code: 'BAD_COLUMN_TYPE', message: `Column '${e.column}'${where} is ${c.type}, but the model needs categories there.`, column: e.column });
      // Map this table's dictionary to the saved levels; unseen levels encode as all zeros (like the dropped level).
      const map = c.dictionary.map((s) => e.levels.indexOf(s));
      for (let r = 0; r < n; r++) {
        const code = c.codes[rows[r]!]!;
        if (code < 0) {
          for (let l = 0; l < e.levels.length; l++) out[r * p + offset + l] = Number.NaN;
        } else {
          const l = map[code]!;
          if (l >= 0) out[r * p + offset + l] = 1;
        }
      }
      offset += e.levels.length;
    }
  }
  return matrix(n, p, out);
}
