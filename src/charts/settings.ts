/**
 * Chart settings: plain serialisable data (saved with the view state, sent to the worker, read
 * from CLI flags). Every field but `kind` and the required column roles has a default
 * (see `spec.ts`, which also lists which column types each role accepts).
 */

import type { LegendPosition } from './look';
import type { NumberFormat } from './numberFormat';

export type ChartKind = 'scatter' | 'bar' | 'pie' | 'bubble' | 'histogram' | 'line' | 'box' | 'heatmap';
export type Aggregate = 'count' | 'sum' | 'mean' | 'median' | 'min' | 'max';
export type ThemeName = 'light' | 'dark' | 'print';
export type Locale = 'en' | 'ko';

/** Shared by every chart: text and look. */
export interface CommonSettings {
  /** Defaults to a generated title such as "price by region". */
  readonly title?: string;
  /** Shown under the title, before any note the builder adds (e.g. "density mode"). */
  readonly subtitle?: string;
  readonly theme?: ThemeName;
  /** Language of generated texts (axis titles, "other", notes). */
  readonly locale?: Locale;
  /** Target size in CSS pixels: decides the downsampling budget (LTTB points, density bins). */
  readonly width?: number;
  readonly height?: number;
  /** Axis titles replacing the column names, e.g. with units: "Flow (m³/h)". */
  readonly xTitle?: string;
  readonly yTitle?: string;
  /** Where the legend goes (charts that have one); 'auto' is each chart's own place. */
  readonly legend?: LegendPosition;
  /** Value-axis ticks and value labels: 'auto', '1,234', '12.5%', … (see numberFormat.ts). */
  readonly numberFormat?: NumberFormat;
}

export interface ScatterSettings extends CommonSettings {
  readonly kind: 'scatter';
  readonly x: string;
  readonly y: string;
  /** Category column (or a number column with few distinct values): one series (and legend entry) per category. */
  readonly color?: string;
  /** Number column mapped to the marker diameter. */
  readonly size?: string;
  /** Least-squares line with its equation and R² in the legend. */
  readonly trendLine?: boolean;
  /** `auto`: 2-D binned counts (heatmap) above `DENSITY_THRESHOLD` points. */
  readonly density?: 'auto' | 'always' | 'never';
}

export interface BarSettings extends CommonSettings {
  readonly kind: 'bar';
  /** Category column: one bar per category. */
  readonly x: string;
  /** Number column aggregated per category; not needed for `count`. */
  readonly y?: string;
  readonly agg?: Aggregate;
  /** Second category: one series per group. */
  readonly group?: string;
  readonly stacked?: boolean;
  readonly horizontal?: boolean;
  readonly sort?: 'value' | 'label' | 'none';
  /** Order of the groups (series): by their overall value (largest first), by label, or as first seen in the data. */
  readonly groupOrder?: 'value' | 'label' | 'data';
  /** Keep the N largest categories (by the sort value) and merge the rest into "other". */
  readonly top?: number;
  readonly labels?: boolean;
}

export interface PieSettings extends CommonSettings {
  readonly kind: 'pie';
  readonly x: string;
  readonly y?: string;
  readonly agg?: 'count' | 'sum';
  readonly donut?: boolean;
  /** Slices below this share (percent) are merged into "other". */
  readonly otherBelow?: number;
  /** At most this many slices before "other". */
  readonly top?: number;
}

export interface BubbleSettings extends CommonSettings {
  readonly kind: 'bubble';
  readonly x: string;
  readonly y: string;
  /** Non-negative number column: bubble AREA is proportional to it. */
  readonly size: string;
  readonly color?: string;
}

export interface HistogramSettings extends CommonSettings {
  readonly kind: 'histogram';
  readonly x: string;
  /** Number of bins; 0 chooses automatically (Freedman–Diaconis / Sturges, from src/stats). */
  readonly bins?: number;
  readonly normalCurve?: boolean;
}

export interface LineSettings extends CommonSettings {
  readonly kind: 'line';
  /** Number or datetime column; rows are sorted by it when needed. */
  readonly x: string;
  /** One line per column. */
  readonly y: readonly string[];
  /** Pixel columns per line: more points than this draw as a min–max band with the mean; 0 uses the chart width. */
  readonly maxPoints?: number;
  readonly zoom?: boolean;
  /** Break the line where x steps more than gapFactor × the median step (0: never break). */
  readonly gapFactor?: number;
  /** Several y columns: one axis, a second axis on the right, or a panel each over one x axis. */
  readonly layout?: 'oneAxis' | 'twoAxes' | 'panels';
  /**
   * Visible x range [from, to] (inclusive) in the x column's units, epoch ms for datetime: only
   * rows inside it are drawn, so zooming in shows the real data. Whole series when absent.
   */
  readonly xRange?: readonly [number, number];
}

export interface BoxSettings extends CommonSettings {
  readonly kind: 'box';
  /** Number column summarised. */
  readonly y: string;
  /** Optional category column: one box per category. */
  readonly x?: string;
  /** At most this many boxes (largest categories by row count), the rest merged into "other". */
  readonly top?: number;
}

export interface HeatmapSettings extends CommonSettings {
  readonly kind: 'heatmap';
  /** Number columns correlated pairwise; all number columns (up to 40) when empty. */
  readonly columns?: readonly string[];
  readonly labels?: boolean;
}

export type ChartSettings =
  | ScatterSettings
  | BarSettings
  | PieSettings
  | BubbleSettings
  | HistogramSettings
  | LineSettings
  | BoxSettings
  | HeatmapSettings;
