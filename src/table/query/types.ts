/** The grid's row queries over a table: sort keys, filters, and the columnar slices and header histograms they return. */

export interface SortSpec {
  readonly column: number;
  readonly direction: 'asc' | 'desc';
}

export type FilterOp = 'contains' | 'equals' | 'notEqual' | 'greaterThan' | 'lessThan' | 'blank' | 'notBlank' | 'between';

export interface FilterSpec {
  readonly column: number;
  readonly op: FilterOp;
  /**
   * A number for number/datetime columns (datetimes as epoch ms), text otherwise; absent for
   * blank/notBlank. For `between`: the lower bound (inclusive), absent for an open lower end.
   */
  readonly value?: number | string;
  /** `between` only: the upper bound (inclusive) in the column's units, absent for an open upper end. */
  readonly to?: number;
}

/** One column of a slice of rows. Numbers keep NaN for missing; text uses null. */
export type ColumnSlice =
  | { readonly kind: 'number'; readonly values: Float64Array }
  | { readonly kind: 'datetime'; readonly values: Float64Array }
  | { readonly kind: 'boolean'; readonly values: Uint8Array; readonly missing: Uint8Array }
  | { readonly kind: 'text'; readonly values: readonly (string | null)[] };

export interface RowsResult {
  readonly start: number;
  /** Rows matching the filters (the grid's scroll height). */
  readonly matchCount: number;
  /** 1-based row numbers in the file's order, for the row-number column. */
  readonly rowNumbers: Uint32Array;
  readonly columns: readonly ColumnSlice[];
}

/** A header's mini histogram: equal-width bins for numbers/datetimes, the top values for text. */
export type MiniHistogram =
  | { readonly kind: 'bins'; readonly counts: readonly number[]; readonly min: number; readonly max: number }
  | { readonly kind: 'top'; readonly counts: readonly number[]; readonly labels: readonly string[]; readonly distinct: number };
