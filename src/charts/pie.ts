/**
 * Pie / donut: share of each category in a count or a sum. Slices under `otherBelow` percent
 * (and beyond `top` slices) merge into "other". Negative values are refused: a share of a total
 * only means something when every part is non-negative.
 * The pie chart type in one module: settings, spec, CLI flags and builder (listed in registry.ts).
 */
import type { EChartsOption, PieSeriesOption } from 'echarts';
import { FitplotError } from '../table/errors';
import type { Table } from '../table/types';
import { aggregateBy } from './aggregate';
import { baseOption, themeOf } from './base';
import { categoriesOf, numbersOf } from './columns';
import { formatCount, formatNumber, formatPercent } from './format';
import { formatterFor } from './numberFormat';
import { texts } from './i18n';
import type { CommonSettings } from './settings';
import { resolveSettings } from './validate';
import type { ChartType } from './chartType';
import { SWITCH_FLAG, VALUE_FLAG } from './chartType';
import { CATEGORICAL, COUNTING, NUMERIC } from './spec';

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

const PIE_AGGREGATES = ['count', 'sum'] as const;

export const pieChart: ChartType<PieSettings> = {
  spec: {
    kind: 'pie',
    label: 'Pie',
    axes: false,
    roles: [
      { key: 'x', label: 'Category', required: true, types: CATEGORICAL },
      { key: 'y', label: 'Value', required: false, types: NUMERIC, unusedWhen: COUNTING },
    ],
    options: [
      { key: 'agg', kind: 'enum', default: 'count', values: PIE_AGGREGATES },
      { key: 'donut', kind: 'boolean', default: false },
      { key: 'otherBelow', kind: 'number', default: 2, min: 0, max: 50, integer: false },
      { key: 'top', kind: 'number', default: 12, min: 1, max: 50, integer: true },
    ],
  },
  build: buildPie,
  cli: {
    flags: { x: VALUE_FLAG, y: VALUE_FLAG, agg: VALUE_FLAG, donut: SWITCH_FLAG, top: VALUE_FLAG },
    usage: '--x COL [--y COL] [--agg count|sum] [--donut] [--top N]',
    settings(read) {
      const x = read.required('x');
      const y = read.text('y');
      // A value column given without --agg is summed: a count would leave it unused.
      const agg = read.oneOf('agg', PIE_AGGREGATES) ?? (y ? 'sum' : undefined);
      const top = read.number('top', 1, 500);
      return { x, ...(y && { y }), ...(agg && { agg }), donut: read.set('donut'), ...(top !== undefined && { top }) };
    },
  },
};

export function buildPie(table: Table, input: PieSettings): EChartsOption {
  const r = resolveSettings<PieSettings, 'agg' | 'donut' | 'otherBelow' | 'top'>(table, input, pieChart.spec);
  const s = r.settings;
  const t = texts(s.locale);
  const theme = themeOf(s.theme);
  const xCol = r.column('x')!;
  const yCol = r.column('y');
  if (s.agg === 'sum' && !yCol)
    throw new FitplotError({
      code: 'CHART',
      message: `Pie chart with 'sum' needs a number column for Value ('y').`,
      hint: `Choose a value column, or use 'count'.`,
    });
  const values = s.agg === 'sum' ? numbersOf(yCol!) : undefined;
  if (values) refuseNegatives(values, yCol!.name, t);
  const x = categoriesOf(xCol);
  const totals = aggregateBy({ a: x.codes, groupsA: x.labels.length }, values, s.agg).values;
  const slices: { name: string; value: number }[] = [];
  let total = 0;
  totals.forEach((v, c) => {
    if (v > 0) {
      slices.push({ name: x.labels[c]!, value: v });
      total += v;
    }
  });
  if (total === 0)
    throw new FitplotError({
      code: 'NOT_ENOUGH_DATA',
      message: `Pie chart: '${yCol?.name ?? xCol.name}' has no positive total to share out.`,
      hint: 'Choose a column with positive values.',
    });
  slices.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
  const shown = slices.filter((p, i) => i < s.top && (p.value / total) * 100 >= s.otherBelow);
  const rest = slices.slice(shown.length).reduce((sum, p) => sum + p.value, 0);
  const formatValue =
    s.numberFormat !== undefined && s.numberFormat !== 'auto'
      ? formatterFor(s.numberFormat)
      : s.agg === 'count'
        ? formatCount
        : formatNumber;
  const source = shown.map((p) => [p.name, p.value, `${p.name}\n${formatValue(p.value)} (${formatPercent(p.value / total)})`]);
  if (rest > 0) source.push([t.other, rest, `${t.other}\n${formatValue(rest)} (${formatPercent(rest / total)})`]);
  const measure = t.measure(t.aggregates[s.agg], s.agg === 'count' ? undefined : yCol?.name);
  const option = baseOption({
    title: s.title ?? t.shareTitle(measure, xCol.name),
    subtitle: [s.subtitle, `${measure}: ${formatValue(total)}`],
    theme: s.theme,
    locale: s.locale,
    legend: false,
  });
  option.legend = { type: 'scroll', orient: 'vertical', right: 16, top: 'middle', textStyle: { color: theme.text } };
  option.dataset = { dimensions: [xCol.name, measure, 'label'], source };
  const series: PieSeriesOption = {
    type: 'pie',
    name: measure,
    encode: { itemName: 0, value: 1, tooltip: [1] },
    radius: s.donut ? ['42%', '68%'] : [0, '68%'],
    center: ['45%', '56%'],
    label: { formatter: '{@[2]}', color: theme.text, fontSize: 12, lineHeight: 16 },
    labelLine: { lineStyle: { color: theme.axisLine } },
    itemStyle: { borderColor: theme.background, borderWidth: 1 },
  };
  option.series = [series];
  // One colour per slice (the palette repeats only beyond its length); "other" in neutral grey.
  option.color = [...shown.map((_, i) => theme.palette[i % theme.palette.length]!), ...(rest > 0 ? [theme.neutral] : [])];
  return option;
}

function refuseNegatives(values: Float64Array | Float32Array, column: string, t: ReturnType<typeof texts>): void {
  let count = 0;
  let first = -1;
  for (let i = 0; i < values.length; i++) {
    if (values[i]! < 0) {
      if (first < 0) first = i;
      count++;
    }
  }
  if (count > 0) {
    throw new FitplotError({
      code: 'CHART',
      message: t.negativeValues(column, formatCount(count), first + 1),
      column,
      hint: 'Use a bar chart for values that can be negative, or filter out the negative rows.',
    });
  }
}
