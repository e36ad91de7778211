/**
 * ECharts options for the statistics view, from the engine's describe output: a histogram with
 * its fitted normal curve (density scaled to counts: n · binWidth · φ((x−μ)/σ)/σ) and the
 * correlation heatmap. Display-only; every number comes from the engine.
 */
import type { ColumnDescription, TableDescription } from '../../../src/stats/describe';
import type { EChartsOption } from '../../components/echarts';

function normalPdf(x: number, mu: number, sigma: number): number {
  const z = (x - mu) / sigma;
  return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
}

const short = (v: number) => (Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-2 && v !== 0) ? v.toExponential(1) : String(+v.toPrecision(3)));

export function histogramOption(column: ColumnDescription, accent: string): EChartsOption | null {
  const h = column.histogram;
  if (!h || h.counts.length === 0) return null;
  const centres = h.counts.map((_, i) => (h.edges[i]! + h.edges[i + 1]!) / 2);
  const width = h.edges[1]! - h.edges[0]!;
  const n = h.counts.reduce((a, b) => a + b, 0);
  const mu = column.normal?.mu;
  const sigma = column.normal?.sigma;
  const curve =
    mu != null && sigma != null && sigma > 0
      ? Array.from({ length: 61 }, (_, i) => {
          const x = h.edges[0]! + ((h.edges.at(-1)! - h.edges[0]!) * i) / 60;
          return [x, n * width * normalPdf(x, mu, sigma)];
        })
      : [];
  return {
    animation: false,
    backgroundColor: 'transparent',
    grid: { left: 36, right: 8, top: 8, bottom: 22 },
    xAxis: { type: 'value', min: h.edges[0], max: h.edges.at(-1), axisLabel: { fontSize: 10, formatter: short }, splitLine: { show: false } },
    yAxis: { type: 'value', axisLabel: { fontSize: 10 }, splitNumber: 3 },
    tooltip: { trigger: 'axis' },
    series: [
      { type: 'bar', data: centres.map((c, i) => [c, h.counts[i]]), barWidth: '95%', itemStyle: { color: accent, opacity: 0.6 }, barCategoryGap: 0 },
      ...(curve.length ? [{ type: 'line' as const, data: curve, showSymbol: false, smooth: true, lineStyle: { color: '#e4572e', width: 1.5 } }] : []),
    ],
  };
}

export function correlationOption(correlation: TableDescription['correlation'], dark: boolean): EChartsOption | null {
  const names = correlation.columns;
  if (names.length < 2) return null;
  const data: [number, number, number | null][] = [];
  correlation.pearson.forEach((row, i) => row.forEach((r, j) => data.push([j, i, r === null ? null : +r.toFixed(2)])));
  const text = dark ? '#e6e9ee' : '#1d2330';
  return {
    animation: false,
    backgroundColor: 'transparent',
    tooltip: { formatter: (p: unknown) => {
      const v = (p as { value: [number, number, number | null] }).value;
      return `${names[v[1]]} × ${names[v[0]]}: ${v[2] ?? '–'}`;
    } },
    grid: { left: 150, right: 70, top: 10, bottom: 120 },
    xAxis: { type: 'category', data: names, axisLabel: { rotate: 45, fontSize: 11, color: text, width: 120, overflow: 'truncate' } },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { fontSize: 11, color: text, width: 140, overflow: 'truncate' } },
    visualMap: { min: -1, max: 1, calculable: true, orient: 'vertical', right: 0, top: 'middle', inRange: { color: ['#2166ac', '#f7f7f7', '#b2182b'] }, textStyle: { color: text } },
    series: [{ type: 'heatmap', data, label: { show: names.length <= 12, fontSize: 10 } }],
  };
}

/** The per-column numbers as TSV (Excel, Sheets and Numbers paste it as a table). */
export function describeToTsv(description: TableDescription): string {
  // missing = empty cells only; invalid cells (unreadable as the column's type) have their own column.
  const header = ['column', 'type', 'count', 'missing', 'invalid', 'nan', 'infinite', 'mean', 'std', 'min', 'q1', 'median', 'q3', 'max', 'skewness', 'kurtosis', 'jarque_bera_p', 'dagostino_p', 'median_interval_ms', 'gaps', 'distinct', 'mode'];
  const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\n\r]/g, ' '));
  const lines = description.columns.map((c) =>
    [
      c.name, c.type, c.count, c.missing - c.invalid, c.invalid, c.nan, c.infinite, c.mean, c.std, c.min, c.quantiles?.['0.25'], c.quantiles?.['0.5'], c.quantiles?.['0.75'], c.max,
      c.skewness, c.kurtosis, c.normal?.jarqueBera?.pValue, c.normal?.dagostino?.pValue, c.datetime?.medianInterval, c.datetime?.gapCount, c.distinct, c.mode,
    ].map(cell).join('\t'),
  );
  return [header.join('\t'), ...lines].join('\n');
}
