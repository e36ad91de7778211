/**
 * describeTable: the whole table's description. The correlation pass runs first (it also finds
 * each number column's extremes, which the binning needs), then each column is described
 * (describeColumn.ts) with one shared scratch buffer. The steps are exported one by one so
 * src/cli/parallelDescribe.ts can run them over row ranges on threads and assemble the same answer.
 */
import type { NumberColumn, Table } from '../table/types';
import { usableExtent } from './binnedColumn';
import type { Extent } from './binnedColumn';
import { accumulateCorrelation, createCorrelation, pearsonFromAccumulator, sampledMean } from './correlation';
import type { CorrelationAccumulator } from './correlation';
import { describeColumn, describeNumberColumn } from './describeColumn';
import type { DescribeScratch } from './describeColumn';
import { DEFAULT_CORRELATION_COLUMNS, validateDescribeOptions } from './describeOptions';
import type { DescribeOptions } from './describeOptions';
import { CONVENTIONS } from './descriptionSchema';
import type { ColumnDescription, TableDescription } from './descriptionSchema';
import { spearmanMatrix } from './spearman';

/** Number columns in table order: the ones the Pearson matrix covers. */
export function numberColumnsOf(table: Table): NumberColumn[] {
  return table.columns.filter((c): c is NumberColumn => c.type === 'number');
}

/**
 * Correlation first: its pass also finds each column's extremes, which the binning needs. Sampled
 * means as shifts spare it a second centring pass (correlation.ts). Rows [start, end) only, so
 * threads can each take a range and merge (mergeCorrelation; src/cli/parallelDescribe.ts) — with
 * the same `shifts` (describeShifts) for every range.
 */
export function describeCorrelation(
  numeric: readonly NumberColumn[],
  shifts: ArrayLike<number>,
  start?: number,
  end?: number,
): CorrelationAccumulator {
  return accumulateCorrelation(createCorrelation(numeric.length, shifts), numeric, start, end);
}

export function describeShifts(numeric: readonly NumberColumn[]): number[] {
  return numeric.map(sampledMean);
}

/** The number columns the correlation matrices cover (options.correlationColumns). */
export function correlatedColumns(numeric: readonly NumberColumn[], options: DescribeOptions): NumberColumn[] {
  return numeric.slice(0, options.correlationColumns ?? DEFAULT_CORRELATION_COLUMNS);
}

/** Every number column's extent: from the correlation pass for the columns it covered, else from a pass of its own. */
export function numberExtents(numeric: readonly NumberColumn[], acc: CorrelationAccumulator): (Extent | null)[] {
  return numeric.map((c, j) => (j < acc.p ? extentFromCorrelation(acc, j) : usableExtent(c.values, c.missing)));
}

/** Number column j's extent from the correlation pass (null when it has no usable value). */
export function extentFromCorrelation(acc: CorrelationAccumulator, j: number): Extent | null {
  const min = acc.min[j] as number;
  const max = acc.max[j] as number;
  return min <= max ? { min, max, count: acc.n[j * acc.p + j] as number } : null;
}

/** The description from the correlation pass and the columns' descriptions (in table order). */
export function assembleDescription(
  table: Table,
  correlated: readonly NumberColumn[],
  acc: CorrelationAccumulator,
  columns: ColumnDescription[],
  options: DescribeOptions,
): TableDescription {
  const { pearson, n } = pearsonFromAccumulator(acc);
  const correlation: TableDescription['correlation'] = { columns: correlated.map((c) => c.name), pearson, n };
  if (options.spearman === true) correlation.spearman = spearmanMatrix(correlated).pearson;
  const omitted = numberColumnsOf(table).length - correlated.length;
  if (omitted > 0) correlation.omitted = omitted;
  return { rows: table.rowCount, columns, correlation, conventions: { ...CONVENTIONS } };
}

export function describeTable(table: Table, options: DescribeOptions = {}): TableDescription {
  validateDescribeOptions(options);
  const numeric = numberColumnsOf(table);
  const correlated = correlatedColumns(numeric, options);
  const acc = describeCorrelation(correlated, describeShifts(correlated));
  const extents = numberExtents(numeric, acc);
  const index = new Map(numeric.map((c, j) => [c, j]));
  const scratch: DescribeScratch = { finite: new Float64Array(table.rowCount) };
  const columns = table.columns.map((c) =>
    c.type === 'number'
      ? describeNumberColumn(c, options, scratch, extents[index.get(c) as number] ?? null)
      : describeColumn(c, options, scratch),
  );
  return assembleDescription(table, correlated, acc, columns, options);
}
