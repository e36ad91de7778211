/**
 * Line / time series: rows ordered by x (sorted once when the file is not), each y column
 * downsampled with LTTB to about one point per pixel column, with zoom (inside + slider).
 * Missing y values are skipped (the line joins its neighbours). When zoomed in far, the app
 * re-requests the option for the visible x range to get full detail.
 */
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { FitplotError } from '../table/errors';
import type { Table } from '../table/types';
import { axis, baseOption } from './base';
import { numbersOf } from './columns';
import { formatCount } from './format';
import { texts } from './i18n';
import { lttbIndices } from './lttb';
import type { LineSettings } from './settings';
import { resolveSettings } from './validate';

/** Row order by ascending x (finite x only); the identity when x is already sorted. */
export function orderByX(x: Float64Array | Float32Array): Uint32Array {
  let finite = 0;
  let sorted = true;
  let last = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isFinite(v)) continue;
    finite++;
    if (v < last) sorted = false;
    last = v;
  }
  const order = new Uint32Array(finite);
  let k = 0;
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i]!)) order[k++] = i;
  if (!sorted) order.sort((a, b) => x[a]! - x[b]! || a - b);
  return order;
}

export function buildLine(table: Table, input: LineSettings): EChartsOption {
  const r = resolveSettings<LineSettings, 'maxPoints' | 'zoom'>(table, input);
  const s = r.settings;
  const t = texts(s.locale);
  const xCol = r.column('x')!;
  const yCols = r.columns('y');
  const x = numbersOf(xCol);
  const order = orderByX(x);
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
  if (largest === 0) throw new FitplotError({ code: 'NOT_ENOUGH_DATA', message: `Line chart: no row has values for '${xCol.name}' and ${yCols.map((c) => `'${c.name}'`).join(', ')}.`, hint: 'Choose columns with data in the same rows.' });
  const notes = [largest > budget ? t.downsampled(formatCount(largest), formatCount(budget)) : t.points(formatCount(largest))];
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
  option.yAxis = axis(s.theme, 'value', yCols.length === 1 ? yCols[0]!.name : '', 'y');
  if (s.zoom) {
    option.dataZoom = [
      { type: 'inside', xAxisIndex: 0 },
      { type: 'slider', xAxisIndex: 0, height: 18, bottom: 8, showDetail: false },
    ];
    option.grid = { ...(option.grid as object), bottom: 40 };
  }
  return option;
}
