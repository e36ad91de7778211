/**
 * Line / time series: rows ordered by x (sorted once when the file is not), each y column
 * downsampled with LTTB to about one point per pixel column, with zoom (inside + slider).
 * Missing y values are skipped (the line joins its neighbours). With `xRange` only the rows in
 * that x range are downsampled: the app sends the zoom window there, so zooming shows real detail.
 */
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { FitplotError } from '../table/errors';
import type { Table } from '../table/types';
import { axis, baseOption } from './base';
import { numbersOf } from './columns';
import { formatCount, formatNumber } from './format';
import { texts } from './i18n';
import { lttbIndices } from './lttb';
import type { LineSettings } from './settings';
import { resolveSettings } from './validate';

/** A visible x range (inclusive), in the x column's units: epoch ms for datetime columns. */
export type XRange = readonly [number, number];

export interface XOrder {
  /** Rows with finite x inside the range, by ascending x. */
  readonly order: Uint32Array;
  /** Smallest and largest finite x of the whole column (NaN when none): the axis extent when zoomed. */
  readonly min: number;
  readonly max: number;
}

/** First index whose value is > `v` (`strict`) or >= `v`, in an ascending, all-finite array. */
function bound(x: Float64Array | Float32Array, v: number, strict: boolean): number {
  let lo = 0;
  let hi = x.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? x[mid]! <= v : x[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Row order by ascending x (finite x only, and only x within `range` when given). Sorted
 * all-finite x (the usual time series) is cut with two binary searches; otherwise one filtering
 * pass keeps the rows in range, so only those are sorted.
 */
export function orderByX(x: Float64Array | Float32Array, range?: XRange): XOrder {
  let finite = 0;
  let sorted = true;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isFinite(v)) continue;
    finite++;
    if (v < max) sorted = false;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const extent = finite > 0 ? { min, max } : { min: NaN, max: NaN };
  const lo = range ? range[0] : -Infinity;
  const hi = range ? range[1] : Infinity;
  if (sorted && finite === x.length) {
    const first = range ? bound(x, lo, false) : 0;
    const end = range ? bound(x, hi, true) : x.length;
    const order = new Uint32Array(Math.max(0, end - first));
    for (let k = 0; k < order.length; k++) order[k] = first + k;
    return { order, ...extent };
  }
  const inRange = (v: number) => Number.isFinite(v) && v >= lo && v <= hi;
  let count = 0;
  for (let i = 0; i < x.length; i++) if (inRange(x[i]!)) count++;
  const order = new Uint32Array(count);
  let k = 0;
  for (let i = 0; i < x.length; i++) if (inRange(x[i]!)) order[k++] = i;
  if (!sorted) order.sort((a, b) => x[a]! - x[b]! || a - b);
  return { order, ...extent };
}

/** `xRange` checked: two finite numbers, from < to (it arrives from the UI or CLI as plain data). */
function checkRange(value: unknown): XRange | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.length !== 2 || !value.every((v) => typeof v === 'number' && Number.isFinite(v)) || !((value[0] as number) < (value[1] as number))) {
    throw new FitplotError({
      code: 'BAD_OPTION',
      message: `Line / time series: option 'xRange' must be two finite numbers [from, to] with from < to; got ${JSON.stringify(value)}.`,
      hint: 'Give the visible x range in the x column\'s units (epoch milliseconds for dates), or leave it out for the whole series.',
    });
  }
  return [value[0] as number, value[1] as number];
}

/** A range end as the subtitle shows it: ISO time (UTC, like the axis) for dates, else a short number. */
function formatX(v: number, datetime: boolean): string {
  return datetime ? new Date(v).toISOString().replace('T', ' ').replace(/Z$/, '').replace(/\.000$/, '').replace(/:00$/, '') : formatNumber(v);
}

export function buildLine(table: Table, input: LineSettings): EChartsOption {
  const r = resolveSettings<LineSettings, 'maxPoints' | 'zoom'>(table, input);
  const s = r.settings;
  const t = texts(s.locale);
  const xCol = r.column('x')!;
  const yCols = r.columns('y');
  const range = checkRange(s.xRange);
  const x = numbersOf(xCol);
  const { order, min, max } = orderByX(x, range);
  const budget = s.maxPoints > 0 ? s.maxPoints : Math.max(100, Math.round(s.width));
  const datasets: { dimensions: string[]; source: number[][] }[] = [];
  let largest = 0;
  for (const yCol of yCols) {
    const y = numbersOf(yCol);
    const xs = new Float64Array(order.length);
    const ys = new Float64Array(order.length);
    let m = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      const v = y[i]!;
      if (!Number.isFinite(v)) continue;
      xs[m] = x[i]!;
      ys[m] = v;
      m++;
    }
    largest = Math.max(largest, m);
    const keep = lttbIndices(xs.subarray(0, m), ys.subarray(0, m), budget);
    datasets.push({ dimensions: [xCol.name, yCol.name], source: Array.from(keep, (j) => [xs[j]!, ys[j]!]) });
  }
  if (largest === 0 && (!range || Number.isNaN(min))) throw new FitplotError({ code: 'NOT_ENOUGH_DATA', message: `Line chart: no row has values for '${xCol.name}' and ${yCols.map((c) => `'${c.name}'`).join(', ')}.`, hint: 'Choose columns with data in the same rows.' });
  const notes = [
    ...(range ? [t.range(formatX(range[0], xCol.type === 'datetime'), formatX(range[1], xCol.type === 'datetime'))] : []),
    largest > budget ? t.downsampled(formatCount(largest), formatCount(budget)) : t.points(formatCount(largest)),
  ];
  const title = s.title ?? `${yCols.map((c) => c.name).join(', ')} ${t.vs} ${xCol.name}`;
  const option = baseOption({ title, subtitle: [s.subtitle, ...notes], theme: s.theme, locale: s.locale, legend: yCols.length > 1 });
  option.useUTC = true;
  option.dataset = datasets;
  option.series = yCols.map((c, k): LineSeriesOption => ({
    type: 'line',
    name: c.name,
    datasetIndex: k,
    encode: { x: 0, y: 1 },
    showSymbol: false,
    lineStyle: { width: 1.5 },
  }));
  option.tooltip = { trigger: 'axis', confine: true };
  option.xAxis = axis(s.theme, xCol.type === 'datetime' ? 'time' : 'value', xCol.name, 'x');
  // Zoomed: the axis keeps the whole series' extent and the zoom window sits on the range, so the
  // slider still shows where the range lies and zooming out asks for the wider range again.
  if (range && Number.isFinite(min)) Object.assign(option.xAxis, { min, max });
  option.yAxis = axis(s.theme, 'value', yCols.length === 1 ? yCols[0]!.name : '', 'y');
  if (s.zoom) {
    const zoomWindow = range ? { startValue: range[0], endValue: range[1] } : {};
    option.dataZoom = [
      { type: 'inside', xAxisIndex: 0, ...zoomWindow },
      { type: 'slider', xAxisIndex: 0, height: 18, bottom: 8, showDetail: false, ...zoomWindow },
    ];
    option.grid = { ...(option.grid as object), bottom: 40 };
  }
  return option;
}
