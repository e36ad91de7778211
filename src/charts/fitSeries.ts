/** The fitted straight line as a two-point line series, named with its equation and R² (shown in the legend). */
import type { LineSeriesOption } from 'echarts';
import { formatNumber } from './format';
import type { LineFit } from './linearFit';
import type { Locale } from './settings';

export function equationText(fit: LineFit): string {
  const sign = fit.intercept < 0 ? '-' : '+';
  return `y = ${formatNumber(fit.slope)}x ${sign} ${formatNumber(Math.abs(fit.intercept))} (R² = ${fit.r2.toFixed(3)})`;
}

/** `axisIndex` picks the value axes (1 in density mode, where axes 0 are the hidden bin axes). */
export function fitLineSeries(fit: LineFit, locale: Locale, color: string, axisIndex: number): LineSeriesOption {
  const name = `${locale === 'ko' ? '적합선' : 'fit'}: ${equationText(fit)}`;
  return {
    type: 'line',
    name,
    xAxisIndex: axisIndex,
    yAxisIndex: axisIndex,
    data: [
      [fit.xMin, fit.intercept + fit.slope * fit.xMin],
      [fit.xMax, fit.intercept + fit.slope * fit.xMax],
    ],
    showSymbol: false,
    lineStyle: { color, width: 2, type: 'dashed' },
    itemStyle: { color },
    tooltip: { show: false },
    z: 5,
  };
}
