/**
 * Density layer for big scatter plots: 2-D binned counts as a heatmap. ECharts draws cartesian
 * heatmaps only on category axes, so the cells sit on hidden category axes (one category per
 * bin) and visible value/time axes with the same extent overlay them in the same grid — readers
 * get real numeric ticks, and a fitted line can be drawn on the value axes (index 1).
 * Colour encodes log10(count): point densities span orders of magnitude.
 */
import type { EChartsOption, HeatmapSeriesOption, SeriesOption } from 'echarts';
import { axis, gridBox, themeOf } from './base';
import { bin2d } from './bin2d';
import { formatCount } from './format';
import type { Texts } from './i18n';
import type { ThemeName } from './settings';

export interface DensityInput {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly xName: string;
  readonly yName: string;
  readonly xKind: 'value' | 'time';
  readonly theme: ThemeName;
  readonly width: number;
  readonly height: number;
  /** Rows to count (1) or skip (0). */
  readonly keep?: Uint8Array;
}

/** About 5 px per cell, between 20 and 200 cells per axis. */
export function densityBins(pixels: number): number {
  return Math.max(20, Math.min(200, Math.round(pixels / 5)));
}

export function densityLayer(input: DensityInput): { option: EChartsOption; note: (t: Texts) => string } {
  const theme = themeOf(input.theme);
  const bx = densityBins(input.width - 180);
  const by = densityBins(input.height - 160);
  const keep = input.keep;
  const xs = keep ? maskArray(input.x, keep) : input.x;
  const binned = bin2d(xs, input.y, bx, by, true);
  const source: number[][] = [];
  let max = 1;
  for (let iy = 0; iy < by; iy++) {
    for (let ix = 0; ix < bx; ix++) {
      const c = binned.counts[ix + iy * bx]!;
      if (c === 0) continue;
      source.push([ix, iy, c, Math.log10(c)]);
      if (c > max) max = c;
    }
  }
  const hidden = (count: number) => ({ type: 'category' as const, data: Array.from({ length: count }, (_, i) => String(i)), show: false });
  const xValue = {
    ...axis(input.theme, input.xKind, input.xName, 'x'),
    min: binned.xEdges[0]!,
    max: binned.xEdges[bx]!,
    scale: false,
    position: 'bottom' as const,
  };
  const yValue = {
    ...axis(input.theme, 'value', input.yName, 'y'),
    min: binned.yEdges[0]!,
    max: binned.yEdges[by]!,
    scale: false,
    position: 'left' as const,
  };
  const heat: HeatmapSeriesOption = {
    type: 'heatmap',
    name: 'density',
    datasetIndex: 0,
    xAxisIndex: 0,
    yAxisIndex: 0,
    encode: { x: 0, y: 1, value: 3, tooltip: [2] },
    progressive: 0,
  };
  const option: EChartsOption = {
    dataset: [{ dimensions: ['xBin', 'yBin', 'count', 'log10 count'], source }],
    xAxis: [hidden(bx), xValue],
    yAxis: [hidden(by), yValue],
    series: [heat] as SeriesOption[],
    visualMap: {
      type: 'continuous',
      seriesIndex: 0,
      dimension: 3,
      min: 0,
      max: Math.max(Math.log10(max), 1e-9),
      orient: 'vertical',
      right: 12,
      top: 'middle',
      itemHeight: 160,
      text: [formatCount(max), '1'],
      textStyle: { color: theme.subtext },
      inRange: { color: [...theme.sequential] },
      calculable: false,
    },
    grid: gridBox(84, 96),
  };
  return { option, note: (t) => t.density(formatCount(binned.total), bx, by) };
}

function maskArray(values: ArrayLike<number>, keep: Uint8Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = keep[i] ? values[i]! : NaN;
  return out;
}
