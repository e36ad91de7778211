/**
 * Regression diagnostics: residuals vs fitted (with the zero line) and predicted vs actual (with
 * the identity line). Both draw every point up to DENSITY_THRESHOLD and a density heatmap beyond
 * it, so a fit on many rows stays readable and quick to draw.
 */
import type { EChartsOption, LineSeriesOption, SeriesOption } from 'echarts';
import { axis, baseOption, themeOf } from './base';
import { densityLayer } from './density';
import { formatCount } from './format';
import { texts } from './i18n';
import { extent, resolvedLook } from './modelChartBase';
import type { ModelChartLook } from './modelChartBase';
import { DENSITY_THRESHOLD } from './spec';

/** Points or, beyond DENSITY_THRESHOLD, density; with an optional reference line through `line`. */
function pointsChart(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  names: [string, string],
  title: string,
  l: ModelChartLook,
  line: number[][],
): EChartsOption {
  const { theme, locale, width, height } = resolvedLook(l);
  const t = themeOf(theme);
  const reference = (axisIndex: number): LineSeriesOption => ({
    type: 'line',
    data: line,
    xAxisIndex: axisIndex,
    yAxisIndex: axisIndex,
    showSymbol: false,
    lineStyle: { color: t.subtext, type: 'dashed', width: 1.5 },
    tooltip: { show: false },
    silent: true,
  });
  if (x.length > DENSITY_THRESHOLD) {
    const layer = densityLayer({ x, y, xName: names[0], yName: names[1], xKind: 'value', theme, width, height });
    const option = baseOption({ title, subtitle: [l.subtitle, layer.note(texts(locale))], theme, locale });
    Object.assign(option, layer.option);
    (option.series as SeriesOption[]).push(reference(1));
    return option;
  }
  const option = baseOption({
    title,
    subtitle: [l.subtitle, `${formatCount(x.length)} ${locale === 'ko' ? '점' : 'points'}`],
    theme,
    locale,
  });
  option.dataset = { dimensions: names, source: Array.from({ length: x.length }, (_, i) => [x[i]!, y[i]!]) };
  option.series = [
    {
      type: 'scatter',
      encode: { x: 0, y: 1 },
      symbolSize: x.length > 20_000 ? 3 : 5,
      itemStyle: { opacity: 0.6 },
      ...(x.length > 5_000 ? { large: true } : {}),
    },
    reference(0),
  ];
  option.xAxis = axis(theme, 'value', names[0], 'x');
  option.yAxis = axis(theme, 'value', names[1], 'y');
  return option;
}

export function buildResiduals(fitted: ArrayLike<number>, residuals: ArrayLike<number>, l: ModelChartLook = {}): EChartsOption {
  const koL = (l.locale ?? 'en') === 'ko';
  const [lo, hi] = extent(fitted);
  return pointsChart(
    fitted,
    residuals,
    koL ? ['적합값', '잔차'] : ['fitted', 'residual'],
    l.title ?? (koL ? '잔차 대 적합값' : 'Residuals vs fitted'),
    l,
    [
      [lo, 0],
      [hi, 0],
    ],
  );
}

export function buildPredictedActual(actual: ArrayLike<number>, predicted: ArrayLike<number>, l: ModelChartLook = {}): EChartsOption {
  const koL = (l.locale ?? 'en') === 'ko';
  const [a0, a1] = extent(actual);
  const [p0, p1] = extent(predicted);
  const lo = Math.min(a0, p0);
  const hi = Math.max(a1, p1);
  return pointsChart(
    actual,
    predicted,
    koL ? ['실제값', '예측값'] : ['actual', 'predicted'],
    l.title ?? (koL ? '예측값 대 실제값' : 'Predicted vs actual'),
    l,
    [
      [lo, lo],
      [hi, hi],
    ],
  );
}
