/**
 * Learning curves (score against training-set size) and validation curves (score against a
 * parameter's value): the train and validation means, each with a ±1 sd band when the spread is
 * known, so over- and under-fitting show as the gap between the two.
 */
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { axis, baseOption, themeOf } from './base';
import { pairs, resolvedLook } from './modelChartBase';
import type { ModelChartLook } from './modelChartBase';

export interface ScoreCurve {
  /** Training-set sizes (learning curve) or parameter values (validation curve). */
  readonly x: readonly number[];
  readonly trainMean: readonly number[];
  readonly trainStd?: readonly number[];
  readonly validationMean: readonly number[];
  readonly validationStd?: readonly number[];
  readonly xLabel: string;
  readonly scoreLabel: string;
  /** Log-scaled x (e.g. a regularisation strength). */
  readonly logX?: boolean;
}

/** Learning curve (x = training size) or validation curve (x = parameter), with ±1 sd bands. */
export function buildScoreCurve(curve: ScoreCurve, l: ModelChartLook = {}): EChartsOption {
  const { theme, locale } = resolvedLook(l);
  const ko = locale === 'ko';
  const palette = themeOf(theme).palette;
  const option = baseOption({
    title: l.title ?? `${curve.scoreLabel} ${ko ? '대' : 'vs'} ${curve.xLabel}`,
    subtitle: [l.subtitle],
    theme,
    locale,
    legend: true,
  });
  const series: LineSeriesOption[] = [];
  const add = (name: string, mean: readonly number[], std: readonly number[] | undefined, color: string, stack: string): void => {
    // Band as a stacked area: a transparent lower edge, then the 2·sd thickness filled.
    const edge = (data: number[], fill: boolean): LineSeriesOption => ({
      type: 'line',
      name,
      data: pairs([...curve.x], data),
      stack,
      lineStyle: { opacity: 0 },
      ...(fill && { areaStyle: { color, opacity: 0.18 } }),
      showSymbol: false,
      tooltip: { show: false },
      silent: true,
    });
    if (std)
      series.push(
        edge(
          mean.map((m, i) => m - std[i]!),
          false,
        ),
        edge(
          std.map((s) => 2 * s),
          true,
        ),
      );
    series.push({
      type: 'line',
      name,
      data: pairs([...curve.x], [...mean]),
      symbolSize: 6,
      lineStyle: { color, width: 2 },
      itemStyle: { color },
    });
  };
  add(ko ? '훈련' : 'train', curve.trainMean, curve.trainStd, palette[0]!, 'train');
  add(ko ? '검증' : 'validation', curve.validationMean, curve.validationStd, palette[1]!, 'validation');
  option.series = series;
  option.xAxis = axis(theme, curve.logX ? 'log' : 'value', curve.xLabel, 'x');
  option.yAxis = axis(theme, 'value', curve.scoreLabel, 'y');
  return option;
}
