/**
 * A chart type as one object: its spec (column roles and options: the app's form and the
 * validator read it), its builder, and how `fitplot chart` flags become its settings. Each chart
 * type's module (scatter.ts, bar.ts, …) exports one, next to its builder; registry.ts lists them
 * once, and everything else (CHART_SPECS, buildChart's dispatch, the CLI's flags) is derived.
 */
import type { EChartsOption } from 'echarts';
import type { Table } from '../table/types';
import type { CommonSettings } from './settings';
import type { ChartSpec } from './spec';

/**
 * Reads the `fitplot chart` flags for one chart type. The CLI implements it and throws its usage
 * errors (the engine knows no command line); flag names are given without the dashes.
 */
export interface ChartFlagReader {
  /** A string flag's value, or undefined when absent. */
  text(flag: string): string | undefined;
  /** Every value of a repeatable flag, in the order given. */
  list(flag: string): string[];
  /** A column flag the chart cannot do without: a usage error naming the chart when absent. */
  required(flag: string): string;
  /** A boolean flag: true when given. */
  set(flag: string): boolean;
  number(flag: string, min: number, max: number): number | undefined;
  oneOf<T extends string>(flag: string, allowed: readonly T[]): T | undefined;
}

/** How node:util parseArgs declares a flag. */
export interface ChartFlag {
  readonly type: 'string' | 'boolean';
  /** May be given more than once (several `--y` for a line chart). */
  readonly multiple?: boolean;
}

export interface ChartCli<S> {
  /** The flags this chart type reads, by name without dashes. */
  readonly flags: Readonly<Record<string, ChartFlag>>;
  /** Its line in `fitplot chart --help`: the flags it takes, e.g. "--x COL --y COL [--trend]". */
  readonly usage: string;
  /** Its own settings from its flags; the CLI adds `kind` and the look flags every chart shares. */
  settings(read: ChartFlagReader): Omit<S, keyof CommonSettings | 'kind'>;
}

export interface ChartType<S extends { readonly kind: string }> {
  readonly spec: ChartSpec & { readonly kind: S['kind'] };
  // Method syntax on purpose: a registry of ChartType<BarSettings>, ChartType<PieSettings>, …
  // is then usable as ChartType<ChartSettings> by the dispatch, which has checked the kind.
  build(table: Table, settings: S): EChartsOption;
  readonly cli: ChartCli<S>;
}

/** A flag with a value (a column name, a number, a choice). */
export const VALUE_FLAG: ChartFlag = { type: 'string' };
/** A flag that may be repeated (`--y a --y b`). */
export const LIST_FLAG: ChartFlag = { type: 'string', multiple: true };
/** An on/off flag (`--stacked`). */
export const SWITCH_FLAG: ChartFlag = { type: 'boolean' };
