/**
 * The Statistics view's small histogram per column, with its fitted normal curve scaled to counts
 * (n · binWidth · φ((x−μ)/σ)/σ). Built here from the engine's column description so its colours
 * follow the chart themes like every other chart; every number comes from src/stats.
 */
import type { EChartsOption, XAXisComponentOption } from 'echarts';
import { normalPdf } from '../stats/normal';
import type { ColumnDescription } from '../stats/descriptionSchema';
import { axis, themeOf } from './base';
import type { ThemeName } from './settings';

/** Points of the normal curve across the histogram's range: smooth at card size. */
const CURVE_POINTS = 61;

/** Short tick labels for a ~300 px card: 3 significant digits, exponents outside [0.01, 10⁴). */
function shortNumber(v: number): string {
  return Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-2 && v !== 0) ? v.toExponential(1) : String(+v.toPrecision(3));
}

/** The histogram with its normal curve, or null when the column has no histogram. */
export function columnCardHistogram(column: ColumnDescription, themeName: ThemeName): EChartsOption | null {
  const h = column.histogram;
  if (!h || h.counts.length === 0) return null;
  const theme = themeOf(themeName);
  const lo = h.edges[0]!;
  const hi = h.edges.at(-1)!;
  const width = h.edges[1]! - lo;
  const n = h.counts.reduce((a, b) => a + b, 0);
  const mu = column.normal?.mu;
  const sigma = column.normal?.sigma;
  const curve =
    mu != null && sigma != null && sigma > 0
      ? Array.from({ length: CURVE_POINTS }, (_, i) => {
          const x = lo + ((hi - lo) * i) / (CURVE_POINTS - 1);
          return [x, n * width * normalPdf(x, mu, sigma)];
        })
      : [];
  const x = axis(themeName, 'value', '', 'x');
  const y = axis(themeName, 'value', '', 'y');
  return {
    animation: false,
    backgroundColor: 'transparent',
    grid: { left: 36, right: 8, top: 8, bottom: 22 },
    xAxis: {
      ...x,
      min: lo,
      max: hi,
      scale: false,
      axisLabel: { ...(x.axisLabel as object), fontSize: 10, formatter: shortNumber },
      splitLine: { show: false },
    } as XAXisComponentOption,
    yAxis: { ...y, axisLabel: { ...(y.axisLabel as object), fontSize: 10 }, splitNumber: 3 },
    tooltip: { trigger: 'axis', confine: true },
    series: [
      {
        type: 'bar',
        data: h.counts.map((c, i) => [(h.edges[i]! + h.edges[i + 1]!) / 2, c]),
        barWidth: '95%',
        itemStyle: { color: theme.palette[0], opacity: 0.6 },
      },
      ...(curve.length
        ? [{ type: 'line' as const, data: curve, showSymbol: false, smooth: true, lineStyle: { color: theme.palette[3], width: 1.5 } }]
        : []),
    ],
  };
}
