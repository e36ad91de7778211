/**
 * The live fit chart: a sample of a run's training rows with the model's current fitted line
 * (curve, for polynomial terms of one input) or, for a binary classifier on two inputs, its decision
 * boundary — redrawn as the weights stream in while the fit trains, and from the final coefficients
 * once it is done. Everything is in the table's units (the fit undoes the scaling before sending).
 * The axes are fixed to the rows' box, so the view stays still while the line moves across it.
 */
import type { EChartsOption, LineSeriesOption, ScatterSeriesOption } from 'echarts';
import { axis, baseOption, themeOf } from './base';
import { formatCount } from './format';
import { legendBelowTitle } from './legendRow';
import { extent } from './modelChartBase';
import type { ModelChartLook } from './modelChartBase';

/** A sample of training rows (src/worker/livePoints.ts). */
export interface LivePoints {
  readonly target: string;
  /** Model input names (one or two), in the weights' order. */
  readonly inputs: readonly string[];
  /** Per input, the sampled rows' values in the table's units. */
  readonly x: readonly (readonly number[])[];
  /** The target (regression) or the class index into `classes` (classification). */
  readonly y: readonly number[];
  readonly classes?: readonly string[];
  /** Training rows the sample was drawn from. */
  readonly total: number;
}

export interface LiveFitInput {
  readonly points: LivePoints;
  /**
   * The model in the table's units: one weight per input, or for one input the weights of x, x², …
   * (polynomial terms in order). Absent before the first epoch: the rows alone.
   */
  readonly line?: { readonly weights: readonly number[]; readonly intercept: number };
  /** Binary classification: the probability at which the class changes (default 0.5). */
  readonly threshold?: number;
}

export type Box = { readonly x: readonly [number, number]; readonly y: readonly [number, number] };

/** Samples along a polynomial curve; a straight line needs only its two ends. */
const CURVE_SAMPLES = 120;

/** The series id of the line or boundary (tests and the app read its ends from the option). */
export const FIT_LINE_ID = 'fit-line';
export type FitLineId = typeof FIT_LINE_ID;

/** The rows' range widened by 5% and rounded outwards to a tenth of its order of magnitude, for tidy axis ends. */
export function paddedRange(values: readonly number[]): [number, number] {
  const [lo, hi] = extent(values);
  if (!(hi > lo)) return [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.05;
  const step = 10 ** (Math.floor(Math.log10(hi - lo)) - 1);
  return [Math.floor((lo - pad) / step) * step, Math.ceil((hi + pad) / step) * step];
}

/** y = b + Σ w_k·x^k over the box's x range: two ends for a line, CURVE_SAMPLES points for a curve. */
export function regressionLine(weights: readonly number[], intercept: number, [x0, x1]: readonly [number, number]): number[][] {
  const at = (x: number) => weights.reduce((s, w, k) => s + w * x ** (k + 1), intercept);
  const n = weights.length === 1 ? 2 : CURVE_SAMPLES;
  return Array.from({ length: n }, (_, i) => {
    const x = x0 + ((x1 - x0) * i) / (n - 1);
    return [x, at(x)];
  });
}

/**
 * The part of the line w1·x + w2·y + b = c inside the box, as its two ends; null when the line
 * misses the box (or has no direction: both weights 0).
 */
export function clipBoundary(w1: number, w2: number, b: number, c: number, box: Box): number[][] | null {
  const [x0, x1] = box.x;
  const [y0, y1] = box.y;
  const ends: number[][] = [];
  const add = (x: number, y: number) => {
    if (
      x >= x0 - 1e-9 * Math.abs(x1 - x0) &&
      x <= x1 + 1e-9 * Math.abs(x1 - x0) &&
      y >= y0 - 1e-9 * Math.abs(y1 - y0) &&
      y <= y1 + 1e-9 * Math.abs(y1 - y0)
    )
      ends.push([x, y]);
  };
  if (w2 !== 0) for (const x of [x0, x1]) add(x, (c - b - w1 * x) / w2);
  if (w1 !== 0) for (const y of [y0, y1]) add((c - b - w2 * y) / w1, y);
  // A line through a corner is found twice; the two ends are the farthest pair.
  let best: number[][] | null = null;
  let far = 0;
  for (let i = 0; i < ends.length; i++) {
    for (let j = i + 1; j < ends.length; j++) {
      const d = Math.hypot(ends[i]![0]! - ends[j]![0]!, ends[i]![1]! - ends[j]![1]!);
      if (d > far) [far, best] = [d, [ends[i]!, ends[j]!]];
    }
  }
  return best;
}

export function buildLiveFit(input: LiveFitInput, l: ModelChartLook = {}): EChartsOption {
  const theme = l.theme ?? 'light';
  const ko = (l.locale ?? 'en') === 'ko';
  const t = themeOf(theme);
  const { points, line } = input;
  const classes = points.classes;
  const n = points.y.length;
  const curve = !classes && line !== undefined && line.weights.length > 1;
  const title = classes
    ? ko
      ? '결정 경계'
      : 'Decision boundary'
    : curve
      ? ko
        ? '적합 곡선'
        : 'Fitted curve'
      : ko
        ? '적합선'
        : 'Fitted line';
  const sample =
    n < points.total
      ? ko
        ? `훈련 행 ${formatCount(points.total)}개 중 ${formatCount(n)}개 표본`
        : `sample of ${formatCount(n)} of ${formatCount(points.total)} training rows`
      : ko
        ? `훈련 행 ${formatCount(n)}개`
        : `${formatCount(n)} training rows`;
  // Classes are named by their labels alone (a short legend); the subtitle says which column they are.
  const colour = classes ? (ko ? `색: ${points.target}` : `colour: ${points.target}`) : undefined;
  const option = baseOption({
    title: l.title ?? title,
    subtitle: [l.subtitle, sample, colour],
    theme,
    locale: l.locale ?? 'en',
    legend: true,
  });
  legendBelowTitle(option, theme);
  const xs = points.x[0]!;
  const box: Box = { x: paddedRange(xs), y: paddedRange(classes ? points.x[1]! : points.y) };
  const series: (ScatterSeriesOption | LineSeriesOption)[] = [];
  const scatter = (name: string, data: number[][], color: string): ScatterSeriesOption => ({
    type: 'scatter',
    name,
    data,
    symbolSize: 5,
    itemStyle: { color, opacity: 0.6 },
  });
  if (classes) {
    classes.forEach((label, c) => {
      const data: number[][] = [];
      points.y.forEach((k, i) => (k === c ? data.push([xs[i]!, points.x[1]![i]!]) : undefined));
      series.push(scatter(label, data, t.palette[c % t.palette.length]!));
    });
  } else {
    series.push(
      scatter(
        ko ? '훈련 행' : 'training rows',
        xs.map((x, i) => [x, points.y[i]!]),
        t.palette[0]!,
      ),
    );
  }
  const ends = !line
    ? null
    : classes
      ? clipBoundary(line.weights[0]!, line.weights[1]!, line.intercept, logit(input.threshold ?? 0.5), box)
      : regressionLine(line.weights, line.intercept, box.x);
  // The line series is there even before it can be drawn, so the legend does not jump when it appears.
  series.push({
    id: FIT_LINE_ID,
    type: 'line',
    name: classes ? (ko ? '결정 경계' : 'boundary') : curve ? (ko ? '적합 곡선' : 'fitted curve') : ko ? '적합선' : 'fitted line',
    data: ends ?? [],
    showSymbol: false,
    lineStyle: { color: classes ? t.text : t.palette[3]!, width: 2.5 },
    itemStyle: { color: classes ? t.text : t.palette[3]! },
    tooltip: { show: false },
    silent: true,
    clip: true,
    z: 3,
  });
  option.series = series;
  option.xAxis = { ...axis(theme, 'value', points.inputs[0]!, 'x'), min: box.x[0], max: box.x[1], scale: false };
  option.yAxis = { ...axis(theme, 'value', classes ? points.inputs[1]! : points.target, 'y'), min: box.y[0], max: box.y[1], scale: false };
  return option;
}

function logit(p: number): number {
  return Math.log(p / (1 - p));
}
