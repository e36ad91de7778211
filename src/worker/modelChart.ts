/**
 * Model charts from data the UI sends (src/charts/trainingCurves.ts, classifierCurves.ts and confusionMatrix.ts build them): training curves with
 * the best epoch marked and closed-form runs drawn as the flat loss level a descent converges to,
 * ROC and precision–recall curves, the confusion matrix (e.g. at the UI's threshold), and the live
 * fit chart (src/charts/liveFitChart.ts): the training rows under the current line or boundary.
 */
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { buildPrecisionRecall, buildRoc } from '../charts/classifierCurves';
import { buildConfusionMatrix } from '../charts/confusionMatrix';
import type { ModelChartLook } from '../charts/modelChartBase';
import { buildTrainingCurves } from '../charts/trainingCurves';
import { buildLiveFit } from '../charts/liveFitChart';
import type { ChartOption, ModelChartRequest } from '../protocol/protocol';

function trainingChart(request: Extract<ModelChartRequest, { kind: 'training' }>, look: ModelChartLook): EChartsOption {
  const option = buildTrainingCurves(request.runs, look);
  const series = option.series as LineSeriesOption[];
  const ko = look.locale === 'ko';
  if (request.bestEpoch !== undefined && series[0]) {
    series[0].markLine = {
      symbol: 'none',
      silent: true,
      label: { formatter: ko ? `최적 에포크 ${request.bestEpoch}` : `best epoch ${request.bestEpoch}` },
      lineStyle: { type: 'dotted' },
      data: [{ xAxis: request.bestEpoch }],
    };
  }
  const longest = Math.max(1, ...request.runs.map((r) => r.epochs?.at(-1) ?? r.train.length));
  for (const level of request.levels ?? []) {
    series.push({
      type: 'line',
      name: level.name,
      data: [
        [1, level.value],
        [longest, level.value],
      ],
      showSymbol: false,
      lineStyle: { type: 'dotted', width: 2 },
    });
  }
  return option;
}

export function buildModelChart(request: ModelChartRequest, look: ModelChartLook): ChartOption {
  switch (request.kind) {
    case 'training':
      return trainingChart(request, look) as ChartOption;
    case 'roc':
      return buildRoc(request.curves, look) as ChartOption;
    case 'pr':
      return buildPrecisionRecall(request.curves, look) as ChartOption;
    case 'confusion':
      return buildConfusionMatrix(request.input, look) as ChartOption;
    case 'liveFit':
      return buildLiveFit(request.fit, look) as ChartOption;
  }
}
