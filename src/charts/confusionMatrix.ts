/**
 * The confusion matrix of a classifier: actual classes down, predicted across. Cells are coloured
 * by the row share so that rare classes read as clearly as common ones, and labelled with counts.
 */
import type { EChartsOption, HeatmapSeriesOption } from 'echarts';
import { axis, baseOption, gridBox, themeOf } from './base';
import { formatCount } from './format';
import { resolvedLook } from './modelChartBase';
import type { ModelChartLook } from './modelChartBase';

export interface ConfusionInput {
  readonly labels: readonly string[];
  /** matrix[actual][predicted] counts. */
  readonly matrix: readonly (readonly number[])[];
}

/** Cells coloured by the share of each actual class (row-normalised), labelled with the count. */
export function buildConfusionMatrix(input: ConfusionInput, l: ModelChartLook = {}): EChartsOption {
  const { theme, locale } = resolvedLook(l);
  const t = themeOf(theme);
  const koL = locale === 'ko';
  const option = baseOption({ title: l.title ?? (koL ? '혼동 행렬' : 'Confusion matrix'), subtitle: [l.subtitle], theme, locale });
  const source: (number | string)[][] = [];
  input.matrix.forEach((row, a) => {
    const total = row.reduce((s, v) => s + v, 0);
    row.forEach((v, p) => source.push([p, a, total > 0 ? v / total : 0, formatCount(v)]));
  });
  option.dataset = { dimensions: ['predicted', 'actual', 'share', 'count'], source };
  const heat: HeatmapSeriesOption = {
    type: 'heatmap',
    encode: { x: 0, y: 1, value: 2, tooltip: [3, 2] },
    label: { show: true, formatter: '{@[3]}', color: t.text, textBorderColor: t.background, textBorderWidth: 2 },
    itemStyle: { borderColor: t.background, borderWidth: 1 },
  };
  option.series = [heat];
  option.xAxis = { ...axis(theme, 'category', koL ? '예측' : 'predicted', 'x'), data: [...input.labels] };
  option.yAxis = { ...axis(theme, 'category', koL ? '실제' : 'actual', 'y'), data: [...input.labels], inverse: true };
  option.visualMap = { type: 'continuous', min: 0, max: 1, dimension: 2, show: false, inRange: { color: [t.background, t.palette[0]!] } };
  option.grid = gridBox(72, 32);
  return option;
}
