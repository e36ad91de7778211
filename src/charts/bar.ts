/**
 * Bar chart: one bar per category with an aggregate (count, sum, mean, median, min, max) of a
 * number column, optionally split into grouped or stacked series by a second category. The top N
 * categories (by value) are kept and the rest merged into "other" — aggregated afresh over the
 * merged rows, so a mean of "other" is the mean of its rows, not a mean of means.
 * The bar chart type in one module: settings, spec, CLI flags and builder (listed in registry.ts).
 */
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { FitplotError } from '../table/errors';
import type { Table } from '../table/types';
import { aggregateBy } from './aggregate';
import { axis, baseOption, themeOf } from './base';
import { categoriesOf, countCodes, numbersOf, rankCategories } from './columns';
import { formatterFor } from './numberFormat';
import { texts } from './i18n';
import type { Aggregate, CommonSettings } from './settings';
import { resolveSettings } from './validate';
import type { ChartType } from './chartType';
import { SWITCH_FLAG, VALUE_FLAG } from './chartType';
import { AGGREGATES, CATEGORICAL, COUNTING, NUMERIC, STACKABLE } from './spec';

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

const SORTS = ['value', 'label', 'none'] as const;
const GROUP_ORDERS = ['value', 'label', 'data'] as const;

export const barChart: ChartType<BarSettings> = {
  spec: {
    kind: 'bar',
    label: 'Bar',
    axes: true,
    roles: [
      { key: 'x', label: 'Category', required: true, types: CATEGORICAL },
      { key: 'y', label: 'Value', required: false, types: NUMERIC, unusedWhen: COUNTING },
      { key: 'group', label: 'Group by', required: false, types: CATEGORICAL },
    ],
    options: [
      { key: 'agg', kind: 'enum', default: 'count', values: AGGREGATES },
      { key: 'stacked', kind: 'boolean', default: false },
      { key: 'horizontal', kind: 'boolean', default: false },
      { key: 'sort', kind: 'enum', default: 'value', values: SORTS },
      { key: 'groupOrder', kind: 'enum', default: 'value', values: GROUP_ORDERS },
      { key: 'top', kind: 'number', default: 30, min: 1, max: 500, integer: true },
      { key: 'labels', kind: 'boolean', default: true },
    ],
  },
  build: buildBar,
  cli: {
    // --color is taken as --group, as for the charts whose colour role it is.
    flags: {
      x: VALUE_FLAG,
      y: VALUE_FLAG,
      group: VALUE_FLAG,
      color: VALUE_FLAG,
      agg: VALUE_FLAG,
      stacked: SWITCH_FLAG,
      horizontal: SWITCH_FLAG,
      sort: VALUE_FLAG,
      'group-order': VALUE_FLAG,
      top: VALUE_FLAG,
    },
    usage:
      '--x COL [--y COL] [--group COL (or --color COL)] [--agg A] [--stacked] [--horizontal] [--sort value|label|none] [--group-order value|label|data] [--top N]',
    settings(read) {
      const x = read.required('x');
      const y = read.text('y');
      const agg = read.oneOf('agg', AGGREGATES);
      const group = read.text('group') ?? read.text('color');
      const top = read.number('top', 1, 500);
      const sort = read.oneOf('sort', SORTS);
      const groupOrder = read.oneOf('group-order', GROUP_ORDERS);
      return {
        x,
        ...(y && { y }),
        ...(agg && { agg }),
        ...(group && { group }),
        stacked: read.set('stacked'),
        horizontal: read.set('horizontal'),
        ...(top !== undefined && { top }),
        ...(sort && { sort }),
        ...(groupOrder && { groupOrder }),
      };
    },
  },
};

/** Series (second-category groups) beyond this many are merged into "other". */
const MAX_GROUPS = 12;

export function buildBar(table: Table, input: BarSettings): EChartsOption {
  const r = resolveSettings<BarSettings, 'agg' | 'stacked' | 'horizontal' | 'sort' | 'groupOrder' | 'top' | 'labels'>(
    table,
    input,
    barChart.spec,
  );
  const s = r.settings;
  const t = texts(s.locale);
  const theme = themeOf(s.theme);
  const xCol = r.column('x')!;
  const yCol = r.column('y');
  const groupCol = r.column('group');
  if (s.agg !== 'count' && !yCol) {
    throw new FitplotError({
      code: 'CHART',
      message: `Bar chart with '${s.agg}' needs a number column for Value ('y').`,
      hint: `Choose a value column, or use 'count'.`,
    });
  }
  if (s.stacked && groupCol && !STACKABLE.includes(s.agg)) {
    throw new FitplotError({
      code: 'CHART',
      key: 'chart.stackNotAdditive',
      params: { agg: s.agg },
      message: `Stacked bars add their parts up, and a stack of ${s.agg} values is not a ${s.agg} of anything: stack sums or counts.`,
      hint: `Use 'sum' or 'count' to stack, or turn stacking off to compare the ${s.agg} of each group side by side.`,
    });
  }
  const values = s.agg === 'count' || !yCol ? undefined : numbersOf(yCol);
  const x = categoriesOf(xCol);

  // Rank categories by their overall aggregate; keep the top N, merge the rest.
  const overall = aggregateBy({ a: x.codes, groupsA: x.labels.length }, values, s.agg);
  const present = countCodes(x.codes, x.labels.length);
  const ranked = rankCategories(x.codes, present, overall.values, s.top);
  const names = ranked.kept.map((c) => x.labels[c]!);
  if (ranked.hasOther) names.push(t.other);
  const order = barOrder(names, ranked.kept, ranked.hasOther, s.sort, s.locale);

  let groupNames = [''];
  let keys: Parameters<typeof aggregateBy>[0] = { a: ranked.codes, groupsA: names.length };
  if (groupCol) {
    const g = categoriesOf(groupCol);
    const gCounts = countCodes(g.codes, g.labels.length);
    // Which groups get their own series: the most rows; their order: as the user asked.
    const gRanked = rankCategories(g.codes, gCounts, gCounts, MAX_GROUPS);
    const gValues = s.groupOrder === 'value' ? aggregateBy({ a: g.codes, groupsA: g.labels.length }, values, s.agg).values : gCounts;
    const ordered = groupOrder(gRanked.kept, g.labels, gValues, s.groupOrder, s.locale);
    groupNames = ordered.map((c) => g.labels[c]!);
    if (gRanked.hasOther) groupNames.push(t.other);
    keys = { ...keys, b: remapRanks(gRanked.codes, gRanked.kept, ordered), groupsB: groupNames.length };
  }
  const result = aggregateBy(keys, values, s.agg);

  // Rows: [label, value per group…, formatted value per group…] (labels pre-formatted: options are data).
  const G = groupNames.length;
  const formatValue = formatterFor(s.numberFormat);
  const source = order.map((a) => {
    const row: (string | number | null)[] = [names[a]!];
    const cells = groupNames.map((_, b) => result.values[a + b * names.length]!);
    for (const v of cells) row.push(Number.isNaN(v) ? null : v);
    // No label on empty cells (a zero count would otherwise print a stray "0" in stacks).
    for (const v of cells) row.push(Number.isNaN(v) || (v === 0 && s.agg === 'count') ? '' : formatValue(v));
    return row;
  });
  const measure = t.measure(t.aggregates[s.agg], s.agg === 'count' ? undefined : yCol?.name);
  const dims = [xCol.name, ...groupNames.map((g) => g || measure), ...groupNames.map((g, k) => `label ${k} ${g}`)];
  const catAxis = s.horizontal ? 'y' : 'x';
  const valAxis = s.horizontal ? 'x' : 'y';
  const series: BarSeriesOption[] = groupNames.map((name, k) => ({
    type: 'bar',
    name: name || measure,
    datasetIndex: 0,
    encode: { [catAxis]: 0, [valAxis]: k + 1, tooltip: [k + 1] },
    ...(s.stacked && groupCol ? { stack: 'total' } : {}),
    ...(name === t.other && groupCol ? { itemStyle: { color: theme.neutral } } : {}),
    label: {
      show: s.labels,
      position: s.stacked && groupCol ? 'inside' : s.horizontal ? 'right' : 'top',
      formatter: `{@[${1 + G + k}]}`,
      color: s.stacked && groupCol ? '#ffffff' : theme.text,
      fontSize: 11,
    },
    labelLayout: { hideOverlap: true },
    barMaxWidth: 64,
  }));
  const title = s.title ?? t.byTitle(measure, xCol.name);
  const option = baseOption({ title, subtitle: [s.subtitle], theme: s.theme, locale: s.locale, legend: Boolean(groupCol) });
  option.dataset = { dimensions: dims, source };
  option.series = series;
  option.tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true };
  const cat = { ...axis(s.theme, 'category', s.horizontal ? '' : xCol.name, catAxis) };
  const manyLabels = !s.horizontal && order.length > 6;
  cat.axisLabel = { ...cat.axisLabel, interval: 0, rotate: manyLabels ? 35 : 0, width: s.horizontal ? 140 : 110, overflow: 'truncate' };
  if (s.horizontal) Object.assign(cat, { inverse: true });
  else if (manyLabels) Object.assign(cat, { nameGap: 64 });
  const val = { ...axis(s.theme, 'value', measure, valAxis), scale: false };
  option.xAxis = s.horizontal ? val : cat;
  option.yAxis = s.horizontal ? cat : val;
  return option;
}

/** The kept group codes in the stated order: by overall value (largest first), by label, or first seen (code order). */
function groupOrder(
  kept: readonly number[],
  labels: readonly string[],
  values: Float64Array,
  order: 'value' | 'label' | 'data',
  locale: string,
): number[] {
  const out = [...kept];
  const value = (c: number): number => (Number.isNaN(values[c]!) ? -Infinity : values[c]!);
  if (order === 'value') out.sort((a, b) => value(b) - value(a) || a - b);
  else if (order === 'label') out.sort((a, b) => labels[a]!.localeCompare(labels[b]!, locale, { numeric: true }));
  else out.sort((a, b) => a - b);
  return out;
}

/** Rank codes (index into `kept`; `kept.length` = "other") renumbered to positions in `ordered`. */
function remapRanks(ranks: Int32Array, kept: readonly number[], ordered: readonly number[]): Int32Array {
  const position = kept.map((c) => ordered.indexOf(c));
  return ranks.map((r) => (r < 0 || r >= kept.length ? r : position[r]!));
}

/** Display order of the kept categories (indices into `names`); "other" always last. */
function barOrder(
  names: readonly string[],
  kept: readonly number[],
  hasOther: boolean,
  sort: 'value' | 'label' | 'none',
  locale: string,
): number[] {
  const idx = kept.map((_, i) => i);
  if (sort === 'label') idx.sort((a, b) => names[a]!.localeCompare(names[b]!, locale, { numeric: true }));
  else if (sort === 'none') idx.sort((a, b) => kept[a]! - kept[b]!);
  if (hasOther) idx.push(kept.length);
  return idx;
}
