/**
 * Chart settings: plain serialisable data (saved with the view state, sent to the worker, read
 * from CLI flags). Every field but `kind` and the required column roles has a default (see each
 * chart type's spec). Here: the fields every chart shares; each chart type's module (bar.ts, …)
 * declares its own settings, and `ChartSettings` is the union over the registry.
 */

import type { ChartType } from './chartType';
import type { LegendPosition } from './look';
import type { NumberFormat } from './numberFormat';
import type { CHART_TYPES } from './registry';

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

/** The settings of any registered chart type (each chart type's module declares its own). */
export type ChartSettings = SettingsOf<(typeof CHART_TYPES)[keyof typeof CHART_TYPES]>;
export type ChartKind = ChartSettings['kind'];
type SettingsOf<T> = T extends ChartType<infer S> ? S : never;
