/**
 * Histogram (bins and counts from src/stats: numpy-compatible membership, Freedman–Diaconis
 * bin count with nice edges) with the fitted normal density overlaid, scaled to counts:
 * expected count in a bin of width h ≈ n·h·φ((x − μ)/σ)/σ.
 * The histogram chart type in one module: settings, spec, CLI flags and builder (listed in registry.ts).
 */
import type { BarSeriesOption, EChartsOption, LineSeriesOption, XAXisComponentOption } from 'echarts';
import { histogram } from '../stats/histogram';
import { normalFit, normalPdf } from '../stats/normal';
import { FitplotError } from '../table/errors';
import type { Table } from '../table/types';
import { axis, baseOption, themeOf } from './base';
import { numbersOf } from './columns';
import { formatCount, formatNumber } from './format';
import { texts } from './i18n';
import type { CommonSettings } from './settings';
import { resolveSettings } from './validate';
import type { ChartType } from './chartType';
import { VALUE_FLAG } from './chartType';
import { NUMERIC } from './spec';

export interface HistogramSettings extends CommonSettings {
  readonly kind: 'histogram';
  readonly x: string;
  /** Number of bins; 0 chooses automatically (Freedman–Diaconis / Sturges, from src/stats). */
  readonly bins?: number;
  readonly normalCurve?: boolean;
}

export const histogramChart: ChartType<HistogramSettings> = {
  spec: {
    kind: 'histogram',
    label: 'Histogram',
    axes: true,
    roles: [{ key: 'x', label: 'Value', required: true, types: NUMERIC }],
    options: [
      { key: 'bins', kind: 'number', default: 0, min: 0, max: 1000, integer: true },
      { key: 'normalCurve', kind: 'boolean', default: true },
    ],
  },
  build: buildHistogram,
  cli: {
    flags: { x: VALUE_FLAG, bins: VALUE_FLAG },
    usage: '--x COL [--bins N]',
    settings(read) {
      const x = read.required('x');
      const bins = read.number('bins', 0, 1000);
      return { x, ...(bins !== undefined && { bins }) };
    },
  },
};

/** Points on the normal curve: smooth at any width, a fixed small number of values. */
const CURVE_POINTS = 160;

export function buildHistogram(table: Table, input: HistogramSettings): EChartsOption {
  const r = resolveSettings<HistogramSettings, 'bins' | 'normalCurve'>(table, input, histogramChart.spec);
  const s = r.settings;
  const t = texts(s.locale);
  const theme = themeOf(s.theme);
  const col = r.column('x')!;
  const values = numbersOf(col);
  const h = histogram(values, col.missing, s.bins > 0 ? { bins: s.bins } : {});
  if (h.counts.length === 0)
    throw new FitplotError({
      code: 'NOT_ENOUGH_DATA',
      message: `Histogram: '${col.name}' has no numeric values.`,
      column: col.name,
      hint: 'Choose a column with numbers.',
    });
  const n = h.counts.reduce((a, b) => a + b, 0);
  const edges = h.edges;
  const source = h.counts.map((c, i) => [(edges[i]! + edges[i + 1]!) / 2, c, edges[i]!, edges[i + 1]!]);
  const lo = edges[0]!;
  const hi = edges[edges.length - 1]!;
  const series: (BarSeriesOption | LineSeriesOption)[] = [
    {
      type: 'bar',
      name: t.frequency,
      encode: { x: 0, y: 1, tooltip: [2, 3, 1] },
      barWidth: '100%',
      itemStyle: { color: theme.palette[0], opacity: 0.85, borderColor: theme.background, borderWidth: 0.5 },
    },
  ];
  const notes = [t.points(formatCount(n))];
  const fit = normalFit(values, col.missing);
  if (s.normalCurve && fit.mu !== null && fit.sigma !== null && fit.sigma > 0) {
    const mu = fit.mu;
    // Maximum-likelihood σ, as scipy.stats.norm.fit.
    const sigma = fit.sigma;
    const width = (hi - lo) / h.counts.length;
    const curve: number[][] = [];
    for (let k = 0; k <= CURVE_POINTS; k++) {
      const xk = lo + ((hi - lo) * k) / CURVE_POINTS;
      curve.push([xk, n * width * normalPdf(xk, mu, sigma)]);
    }
    series.push({
      type: 'line',
      name: t.normal(formatNumber(mu), formatNumber(sigma)),
      data: curve,
      showSymbol: false,
      smooth: false,
      lineStyle: { color: theme.palette[1], width: 2 },
      itemStyle: { color: theme.palette[1] },
      tooltip: { show: false },
    });
  }
  const option = baseOption({
    title: s.title ?? t.histogramOf(col.name),
    subtitle: [s.subtitle, ...notes],
    theme: s.theme,
    locale: s.locale,
    legend: series.length > 1,
  });
  option.dataset = { dimensions: ['centre', t.frequency, 'from', 'to'], source };
  option.series = series;
  // Bars fill their bin exactly: a value axis spanning the edges, one band per bin.
  const x = axis(s.theme, 'value', col.name, 'x');
  // The outer edges are rarely round numbers: their labels would crowd the neighbouring ticks.
  option.xAxis = {
    ...x,
    min: lo,
    max: hi,
    scale: false,
    axisLabel: { ...(x.axisLabel as object), showMinLabel: false, showMaxLabel: false },
  } as XAXisComponentOption;
  option.yAxis = { ...axis(s.theme, 'value', t.frequency, 'y'), scale: false };
  return option;
}
