/**
 * The shape of a chart type's declarative description: which column roles it needs, which column
 * types each role accepts, and each option's kind, range and default. The UI generates its form
 * from it (as jamovi does from its analysis definitions); `resolveSettings` validates against it.
 * Each chart type's module declares its own spec (bar.ts, …); registry.ts gathers them into
 * CHART_SPECS. Here: the types, the options every chart shares, and the column-type groups.
 */
import type { ColumnType } from '../table/types';
import { LEGEND_POSITIONS } from './look';
import { NUMBER_FORMATS } from './numberFormat';
import type { ChartKind } from './settings';

export interface RoleSpec {
  /** The settings field holding the column name(s). */
  readonly key: string;
  /** English name, for the engine's English messages; the app words roles by key (specKeys.ts). */
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

/**
 * An option: its settings field, kind, range and default. No label: the app words options by key
 * (renderer/features/charts/specKeys.ts), and the engine's messages name the field itself.
 */
export type OptionSpec =
  | { readonly key: string; readonly kind: 'boolean'; readonly default: boolean }
  | {
      readonly key: string;
      readonly kind: 'number';
      readonly default: number;
      readonly min: number;
      readonly max: number;
      readonly integer: boolean;
    }
  | { readonly key: string; readonly kind: 'enum'; readonly default: string; readonly values: readonly string[] };

export interface ChartSpec {
  readonly kind: ChartKind;
  /** English name, for the engine's English messages ("Bubble chart needs a column for …"); the app words it by key. */
  readonly label: string;
  /** False when the chart has no x/y axes (a pie): no axis titles in the form or the CLI. */
  readonly axes: boolean;
  readonly roles: readonly RoleSpec[];
  readonly options: readonly OptionSpec[];
}

export const NUMERIC: readonly ColumnType[] = ['number'];
export const ORDERED: readonly ColumnType[] = ['number', 'datetime'];
export const CATEGORICAL: readonly ColumnType[] = ['category', 'text', 'boolean'];
/** Colour roles also take a number column with few distinct values (a 1/2-coded `sex`). */
export const COLOURING: readonly ColumnType[] = [...CATEGORICAL, 'number'];
/** Aggregates a stack may add up: a stack of means or medians has no meaning as a total. */
export const STACKABLE: readonly string[] = ['count', 'sum'];
/** A number column coloured as categories may have at most this many distinct values. */
export const MAX_NUMBER_CATEGORIES = 12;
/** A Value role that a count does not use (bar, pie). */
export const COUNTING = { option: 'agg', value: 'count' } as const;
export const AGGREGATES = ['count', 'sum', 'mean', 'median', 'min', 'max'] as const;

/** Above this many points a scatter plot switches to 2-D binned density (a screen shows ~2M pixels). */
export const DENSITY_THRESHOLD = 200_000;

export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { key: 'theme', kind: 'enum', default: 'light', values: ['light', 'dark', 'print'] },
  { key: 'locale', kind: 'enum', default: 'en', values: ['en', 'ko'] },
  { key: 'width', kind: 'number', default: 900, min: 200, max: 8000, integer: true },
  { key: 'height', kind: 'number', default: 560, min: 150, max: 8000, integer: true },
];

/** Look options every chart type shows in its form (and the CLI takes as flags). */
export const LOOK_OPTIONS: readonly OptionSpec[] = [
  { key: 'legend', kind: 'enum', default: 'auto', values: LEGEND_POSITIONS },
  { key: 'numberFormat', kind: 'enum', default: 'auto', values: NUMBER_FORMATS },
];
