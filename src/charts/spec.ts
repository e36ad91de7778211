/**
 * The declarative description of every chart type: which column roles it needs, which column
 * types each role accepts, and each option's kind, range and default. The UI generates its form
 * from this (as jamovi does from its analysis definitions); `resolveSettings` validates against it.
 */
import type { ColumnType } from '../table/types';
import { LEGEND_POSITIONS } from './look';
import { NUMBER_FORMATS } from './numberFormat';
import type { ChartKind } from './settings';

export interface RoleSpec {
  /** The settings field holding the column name(s). */
  readonly key: string;
  readonly label: string;
  readonly required: boolean;
  readonly types: readonly ColumnType[];
  /** The field holds a list of column names. */
  readonly multiple?: boolean;
  /**
   * The role means nothing while this option has this value (a pie's Value while Aggregate is
   * "count"): the form leaves it empty and disabled, and the validator refuses a column for it.
   */
  readonly unusedWhen?: { readonly option: string; readonly value: string };
}

export type OptionSpec =
  | { readonly key: string; readonly label: string; readonly kind: 'boolean'; readonly default: boolean }
  | { readonly key: string; readonly label: string; readonly kind: 'number'; readonly default: number; readonly min: number; readonly max: number; readonly integer: boolean }
  | { readonly key: string; readonly label: string; readonly kind: 'enum'; readonly default: string; readonly values: readonly string[] };

export interface ChartSpec {
  readonly kind: ChartKind;
  readonly label: string;
  readonly roles: readonly RoleSpec[];
  readonly options: readonly OptionSpec[];
}

const NUMERIC: readonly ColumnType[] = ['number'];
const ORDERED: readonly ColumnType[] = ['number', 'datetime'];
const CATEGORICAL: readonly ColumnType[] = ['category', 'text', 'boolean'];
/** Colour roles also take a number column with few distinct values (a 1/2-coded `sex`). */
const COLOURING: readonly ColumnType[] = [...CATEGORICAL, 'number'];
/** Aggregates a stack may add up: a stack of means or medians has no meaning as a total. */
export const STACKABLE: readonly string[] = ['count', 'sum'];
/** A number column coloured as categories may have at most this many distinct values. */
export const MAX_NUMBER_CATEGORIES = 12;
const COUNTING = { option: 'agg', value: 'count' } as const;
export const AGGREGATES = ['count', 'sum', 'mean', 'median', 'min', 'max'] as const;

/** Above this many points a scatter plot switches to 2-D binned density (a screen shows ~2M pixels). */
export const DENSITY_THRESHOLD = 200_000;

export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { key: 'theme', label: 'Theme', kind: 'enum', default: 'light', values: ['light', 'dark', 'print'] },
  { key: 'locale', label: 'Language', kind: 'enum', default: 'en', values: ['en', 'ko'] },
  { key: 'width', label: 'Width (px)', kind: 'number', default: 900, min: 200, max: 8000, integer: true },
  { key: 'height', label: 'Height (px)', kind: 'number', default: 560, min: 150, max: 8000, integer: true },
];

/** Look options every chart type shows in its form (and the CLI takes as flags). */
export const LOOK_OPTIONS: readonly OptionSpec[] = [
  { key: 'legend', label: 'Legend', kind: 'enum', default: 'auto', values: LEGEND_POSITIONS },
  { key: 'numberFormat', label: 'Number format', kind: 'enum', default: 'auto', values: NUMBER_FORMATS },
];

export const CHART_SPECS: Readonly<Record<ChartKind, ChartSpec>> = {
  scatter: {
    kind: 'scatter',
    label: 'Scatter',
    roles: [
      { key: 'x', label: 'X', required: true, types: ORDERED },
      { key: 'y', label: 'Y', required: true, types: NUMERIC },
      { key: 'color', label: 'Colour by', required: false, types: COLOURING },
      { key: 'size', label: 'Size by', required: false, types: NUMERIC },
    ],
    options: [
      { key: 'trendLine', label: 'Fitted line', kind: 'boolean', default: false },
      { key: 'density', label: 'Density mode', kind: 'enum', default: 'auto', values: ['auto', 'always', 'never'] },
    ],
  },
  bar: {
    kind: 'bar',
    label: 'Bar',
    roles: [
      { key: 'x', label: 'Category', required: true, types: CATEGORICAL },
      { key: 'y', label: 'Value', required: false, types: NUMERIC, unusedWhen: COUNTING },
      { key: 'group', label: 'Group by', required: false, types: CATEGORICAL },
    ],
    options: [
      { key: 'agg', label: 'Aggregate', kind: 'enum', default: 'count', values: AGGREGATES },
      { key: 'stacked', label: 'Stacked', kind: 'boolean', default: false },
      { key: 'horizontal', label: 'Horizontal', kind: 'boolean', default: false },
      { key: 'sort', label: 'Sort', kind: 'enum', default: 'value', values: ['value', 'label', 'none'] },
      { key: 'groupOrder', label: 'Group order', kind: 'enum', default: 'value', values: ['value', 'label', 'data'] },
      { key: 'top', label: 'Top N (rest as "other")', kind: 'number', default: 30, min: 1, max: 500, integer: true },
      { key: 'labels', label: 'Value labels', kind: 'boolean', default: true },
    ],
  },
  pie: {
    kind: 'pie',
    label: 'Pie',
    roles: [
      { key: 'x', label: 'Category', required: true, types: CATEGORICAL },
      { key: 'y', label: 'Value', required: false, types: NUMERIC, unusedWhen: COUNTING },
    ],
    options: [
      { key: 'agg', label: 'Aggregate', kind: 'enum', default: 'count', values: ['count', 'sum'] },
      { key: 'donut', label: 'Donut', kind: 'boolean', default: false },
      { key: 'otherBelow', label: '"Other" below (%)', kind: 'number', default: 2, min: 0, max: 50, integer: false },
      { key: 'top', label: 'Most slices', kind: 'number', default: 12, min: 1, max: 50, integer: true },
    ],
  },
  bubble: {
    kind: 'bubble',
    label: 'Bubble',
    roles: [
      { key: 'x', label: 'X', required: true, types: ORDERED },
      { key: 'y', label: 'Y', required: true, types: NUMERIC },
      { key: 'size', label: 'Size (area)', required: true, types: NUMERIC },
      { key: 'color', label: 'Colour by', required: false, types: COLOURING },
    ],
    options: [],
  },
  histogram: {
    kind: 'histogram',
    label: 'Histogram',
    roles: [{ key: 'x', label: 'Value', required: true, types: NUMERIC }],
    options: [
      { key: 'bins', label: 'Bins (0 = auto)', kind: 'number', default: 0, min: 0, max: 1000, integer: true },
      { key: 'normalCurve', label: 'Normal curve', kind: 'boolean', default: true },
    ],
  },
  line: {
    kind: 'line',
    label: 'Line / time series',
    roles: [
      { key: 'x', label: 'X / time', required: true, types: ORDERED },
      { key: 'y', label: 'Y', required: true, types: NUMERIC, multiple: true },
    ],
    options: [
      { key: 'maxPoints', label: 'Pixel columns per line (0 = width)', kind: 'number', default: 0, min: 0, max: 20_000, integer: true },
      { key: 'zoom', label: 'Zoom slider', kind: 'boolean', default: true },
      { key: 'gapFactor', label: 'Break at gaps (× median step, 0 = never)', kind: 'number', default: 5, min: 0, max: 10_000, integer: false },
      { key: 'layout', label: 'Several Y columns', kind: 'enum', default: 'oneAxis', values: ['oneAxis', 'twoAxes', 'panels'] },
    ],
  },
  box: {
    kind: 'box',
    label: 'Box plot',
    roles: [
      { key: 'y', label: 'Value', required: true, types: NUMERIC },
      { key: 'x', label: 'Category', required: false, types: CATEGORICAL },
    ],
    options: [{ key: 'top', label: 'Most boxes', kind: 'number', default: 20, min: 1, max: 100, integer: true }],
  },
  heatmap: {
    kind: 'heatmap',
    label: 'Correlation heatmap',
    roles: [{ key: 'columns', label: 'Columns', required: false, types: NUMERIC, multiple: true }],
    options: [{ key: 'labels', label: 'Values in cells', kind: 'boolean', default: true }],
  },
};

export const CHART_KINDS = Object.keys(CHART_SPECS) as ChartKind[];
