/**
 * Training curves: the loss per epoch of one or more fits overlaid (train solid, validation dashed
 * in the same colour), so runs can be compared at a glance. Thinned curves carry their epochs.
 */
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { axis, baseOption, themeOf } from './base';
import { legendBelowTitle } from './legendRow';
import { pairs, resolvedLook } from './modelChartBase';
import type { ModelChartLook } from './modelChartBase';

export interface TrainingRun {
  readonly name: string;
  /** Loss per epoch (epoch k + 1 at index k, unless `epochs` says which epochs these are). */
  readonly train: readonly number[];
  /** The epoch of each value when the curve is thinned (a long fit keeps a bounded number of points). */
  readonly epochs?: readonly number[];
  readonly validation?: readonly number[];
}

export function buildTrainingCurves(runs: readonly TrainingRun[], l: ModelChartLook = {}): EChartsOption {
  const { theme, locale } = resolvedLook(l);
  const ko = locale === 'ko';
  const palette = themeOf(theme).palette;
  const option = baseOption({
    title: l.title ?? (ko ? '학습 곡선 (손실)' : 'Training curves (loss)'),
    subtitle: [l.subtitle],
    theme,
    locale,
    legend: true,
  });
  legendBelowTitle(option, theme);
  const series: LineSeriesOption[] = [];
  runs.forEach((run, k) => {
    const color = palette[k % palette.length]!;
    const epochs = run.epochs ? [...run.epochs] : run.train.map((_, i) => i + 1);
    series.push({
      type: 'line',
      name: `${run.name} · ${ko ? '훈련' : 'train'}`,
      data: pairs(epochs, [...run.train]),
      showSymbol: false,
      lineStyle: { color, width: 2 },
      itemStyle: { color },
    });
    if (run.validation) {
      series.push({
        type: 'line',
        name: `${run.name} · ${ko ? '검증' : 'validation'}`,
        data: pairs(epochs, [...run.validation]),
        showSymbol: false,
        lineStyle: { color, width: 2, type: 'dashed' },
        itemStyle: { color },
      });
    }
  });
  option.series = series;
  option.tooltip = { trigger: 'axis', confine: true };
  option.xAxis = { ...axis(theme, 'value', ko ? '에포크' : 'epoch', 'x'), minInterval: 1, scale: false, min: 1 };
  option.yAxis = axis(theme, 'value', ko ? '손실' : 'loss', 'y');
  return option;
}
