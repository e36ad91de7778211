/**
 * Box plot by category: quartiles by numpy's default 'linear' method (src/stats), Tukey whiskers
 * (the most extreme values within 1.5·IQR of the quartiles; Tukey 1977) and outliers beyond them.
 * Outliers are capped per box (evenly spaced through the sorted outliers, extremes included) so
 * the option stays small on millions of rows; the subtitle says when.
 * The box chart type in one module: settings, spec, CLI flags and builder (listed in registry.ts).
 */
import type { BoxplotSeriesOption, EChartsOption, ScatterSeriesOption } from 'echarts';
import { quantileSorted } from '../stats/quantiles';
import { FitplotError } from '../table/errors';
import type { Table } from '../table/types';
import { sortedByCell } from './aggregate';
import { axis, baseOption, themeOf } from './base';
import { categoriesOf, countCodes, numbersOf, rankCategories } from './columns';
import { formatCount } from './format';
import { texts } from './i18n';
import type { CommonSettings } from './settings';
import { resolveSettings } from './validate';
import type { ChartType } from './chartType';
import { VALUE_FLAG } from './chartType';
import { CATEGORICAL, NUMERIC } from './spec';

export interface BoxSettings extends CommonSettings {
  readonly kind: 'box';
  /** Number column summarised. */
  readonly y: string;
  /** Optional category column: one box per category. */
  readonly x?: string;
  /** At most this many boxes (largest categories by row count), the rest merged into "other". */
  readonly top?: number;
}

export const boxChart: ChartType<BoxSettings> = {
  spec: {
    kind: 'box',
    label: 'Box plot',
    axes: true,
    roles: [
      { key: 'y', label: 'Value', required: true, types: NUMERIC },
      { key: 'x', label: 'Category', required: false, types: CATEGORICAL },
    ],
    options: [{ key: 'top', kind: 'number', default: 20, min: 1, max: 100, integer: true }],
  },
  build: buildBox,
  cli: {
    flags: { x: VALUE_FLAG, y: VALUE_FLAG, top: VALUE_FLAG },
    usage: '--x VALUE-COL, or --x CATEGORY-COL --y VALUE-COL [--top N]',
    settings(read) {
      // `box FILE --x VALUE` summarises one column; `--x CATEGORY --y VALUE` gives one box per category.
      const y = read.text('y');
      if (!y) return { y: read.required('x') };
      const x = read.text('x');
      const top = read.number('top', 1, 500);
      return { y, ...(x && { x }), ...(top !== undefined && { top }) };
    },
  },
};

export const MAX_OUTLIERS_PER_BOX = 200;

export interface BoxStats {
  readonly n: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly lowWhisker: number;
  readonly highWhisker: number;
  /** All outliers (ascending). */
  readonly outliers: Float64Array;
}

/** Box statistics of ascending, finite `sorted` (non-empty). */
export function boxStats(sorted: Float64Array): BoxStats {
  const q1 = quantileSorted(sorted, 0.25)!;
  const median = quantileSorted(sorted, 0.5)!;
  const q3 = quantileSorted(sorted, 0.75)!;
  const lowFence = q1 - 1.5 * (q3 - q1);
  const highFence = q3 + 1.5 * (q3 - q1);
  let lo = 0;
  while (sorted[lo]! < lowFence) lo++;
  let hi = sorted.length - 1;
  while (sorted[hi]! > highFence) hi--;
  const outliers = new Float64Array(lo + (sorted.length - 1 - hi));
  outliers.set(sorted.subarray(0, lo), 0);
  outliers.set(sorted.subarray(hi + 1), lo);
  return { n: sorted.length, q1, median, q3, lowWhisker: sorted[lo]!, highWhisker: sorted[hi]!, outliers };
}

/** At most `cap` values evenly spaced through ascending `values`, first and last included. */
function thin(values: Float64Array, cap: number): number[] {
  if (values.length <= cap) return Array.from(values);
  return Array.from({ length: cap }, (_, k) => values[Math.round((k * (values.length - 1)) / (cap - 1))]!);
}

export function buildBox(table: Table, input: BoxSettings): EChartsOption {
  const r = resolveSettings<BoxSettings, 'top'>(table, input, boxChart.spec);
  const s = r.settings;
  const t = texts(s.locale);
  const theme = themeOf(s.theme);
  const yCol = r.column('y')!;
  const xCol = r.column('x');
  const y = numbersOf(yCol);
  let codes: Int32Array | undefined;
  let names = [yCol.name];
  if (xCol) {
    const x = categoriesOf(xCol);
    const counts = countCodes(x.codes, x.labels.length);
    const ranked = rankCategories(x.codes, counts, counts, s.top);
    codes = ranked.codes;
    names = ranked.kept.map((c) => x.labels[c]!);
    if (ranked.hasOther) names.push(t.other);
  }
  const cellOf = codes ? (i: number) => codes[i]! : () => 0;
  const { sorted, start } = sortedByCell((i) => (Number.isFinite(y[i]!) ? cellOf(i) : -1), y.length, y, names.length);
  const boxes: (string | number)[][] = [];
  const outliers: (string | number)[][] = [];
  let totalOutliers = 0;
  names.forEach((name, c) => {
    const slice = sorted.subarray(start[c]!, start[c + 1]!);
    if (slice.length === 0) return;
    const b = boxStats(slice);
    boxes.push([name, b.lowWhisker, b.q1, b.median, b.q3, b.highWhisker, b.n]);
    totalOutliers += b.outliers.length;
    for (const v of thin(b.outliers, MAX_OUTLIERS_PER_BOX)) outliers.push([name, v]);
  });
  if (boxes.length === 0)
    throw new FitplotError({
      code: 'NOT_ENOUGH_DATA',
      message: `Box plot: '${yCol.name}' has no numeric values.`,
      column: yCol.name,
      hint: 'Choose a column with numbers.',
    });
  const notes = [t.points(formatCount(sorted.length))];
  if (totalOutliers > outliers.length) notes.push(t.outliersCapped(formatCount(totalOutliers)));
  const title = s.title ?? (xCol ? t.byTitle(yCol.name, xCol.name) : yCol.name);
  const option = baseOption({ title, subtitle: [s.subtitle, ...notes], theme: s.theme, locale: s.locale });
  option.dataset = [
    { dimensions: ['category', 'low', 'Q1', 'median', 'Q3', 'high', 'n'], source: boxes },
    { dimensions: ['category', yCol.name], source: outliers },
  ];
  const box: BoxplotSeriesOption = {
    type: 'boxplot',
    name: yCol.name,
    datasetIndex: 0,
    encode: { x: 0, y: [1, 2, 3, 4, 5], tooltip: [1, 2, 3, 4, 5, 6] },
    itemStyle: { color: `${theme.palette[0]}33`, borderColor: theme.palette[0], borderWidth: 1.5 },
    boxWidth: [8, 56],
  };
  const points: ScatterSeriesOption = {
    type: 'scatter',
    name: 'outliers',
    datasetIndex: 1,
    encode: { x: 0, y: 1 },
    symbolSize: 4,
    itemStyle: { color: theme.palette[3], opacity: 0.6 },
  };
  option.series = [box, points];
  const cat = axis(s.theme, 'category', xCol?.name ?? '', 'x');
  cat.axisLabel = { ...cat.axisLabel, interval: 0, rotate: names.length > 8 ? 35 : 0, width: 110, overflow: 'truncate' };
  option.xAxis = { ...cat, data: boxes.map((b) => b[0] as string) };
  option.yAxis = axis(s.theme, 'value', yCol.name, 'y');
  return option;
}
