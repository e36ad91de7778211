/**
 * Correlation heatmap: pairwise-complete Pearson r between number columns (src/stats), on a
 * diverging blue-white-red scale fixed to [−1, 1] so colours compare across charts.
 * The heatmap chart type in one module: settings, spec, CLI flags and builder (listed in registry.ts).
 */
import type { EChartsOption, HeatmapSeriesOption, XAXisComponentOption, YAXisComponentOption } from 'echarts';
import { pearsonMatrix } from '../stats/correlation';
import { FitplotError } from '../table/errors';
import type { Column, Table } from '../table/types';
import { axis, baseOption, gridBox, themeOf } from './base';
import { texts } from './i18n';
import type { CommonSettings, Locale, ThemeName } from './settings';
import { resolveSettings } from './validate';
import type { ChartType } from './chartType';
import { LIST_FLAG, VALUE_FLAG } from './chartType';
import { NUMERIC } from './spec';

export interface HeatmapSettings extends CommonSettings {
  readonly kind: 'heatmap';
  /** Number columns correlated pairwise; all number columns (up to 40) when empty. */
  readonly columns?: readonly string[];
  readonly labels?: boolean;
}

export const heatmapChart: ChartType<HeatmapSettings> = {
  spec: {
    kind: 'heatmap',
    label: 'Correlation heatmap',
    axes: true,
    roles: [{ key: 'columns', label: 'Columns', required: false, types: NUMERIC, multiple: true }],
    options: [{ key: 'labels', kind: 'boolean', default: true }],
  },
  build: buildHeatmap,
  cli: {
    flags: { x: VALUE_FLAG, y: LIST_FLAG },
    usage: '[--x COL] [--y COL …] (the columns to correlate; default: every number column)',
    settings(read) {
      const x = read.text('x');
      return { columns: [...(x ? [x] : []), ...read.list('y')] };
    },
  },
};

/** More columns than this make unreadable cells; the user picks columns instead. */
export const MAX_HEATMAP_COLUMNS = 40;

export function buildHeatmap(table: Table, input: HeatmapSettings): EChartsOption {
  const r = resolveSettings<HeatmapSettings, 'labels'>(table, input, heatmapChart.spec);
  const s = r.settings;
  const t = texts(s.locale);
  let cols: Column[] = r.columns('columns');
  if (cols.length === 0) cols = table.columns.filter((c) => c.type === 'number');
  if (cols.length < 2)
    throw new FitplotError({
      code: 'NOT_ENOUGH_DATA',
      message: `Correlation heatmap needs at least 2 number columns; found ${cols.length}.`,
      hint: 'Choose two or more number columns.',
    });
  if (cols.length > MAX_HEATMAP_COLUMNS) {
    throw new FitplotError({
      code: 'CHART',
      message: `Correlation heatmap of ${cols.length} columns would be unreadable (at most ${MAX_HEATMAP_COLUMNS}).`,
      hint: 'Choose the columns to correlate.',
    });
  }
  const m = pearsonMatrix(cols.map((c) => ({ values: (c as { values: Float64Array }).values, missing: c.missing })));
  return correlationHeatmap({ columns: cols.map((c) => c.name), pearson: m.pearson, n: m.n }, { ...s, title: s.title ?? t.correlation });
}

/** A correlation matrix as computed by src/stats (pairwise-complete r and n per pair). */
export interface CorrelationMatrix {
  readonly columns: readonly string[];
  readonly pearson: readonly (readonly (number | null)[])[];
  readonly n: readonly (readonly number[])[];
}

/**
 * The heatmap of an already computed matrix: the chart above and the Statistics view's heatmap
 * (from the table description) are the same picture. No title → no title space.
 */
export function correlationHeatmap(
  m: CorrelationMatrix,
  look: { title?: string; subtitle?: string; theme: ThemeName; locale: Locale; labels: boolean },
): EChartsOption {
  const theme = themeOf(look.theme);
  const names = m.columns;
  const source: (number | string | null)[][] = [];
  for (let j = 0; j < names.length; j++) {
    for (let k = 0; k < names.length; k++) {
      const rr = m.pearson[j]![k]!;
      source.push([k, j, rr, rr === null ? '' : (Math.abs(rr) < 0.005 ? 0 : rr).toFixed(2), m.n[j]![k]!]);
    }
  }
  const option = baseOption({ title: look.title ?? '', subtitle: [look.subtitle], theme: look.theme, locale: look.locale });
  option.dataset = { dimensions: ['column', 'row', 'r', 'label', 'n'], source };
  const series: HeatmapSeriesOption = {
    type: 'heatmap',
    name: 'r',
    encode: { x: 0, y: 1, value: 2, tooltip: [2, 4] },
    label: {
      show: look.labels && names.length <= 16,
      formatter: '{@[3]}',
      fontSize: names.length > 10 ? 9 : 11,
      color: theme.text,
      textBorderColor: theme.background,
      textBorderWidth: 2,
    },
    itemStyle: { borderColor: theme.background, borderWidth: 1 },
  };
  option.series = [series];
  const rotate = names.length > 6 ? 35 : 0;
  const x = axis(look.theme, 'category', '', 'x');
  const y = axis(look.theme, 'category', '', 'y');
  option.xAxis = {
    ...x,
    data: names,
    axisLabel: { ...(x.axisLabel as object), interval: 0, rotate, width: 110, overflow: 'truncate' },
  } as XAXisComponentOption;
  option.yAxis = {
    ...y,
    data: names,
    inverse: true,
    axisLabel: { ...(y.axisLabel as object), interval: 0, width: 140, overflow: 'truncate' },
  } as YAXisComponentOption;
  option.visualMap = {
    type: 'continuous',
    min: -1,
    max: 1,
    dimension: 2,
    orient: 'vertical',
    right: 12,
    top: 'middle',
    itemHeight: 180,
    text: ['+1', '-1'],
    textStyle: { color: theme.subtext },
    inRange: { color: [...theme.diverging] },
    calculable: false,
  };
  option.grid = gridBox(look.title ? 72 : 16, 90);
  return option;
}
