/**
 * The series and axes of a line chart. Several y columns (sensors with different units) share one
 * axis, take a second axis on the right (`twoAxes`: the first column left, the others right), or
 * get a panel each over one shared time axis (`panels`, small multiples; zoom moves them together).
 * Time axes label a tick with the date where the date changes and with the time of day elsewhere.
 */
import type { EChartsOption, LineSeriesOption, XAXisComponentOption, YAXisComponentOption } from 'echarts';
import { axis, themeOf } from './base';
import type { LineSettings } from './line';
import type { ThemeName } from './settings';

/** ECharts time-axis templates by tick level: the date at a day boundary, the time within a day. */
export const TIME_LABELS = {
  year: '{yyyy}',
  month: '{yyyy}-{MM}',
  day: '{yyyy}-{MM}-{dd}',
  hour: '{HH}:{mm}',
  minute: '{HH}:{mm}',
  second: '{HH}:{mm}:{ss}',
  millisecond: '{HH}:{mm}:{ss}.{SSS}',
} as const;

export interface LineLayoutInput {
  readonly settings: Required<Pick<LineSettings, 'layout' | 'zoom' | 'height'>> & { readonly theme: ThemeName };
  readonly xName: string;
  readonly datetime: boolean;
  readonly yNames: readonly string[];
  /** Per y column: drawn as a min–max band with its mean (dataset [x, min, max − min, mean]) or raw ([x, y]). */
  readonly enveloped: readonly boolean[];
  /** The whole series' x extent when zoomed (the axis keeps it, so the slider shows where the range lies). */
  readonly extent: { readonly min: number; readonly max: number } | null;
}

/**
 * One y column's series. Ids name the role and the column's index (`band-base:1`, `band:1`,
 * `line:1`) so a front end that swaps the palette can colour a band like its line.
 */
function seriesOf(
  k: number,
  name: string,
  enveloped: boolean,
  color: string,
  axes: { xAxisIndex: number; yAxisIndex: number },
): LineSeriesOption[] {
  const line: LineSeriesOption = {
    id: `line:${k}`,
    type: 'line',
    name,
    datasetIndex: k,
    encode: { x: 0, y: enveloped ? 3 : 1 },
    showSymbol: false,
    lineStyle: { width: enveloped ? 1.2 : 1.5, color },
    itemStyle: { color },
    ...axes,
  };
  if (!enveloped) return [line];
  // The band: an invisible line at the minimum with the range stacked on it and filled.
  const hidden = { showSymbol: false, silent: true, lineStyle: { opacity: 0 }, stack: `band:${k}`, ...axes } as const;
  return [
    { id: `band-base:${k}`, type: 'line', name, datasetIndex: k, encode: { x: 0, y: 1 }, itemStyle: { color }, ...hidden },
    {
      id: `band:${k}`,
      type: 'line',
      name,
      datasetIndex: k,
      encode: { x: 0, y: 2 },
      itemStyle: { color },
      areaStyle: { color, opacity: 0.28 },
      ...hidden,
    },
    line,
  ];
}

function xAxisOf(input: LineLayoutInput, gridIndex: number, labels: boolean): XAXisComponentOption {
  const x = axis(input.settings.theme, input.datetime ? 'time' : 'value', labels ? input.xName : '', 'x');
  const axisLabel = { ...(x.axisLabel as object), show: labels, ...(input.datetime && { formatter: { ...TIME_LABELS } }) };
  return { ...x, gridIndex, ...(input.extent ?? {}), axisLabel } as XAXisComponentOption;
}

export function layoutLines(option: EChartsOption, input: LineLayoutInput): void {
  const palette = themeOf(input.settings.theme).palette;
  const colour = (k: number) => palette[k % palette.length]!;
  const bottom = input.settings.zoom ? 40 : 16;
  const { yNames, enveloped } = input;
  if (input.settings.layout === 'panels' && yNames.length > 1) {
    const top = (option.grid as { top: number }).top;
    const gapBetween = 14;
    const each = (input.settings.height - top - bottom - 34 - gapBetween * (yNames.length - 1)) / yNames.length;
    option.grid = yNames.map((_, k) => ({ left: 72, right: 24, top: top + k * (each + gapBetween), height: Math.max(20, each) }));
    option.xAxis = yNames.map((_, k) => xAxisOf(input, k, k === yNames.length - 1));
    option.yAxis = yNames.map((name, k): YAXisComponentOption => ({
      ...axis(input.settings.theme, 'value', name, 'y'),
      gridIndex: k,
      splitNumber: 3,
    }));
    option.series = yNames.flatMap((name, k) => seriesOf(k, name, enveloped[k]!, colour(k), { xAxisIndex: k, yAxisIndex: k }));
    return;
  }
  option.grid = { ...(option.grid as object), bottom };
  option.xAxis = xAxisOf(input, 0, true);
  if (input.settings.layout === 'twoAxes' && yNames.length > 1) {
    const right = {
      ...axis(input.settings.theme, 'value', yNames.slice(1).join(', '), 'y'),
      position: 'right',
      splitLine: { show: false },
    } as YAXisComponentOption;
    option.yAxis = [axis(input.settings.theme, 'value', yNames[0]!, 'y'), right];
    option.series = yNames.flatMap((name, k) =>
      seriesOf(k, name, enveloped[k]!, colour(k), { xAxisIndex: 0, yAxisIndex: k === 0 ? 0 : 1 }),
    );
    return;
  }
  option.yAxis = axis(input.settings.theme, 'value', yNames.length === 1 ? yNames[0]! : '', 'y');
  option.series = yNames.flatMap((name, k) => seriesOf(k, name, enveloped[k]!, colour(k), { xAxisIndex: 0, yAxisIndex: 0 }));
}
