/**
 * Table → numeric design matrix, as plain-data encoders that can be saved and re-applied:
 * numbers as is, booleans 0/1, categories one-hot (levels in sorted order, as pandas and
 * scikit-learn; drop-first drops the reference level — the first sorted unless the user names one —
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
    throw new FitplotError({
      code: 'COLUMN_NOT_FOUND',
      message: `Column '${name}' is not in ${fileName ?? 'the table'}.`,
      column: name,
      hint: `Columns are: ${names.join(', ')}.`,
      ...(fileName !== undefined && { file: fileName }),
    });
  }
  return c;
}

/** Plans one encoder per requested feature from the training table. */
export function planEncoders(
  table: Table,
  features: readonly string[],
  dropFirst: boolean,
  fileName?: string,
  reference: Readonly<Record<string, string>> = {},
): Encoder[] {
  return features.map((spec) => {
    const colon = spec.lastIndexOf(':');
    const part = colon > 0 ? spec.slice(colon + 1).toLowerCase() : '';
    if (colon > 0 && (PARTS as readonly string[]).includes(part) && !table.columns.some((c) => c.name === spec)) {
      const name = spec.slice(0, colon);
      const c = findColumn(table, name, fileName);
      if (c.type !== 'datetime')
        throw new FitplotError({
          code: 'BAD_COLUMN_TYPE',
          message: `'${spec}': column '${name}' is ${c.type}, not a datetime.`,
          column: name,
        });
      return { column: name, kind: 'datetime', part: part as DatetimePart };
    }
    const c = findColumn(table, spec, fileName);
    if (c.type === 'number' || c.type === 'boolean') return { column: spec, kind: c.type };
    if (c.type === 'datetime') {
      throw new FitplotError({
        code: 'BAD_COLUMN_TYPE',
        message: `Column '${spec}' holds datetimes, which cannot be a feature as they are.`,
        column: spec,
        hint: `Convert it explicitly: use '${spec}:hour', '${spec}:dayofweek', '${spec}:month' or '${spec}:days' as the feature name.`,
      });
    }
    if (!isDictionary(c))
      throw new FitplotError({ code: 'BAD_COLUMN_TYPE', message: `Column '${spec}' cannot be used as a feature.`, column: spec });
    const used = new Uint8Array(c.dictionary.length);
    for (const code of c.codes) if (code >= 0) used[code] = 1;
    const levels = c.dictionary.filter((_, i) => used[i] === 1).sort(compareLevels);
    if (levels.length > MAX_LEVELS) {
      throw new FitplotError({
        code: 'BAD_COLUMN_TYPE',
        message: `Column '${spec}' has ${levels.length} distinct values; one-hot encoding it would add ${levels.length} features.`,
        column: spec,
        hint: 'Leave it out of --features, or group its values first.',
      });
    }
    const chosen = Object.hasOwn(reference, spec) ? reference[spec]! : undefined;
    if (chosen !== undefined && !levels.includes(chosen)) {
      throw new FitplotError({
        code: 'BAD_OPTION',
        key: 'model.error.unknownReferenceLevel',
        params: { column: spec, level: chosen, levels },
        message: `The reference level '${chosen}' is not a value of '${spec}' (values: ${levels.join(', ')}).`,
        column: spec,
      });
    }
    const dropped = chosen ?? levels[0]!;
    if (dropFirst && levels.length > 1)
      return { column: spec, kind: 'onehot', levels: levels.filter((l) => l !== dropped), droppedLevel: dropped };
    return { column: spec, kind: 'onehot', levels };
  });
}

/** Code-point order, as Python's sorted() (pandas get_dummies, scikit-learn OneHotEncoder). */
function compareLevels(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Category levels a saved model never saw, met while encoding another table. */
export interface UnseenLevels {
  /** 1 for rows holding an unseen level in any one-hot column. */
  readonly rows: Uint8Array;
  /** column → level → rows. */
  readonly counts: Map<string, Map<string, number>>;
}

export function encodedNames(encoders: readonly Encoder[]): string[] {
  return encoders.flatMap((e) =>
    e.kind === 'onehot' ? e.levels.map((l) => `${e.column}=${l}`) : e.kind === 'datetime' ? [`${e.column}:${e.part}`] : [e.column],
  );
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
export function encodeRows(
  table: Table,
  encoders: readonly Encoder[],
  rows: ArrayLike<number>,
  fileName?: string,
  unseen?: UnseenLevels,
): DenseMatrix {
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
      if (!ok)
        throw new FitplotError({
          code: 'BAD_COLUMN_TYPE',
          message: `Column '${e.column}'${where} is ${c.type}, but the model needs ${want} values there.`,
          column: e.column,
          hint: 'Check that the file has the same columns as the training data.',
        });
      const values = (c as { values: ArrayLike<number> }).values;
      for (let r = 0; r < n; r++) {
        const i = rows[r]!;
        const v = c.missing[i] ? Number.NaN : e.kind === 'datetime' ? datetimePart(values[i]!, e.part) : values[i]!;
        out[r * p + offset] = v;
      }
      offset += 1;
    } else if (e.kind === 'onehot') {
      if (!isDictionary(c))
        throw new FitplotError({
          code: 'BAD_COLUMN_TYPE',
          message: `Column '${e.column}'${where} is ${c.type}, but the model needs categories there.`,
          column: e.column,
        });
      // Map this table's dictionary to the saved levels: −1 is the dropped reference level (all
      // zeros), −2 a level the model never saw (collected in `unseen`; those rows get no prediction).
      const map = c.dictionary.map((s) => (s === e.droppedLevel ? -1 : e.levels.indexOf(s) >= 0 ? e.levels.indexOf(s) : -2));
      for (let r = 0; r < n; r++) {
        const code = c.codes[rows[r]!]!;
        const l = code < 0 ? -3 : map[code]!;
        if (l === -3) {
          for (let k = 0; k < e.levels.length; k++) out[r * p + offset + k] = Number.NaN;
        } else if (l >= 0) {
          out[r * p + offset + l] = 1;
        } else if (l === -2 && unseen) {
          unseen.rows[r] = 1;
          const perLevel = unseen.counts.get(e.column) ?? new Map<string, number>();
          const level = c.dictionary[code]!;
          perLevel.set(level, (perLevel.get(level) ?? 0) + 1);
          unseen.counts.set(e.column, perLevel);
        }
      }
      offset += e.levels.length;
    }
  }
  return matrix(n, p, out);
}
