/**
 * A classifier's threshold curves: ROC (with the chance diagonal, AUC in the legend) and
 * precision–recall (average precision in the legend), several models or classes overlaid on the
 * unit square.
 */
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { axis, baseOption, themeOf } from './base';
import { pairs, resolvedLook } from './modelChartBase';
import type { ModelChartLook } from './modelChartBase';

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

function curveChart(
  title: string,
  xName: string,
  yName: string,
  curves: { name: string; x: readonly number[]; y: readonly number[] }[],
  diagonal: boolean,
  l: ModelChartLook,
): EChartsOption {
  const { theme, locale } = resolvedLook(l);
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
