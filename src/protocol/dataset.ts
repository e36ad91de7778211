/** Calls on an open dataset: grid rows, filters, groups, column extents and charts. */
import type { FilterSpec, SortSpec } from '../table/query/types';
import type { TableDescription } from '../stats/descriptionSchema';
import type { ChartKind } from '../charts/settings';
import type { ChartSpec, OptionSpec } from '../charts/spec';
import type { DatasetId } from './requests';

export interface RowsQuery {
  readonly datasetId: DatasetId;
  readonly start: number;
  readonly count: number;
  readonly sort: readonly SortSpec[];
  readonly filters: readonly FilterSpec[];
}

export type { ColumnSlice, FilterOp, FilterSpec, MiniHistogram, RowsResult, SortSpec } from '../table/query/types';
export type { GroupDescription, GroupedDescription } from '../stats/groups';
export type { WorkbookInfo } from '../io/types';

// Dataset filters and groups (issue 13 §2): the filter set belongs to the open dataset, so the
// statistics, charts and model fits read the filtered rows; groups split the statistics by a column.

/** How many rows the dataset's filter set keeps (the status bar's indicator). */
export interface FilterState {
  readonly matchCount: number;
  readonly rowCount: number;
}

/** Smallest and largest finite value of a number or datetime column (epoch ms), over all rows. */
export interface ColumnExtent {
  readonly min: number;
  readonly max: number;
}

/** What the engine's charts module declares per chart type, so the form can be generated. Plain data. */
export interface ChartSpecs {
  readonly charts: Readonly<Record<ChartKind, ChartSpec>>;
  readonly common: readonly OptionSpec[];
  /** Look options every chart's form shows (legend place, number format). */
  readonly look: readonly OptionSpec[];
}
/** ChartSettings and the resulting ECharts option are plain JSON; their shape belongs to src/charts. */
export type ChartSettingsData = Readonly<Record<string, unknown>>;
export type ChartOption = Readonly<Record<string, unknown>>;
export type Description = TableDescription;
