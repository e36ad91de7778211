/**
 * Charts of model results. They take plain arrays from the model engine (src/models), so the
 * chart layer needs nothing from it: training curves (several runs overlaid), learning and
 * validation curves (mean ± 1 sd bands), residuals vs fitted, predicted vs actual, ROC and
 * precision–recall curves, confusion matrix. Large point sets become density heatmaps.
 */
import type { EChartsOption, HeatmapSeriesOption, LineSeriesOption, SeriesOption } from 'echarts';
import { axis, baseOption, gridBox, themeOf } from './base';
import { densityLayer } from './density';
import { formatCount } from './format';
import { texts } from './i18n';
import { legendBelowTitle } from './legendRow';
import type { CommonSettings, Locale, ThemeName } from './settings';
import { DENSITY_THRESHOLD } from './spec';

/** A model chart's look: the same fields as every chart's common settings (one definition). */
export type ModelChartLook = CommonSettings;

export interface TrainingRun {
  readonly name: string;
  /** Loss per epoch (epoch k + 1 at index k, unless `epochs` says which epochs these are). */
  readonly train: readonly number[];
  /** The epoch of each value when the curve is thinned (a long fit keeps a bounded number of points). */
  readonly epochs?: readonly number[];
  readonly validation?: readonly number[];
}

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

export interface RocCurve {
  readonly name: string;
  readonly fpr: readonly number[];
  readonly tpr: readonly number[];
  readonly auc?: number;
}

export interface PrCurve {
  readonly name: string;
  readonly recall: readonly number[];
  readonly precision: readonly number[];
  readonly averagePrecision?: number;
}

export interface ConfusionInput {
  readonly labels: readonly string[];
  /** matrix[actual][predicted] counts. */
  readonly matrix: readonly (readonly number[])[];
}

function look(l: ModelChartLook): { theme: ThemeName; locale: Locale; width: number; height: number } {
  return { theme: l.theme ?? 'light', locale: l.locale ?? 'en', width: l.width ?? 900, height: l.height ?? 560 };
}

function pairs(x: readonly number[], y: readonly number[]): number[][] {
  return x.map((v, i) => [v, y[i]!]);
}

export function buildTrainingCurves(runs: readonly TrainingRun[], l: ModelChartLook = {}): EChartsOption {
  const { theme, locale } = look(l);
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

/** Learning curve (x = training size) or validation curve (x = parameter), with ±1 sd bands. */
export function buildScoreCurve(curve: ScoreCurve, l: ModelChartLook = {}): EChartsOption {
  const { theme, locale } = look(l);
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
    if (std) {
      // Band as a stacked area: transparent lower edge, then the 2·sd thickness filled.
      series.push({
        type: 'line',
        name,
        data: pairs(
          [...curve.x],
          mean.map((m, i) => m - std[i]!),
        ),
        stack,
        lineStyle: { opacity: 0 },
        showSymbol: false,
        tooltip: { show: false },
        silent: true,
      });
      series.push({
        type: 'line',
        name,
        data: pairs(
          [...curve.x],
          std.map((s) => 2 * s),
        ),
        stack,
        lineStyle: { opacity: 0 },
        areaStyle: { color, opacity: 0.18 },
        showSymbol: false,
        tooltip: { show: false },
        silent: true,
      });
    }
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

/** Points or, beyond DENSITY_THRESHOLD, density; with an optional reference line through `line`. */
function pointsChart(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  names: [string, string],
  title: string,
  l: ModelChartLook,
  line: number[][],
): EChartsOption {
  const { theme, locale, width, height } = look(l);
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

function extent(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
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

function curveChart(
  title: string,
  xName: string,
  yName: string,
  curves: { name: string; x: readonly number[]; y: readonly number[] }[],
  diagonal: boolean,
  l: ModelChartLook,
): EChartsOption {
  const { theme, locale } = look(l);
  const t = themeOf(theme);
  const option = baseOption({ title, subtitle: [l.subtitle], theme, locale, legend: true });
  const series: LineSeriesOption[] = curves.map((c) => ({
    type: 'line',
    name: c.name,
    data: pairs([...c.x], [...c.y]),
    showSymbol: false,
    lineStyle: { width: 2 },
  }));
  if (diagonal)
    series.push({
      type: 'line',
      data: [
        [0, 0],
        [1, 1],
      ],
      showSymbol: false,
      lineStyle: { color: t.subtext, type: 'dashed', width: 1 },
      tooltip: { show: false },
      silent: true,
    });
  option.series = series;
  option.xAxis = { ...axis(theme, 'value', xName, 'x'), min: 0, max: 1, scale: false };
  option.yAxis = { ...axis(theme, 'value', yName, 'y'), min: 0, max: 1, scale: false };
  return option;
}

export function buildRoc(curves: readonly RocCurve[], l: ModelChartLook = {}): EChartsOption {
  const koL = (l.locale ?? 'en') === 'ko';
  const named = curves.map((c) => ({ name: c.auc === undefined ? c.name : `${c.name} (AUC = ${c.auc.toFixed(3)})`, x: c.fpr, y: c.tpr }));
  return curveChart(
    l.title ?? (koL ? 'ROC 곡선' : 'ROC curve'),
    koL ? '위양성률' : 'false positive rate',
    koL ? '진양성률' : 'true positive rate',
    named,
    true,
    l,
  );
}

export function buildPrecisionRecall(curves: readonly PrCurve[], l: ModelChartLook = {}): EChartsOption {
  const koL = (l.locale ?? 'en') === 'ko';
  const named = curves.map((c) => ({
    name: c.averagePrecision === undefined ? c.name : `${c.name} (AP = ${c.averagePrecision.toFixed(3)})`,
    x: c.recall,
    y: c.precision,
  }));
  return curveChart(
    l.title ?? (koL ? '정밀도–재현율 곡선' : 'Precision–recall curve'),
    koL ? '재현율' : 'recall',
    koL ? '정밀도' : 'precision',
    named,
    false,
    l,
  );
}

/** Cells coloured by the share of each actual class (row-normalised), labelled with the count. */
export function buildConfusionMatrix(input: ConfusionInput, l: ModelChartLook = {}): EChartsOption {
  const { theme, locale } = look(l);
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
