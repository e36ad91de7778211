/**
 * A split given by a column of the table: each row's value says train, validation or test
 * (case-insensitive, with common spellings), so a split made elsewhere is reproduced exactly.
 */
import { FitplotError } from '../../table/errors';
import type { Message } from '../../table/messages';
import { msg } from '../../table/messages';
import type { Table } from '../../table/types';
import { isDictionary } from '../../table/types';
import type { Split } from '../split';

type Part = 'train' | 'validation' | 'test';

const PART_OF: Readonly<Record<string, Part>> = {
  train: 'train',
  training: 'train',
  validation: 'validation',
  valid: 'validation',
  val: 'validation',
  test: 'test',
  testing: 'test',
};

/** How many unexpected values and rows an error names (enough to find them, short enough to read). */
const LISTED = 5;

/** `rows` are the usable data rows (file order); the split lists positions into them. Rows without a value are left out. */
export function columnSplit(table: Table, name: string, rows: readonly number[], warnings: Message[]): Split {
  const col = table.columns.find((c) => c.name === name);
  if (!col || !isDictionary(col))
    throw new FitplotError({
      code: 'BAD_COLUMN_TYPE',
      key: 'model.error.badSplitColumn',
      params: { column: name },
      message: `The split column '${name}' must be a category or text column of the table.`,
      column: name,
      hint: "Its values mark each row 'train', 'validation' or 'test'.",
    });
  const partOfCode = col.dictionary.map((v) => PART_OF[v.trim().toLowerCase()]);
  const lists: Record<Part, number[]> = { train: [], validation: [], test: [] };
  const badValues = new Set<string>();
  const badRows: number[] = [];
  let missing = 0;
  rows.forEach((r, p) => {
    const code = col.codes[r]!;
    if (code < 0) return void missing++;
    const part = partOfCode[code];
    if (part) lists[part].push(p);
    else {
      badValues.add(col.dictionary[code]!);
      badRows.push(r);
    }
  });
  if (badRows.length > 0) {
    const values = [...badValues].slice(0, LISTED);
    // 0-based data-row indices, as the report's split lists and --split-file use them.
    const listed = badRows.slice(0, LISTED);
    throw new FitplotError({
      code: 'BAD_OPTION',
      key: 'model.error.badSplitValues',
      params: { column: name, values, rows: listed, count: badRows.length },
      message: `The split column '${name}' has ${badRows.length} rows that are not train, validation or test: values ${values.map((v) => `'${v}'`).join(', ')} (data-row indices ${listed.join(', ')}${badRows.length > LISTED ? ', …' : ''}).`,
      column: name,
      hint: "Mark each row 'train', 'validation' or 'test' (also accepted: training, valid, val, testing), or leave the cell empty to leave the row out.",
    });
  }
  if (missing > 0) warnings.push(msg('model.warning.splitColumnMissing', { column: name, count: missing }));
  if (lists.train.length === 0)
    throw new FitplotError({
      code: 'NOT_ENOUGH_DATA',
      key: 'model.error.splitColumnNoTrain',
      params: { column: name },
      message: `The split column '${name}' marks no usable row 'train'.`,
      column: name,
    });
  return { kind: 'column', train: lists.train, validation: lists.validation, ...(lists.test.length > 0 && { test: lists.test }) };
}
