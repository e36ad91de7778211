/**
 * Statistics split by a group column (jamovi's "split by"): each group's rows described column by
 * column, the largest groups first. Groups past MAX_GROUPS are counted in the result, not dropped
 * silently; rows with a missing group cell are counted too.
 */
import { describeColumn } from './describeColumn';
import type { ColumnDescription } from './descriptionSchema';
import { FitplotError } from '../table/errors';
import type { Table } from '../table/types';
import { takeRows } from '../table/query/filteredTable';

/** The statistics of one group: the rows whose group column holds `label`. */
export interface GroupDescription {
  readonly label: string;
  readonly rows: number;
  readonly columns: readonly ColumnDescription[];
}

/** Statistics split by a category (or yes/no) column, largest groups first, of the filtered rows. */
export interface GroupedDescription {
  readonly column: string;
  readonly groups: readonly GroupDescription[];
  /** Groups beyond the ones described (smaller ones), and the rows they hold: said, not hidden. */
  readonly otherGroups: number;
  readonly otherRows: number;
  /** Rows whose group cell is missing (in no group). */
  readonly missingRows: number;
}

export const MAX_GROUPS = 12;

/** Group codes per row (-1 = missing) and each group's label, for a category, text or yes/no column. */
function groupCodes(table: Table, columnIndex: number): { codes: Int32Array; labels: readonly string[]; name: string } {
  const column = table.columns[columnIndex];
  if (!column)
    throw new FitplotError({
      code: 'COLUMN_NOT_FOUND',
      message: `There is no column ${columnIndex + 1} to split by.`,
      hint: 'Choose a category column.',
    });
  if (column.type === 'boolean') {
    const codes = new Int32Array(column.length);
    for (let i = 0; i < column.length; i++) codes[i] = column.missing[i] ? -1 : column.values[i]!;
    return { codes, labels: ['false', 'true'], name: column.name };
  }
  if (column.type === 'category' || column.type === 'text') return { codes: column.codes, labels: column.dictionary, name: column.name };
  throw new FitplotError({
    code: 'BAD_COLUMN_TYPE',
    message: `Statistics can be split by a category or yes/no column; '${column.name}' is a ${column.type} column.`,
    column: column.name,
    hint: 'Choose a category column, or read this column as category in the Import view.',
  });
}

export function describeGroups(table: Table, columnIndex: number): GroupedDescription {
  const { codes, labels, name } = groupCodes(table, columnIndex);
  const sizes = new Float64Array(labels.length);
  let missingRows = 0;
  for (let i = 0; i < table.rowCount; i++) {
    const code = codes[i]!;
    if (code < 0) missingRows++;
    else sizes[code]!++;
  }
  const order = Array.from(sizes.keys())
    .filter((code) => sizes[code]! > 0)
    .sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const shown = order.slice(0, MAX_GROUPS);
  const groups = shown.map((code): GroupDescription => {
    const index = new Uint32Array(sizes[code]!);
    let k = 0;
    for (let i = 0; i < table.rowCount; i++) if (codes[i] === code) index[k++] = i;
    const part = takeRows(table, index);
    return { label: labels[code]!, rows: index.length, columns: part.columns.map((column) => describeColumn(column)) };
  });
  const rest = order.slice(MAX_GROUPS);
  return { column: name, groups, otherGroups: rest.length, otherRows: rest.reduce((sum, code) => sum + sizes[code]!, 0), missingRows };
}
