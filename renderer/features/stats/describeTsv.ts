/** The Statistics view's copy button: the per-column numbers as tab-separated text. */
import type { TableDescription } from '../../../src/protocol/protocol';

/** The per-column numbers as TSV (Excel, Sheets and Numbers paste it as a table). */
export function describeToTsv(description: TableDescription): string {
  // missing = empty cells only; invalid cells (unreadable as the column's type) have their own column.
  const header = [
    'column',
    'type',
    'count',
    'missing',
    'invalid',
    'nan',
    'infinite',
    'mean',
    'std',
    'min',
    'q1',
    'median',
    'q3',
    'max',
    'skewness',
    'kurtosis',
    'jarque_bera_p',
    'dagostino_p',
    'median_interval_ms',
    'gaps',
    'distinct',
    'mode',
  ];
  const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\n\r]/g, ' '));
  const lines = description.columns.map((c) =>
    [
      c.name,
      c.type,
      c.count,
      c.missing - c.invalid,
      c.invalid,
      c.nan,
      c.infinite,
      c.mean,
      c.std,
      c.min,
      c.quantiles?.['0.25'],
      c.quantiles?.['0.5'],
      c.quantiles?.['0.75'],
      c.max,
      c.skewness,
      c.kurtosis,
      c.normal?.jarqueBera?.pValue,
      c.normal?.dagostino?.pValue,
      c.datetime?.medianInterval,
      c.datetime?.gapCount,
      c.distinct,
      c.mode,
    ]
      .map(cell)
      .join('\t'),
  );
  return [header.join('\t'), ...lines].join('\n');
}
