/**
 * Line / time series: rows ordered by x (sorted once when the file is not); each y column drawn
 * raw when its points fit the width, else as a min–max band per pixel column with the mean over
 * it (timeEnvelope.ts); lines break at gaps longer than gapFactor × the median x step. Several y
 * columns share one axis, take a second (right) axis, or get a panel each over one time axis
 * (lineLayout.ts). With `xRange` only the rows in that x range are drawn: the app sends the zoom
 * window there, so zooming in far enough shows the raw readings.
 * The line chart type in one module: settings, spec, CLI flags and builder (listed in registry.ts).
 */
import type { EChartsOption } from 'echarts';
import { FitplotError } from '../table/errors';
import type { Table } from '../table/types';
import { baseOption } from './base';
import { numbersOf } from './columns';
import { formatCount, formatNumber } from './format';
import { texts } from './i18n';
import { envelopeRows, medianStep, rawRows } from './timeEnvelope';
import { layoutLines } from './lineLayout';
import type { CommonSettings } from './settings';
import { resolveSettings } from './validate';
import type { ChartType } from './chartType';
import { LIST_FLAG, VALUE_FLAG } from './chartType';
import { NUMERIC, ORDERED } from './spec';

export interface LineSettings extends CommonSettings {
  readonly kind: 'line';
  /** Number or datetime column; rows are sorted by it when needed. */
  readonly x: string;
  /** One line per column. */
  readonly y: readonly string[];
  /** Pixel columns per line: more points than this draw as a min–max band with the mean; 0 uses the chart width. */
  readonly maxPoints?: number;
  readonly zoom?: boolean;
  /** Break the line where x steps more than gapFactor × the median step (0: never break). */
  readonly gapFactor?: number;
  /** Several y columns: one axis, a second axis on the right, or a panel each over one x axis. */
  readonly layout?: 'oneAxis' | 'twoAxes' | 'panels';
  /**
   * Visible x range [from, to] (inclusive) in the x column's units, epoch ms for datetime: only
   * rows inside it are drawn, so zooming in shows the real data. Whole series when absent.
   */
  readonly xRange?: readonly [number, number];
}

export const lineChart: ChartType<LineSettings> = {
  spec: {
    kind: 'line',
    label: 'Line / time series',
    axes: true,
    roles: [
      { key: 'x', label: 'X / time', required: true, types: ORDERED },
      { key: 'y', label: 'Y', required: true, types: NUMERIC, multiple: true },
    ],
    options: [
      { key: 'maxPoints', kind: 'number', default: 0, min: 0, max: 20_000, integer: true },
      { key: 'zoom', kind: 'boolean', default: true },
      { key: 'gapFactor', kind: 'number', default: 5, min: 0, max: 10_000, integer: false },
      { key: 'layout', kind: 'enum', default: 'oneAxis', values: ['oneAxis', 'twoAxes', 'panels'] },
    ],
  },
  build: buildLine,
  cli: {
    flags: { x: VALUE_FLAG, y: LIST_FLAG },
    usage: '--x COL --y COL [--y COL …]',
    settings(read) {
      const x = read.required('x');
      const ys = read.list('y');
      return { x, y: ys.length > 0 ? ys : [read.required('y')] };
    },
  },
};

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
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((v) => typeof v === 'number' && Number.isFinite(v)) ||
    !((value[0] as number) < (value[1] as number))
  ) {
    throw new FitplotError({
      code: 'BAD_OPTION',
      message: `Line / time series: option 'xRange' must be two finite numbers [from, to] with from < to; got ${JSON.stringify(value)}.`,
      hint: "Give the visible x range in the x column's units (epoch milliseconds for dates), or leave it out for the whole series.",
    });
  }
  return [value[0] as number, value[1] as number];
}

/** A range end as the subtitle shows it: ISO time (UTC, like the axis) for dates, else a short number. */
function formatX(v: number, datetime: boolean): string {
  return datetime
    ? new Date(v)
        .toISOString()
        .replace('T', ' ')
        .replace(/Z$/, '')
        .replace(/\.000$/, '')
        .replace(/:00$/, '')
    : formatNumber(v);
}

export function buildLine(table: Table, input: LineSettings): EChartsOption {
  const r = resolveSettings<LineSettings, 'maxPoints' | 'zoom' | 'gapFactor' | 'layout'>(table, input, lineChart.spec);
  const s = r.settings;
  const t = texts(s.locale);
  const xCol = r.column('x')!;
  const yCols = r.columns('y');
  const range = checkRange(s.xRange);
  const x = numbersOf(xCol);
  const { order, min, max } = orderByX(x, range);
  const budget = s.maxPoints > 0 ? s.maxPoints : Math.max(100, Math.round(s.width));
  const datasets: { dimensions: string[]; source: (number | null)[][] }[] = [];
  const enveloped: boolean[] = [];
  let largest = 0;
  let breaks = 0;
  let step: number | null = null;
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
    const median = medianStep(xs, m);
    step ??= median;
    const gap = s.gapFactor > 0 && median !== null ? s.gapFactor * median : Infinity;
    if (m > budget) {
      const lo = range ? range[0] : xs[0]!;
      const hi = range ? range[1] : xs[m - 1]!;
      const band = envelopeRows(xs, ys, m, budget, lo, hi, gap);
      breaks += band.breaks;
      datasets.push({ dimensions: [xCol.name, 'min', 'range', yCol.name], source: band.rows });
      enveloped.push(true);
    } else {
      const raw = rawRows(xs, ys, m, gap);
      breaks += raw.breaks;
      datasets.push({ dimensions: [xCol.name, yCol.name], source: raw.rows });
      enveloped.push(false);
    }
  }
  if (largest === 0 && (!range || Number.isNaN(min)))
    throw new FitplotError({
      code: 'NOT_ENOUGH_DATA',
      message: `Line chart: no row has values for '${xCol.name}' and ${yCols.map((c) => `'${c.name}'`).join(', ')}.`,
      hint: 'Choose columns with data in the same rows.',
    });
  const datetime = xCol.type === 'datetime';
  const notes = [
    ...(range ? [t.range(formatX(range[0], datetime), formatX(range[1], datetime))] : []),
    enveloped.includes(true) ? t.envelope(formatCount(largest), formatCount(budget)) : t.points(formatCount(largest)),
    ...(breaks > 0 && step !== null
      ? [t.gapBreaks(formatCount(breaks), s.gapFactor, datetime ? formatDuration(step) : formatNumber(step))]
      : []),
  ];
  const title = s.title ?? `${yCols.map((c) => c.name).join(', ')} ${t.vs} ${xCol.name}`;
  const option = baseOption({
    title,
    subtitle: [s.subtitle, ...notes],
    theme: s.theme,
    locale: s.locale,
    legend: yCols.length > 1 && s.layout !== 'panels',
  });
  option.useUTC = true;
  option.dataset = datasets;
  option.tooltip = { trigger: 'axis', confine: true };
  layoutLines(option, {
    settings: s,
    xName: xCol.name,
    datetime,
    yNames: yCols.map((c) => c.name),
    enveloped,
    extent: range && Number.isFinite(min) ? { min, max } : null,
  });
  if (s.zoom) {
    const zoomWindow = range ? { startValue: range[0], endValue: range[1] } : {};
    const xAxisIndex = Array.isArray(option.xAxis) ? option.xAxis.map((_, i) => i) : 0;
    option.dataZoom = [
      { type: 'inside', xAxisIndex, ...zoomWindow },
      { type: 'slider', xAxisIndex, height: 18, bottom: 8, showDetail: false, ...zoomWindow },
    ];
  }
  return option;
}

/** A step in ms as the subtitle shows it: "1 s", "30 min", "250 ms". */
function formatDuration(ms: number): string {
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['min', 60_000],
    ['s', 1000],
  ] as const)
    if (ms >= size) return `${formatNumber(ms / size)} ${unit}`;
  return `${formatNumber(ms)} ms`;
}
