/**
 * Every chart type, listed once. A chart type is one module holding its spec, builder and CLI
 * flags and settings type (see chartType.ts); adding one means its module, one line here and its
 * labels in the app's locales (renderer/app/locales/chartSpec.{en,ko}.ts).
 * The form, the CLI, validation and buildChart's dispatch all read this table.
 */
import { barChart } from './bar';
import { boxChart } from './box';
import type { ChartType } from './chartType';
import { heatmapChart } from './heatmap';
import { histogramChart } from './histogram';
import { lineChart } from './line';
import { pieChart } from './pie';
import { bubbleChart, scatterChart } from './scatter';
import type { ChartKind, ChartSettings } from './settings';
import type { ChartSpec } from './spec';

/** Keyed by kind, in menu order. `ChartKind` and `ChartSettings` (settings.ts) are read off this table. */
export const CHART_TYPES = {
  scatter: scatterChart,
  bar: barChart,
  pie: pieChart,
  bubble: bubbleChart,
  histogram: histogramChart,
  line: lineChart,
  box: boxChart,
  heatmap: heatmapChart,
} as const;

export const CHART_KINDS = Object.keys(CHART_TYPES) as ChartKind[];

/** Each chart type's spec, as plain data: what the worker sends the app to generate its form. */
export const CHART_SPECS = Object.fromEntries(CHART_KINDS.map((kind) => [kind, CHART_TYPES[kind].spec])) as Readonly<
  Record<ChartKind, ChartSpec>
>;

/** The chart type of `kind`, or undefined for a kind no chart type has (a stale saved view, a typo on the command line). */
export function chartType(kind: string): ChartType<ChartSettings> | undefined {
  return Object.hasOwn(CHART_TYPES, kind) ? (CHART_TYPES[kind as ChartKind] as ChartType<ChartSettings>) : undefined;
}
