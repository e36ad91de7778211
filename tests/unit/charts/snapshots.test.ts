// One golden snapshot of the option per chart type (small fixed tables): any change to what the
// app and the CLI draw shows up in review as a snapshot diff.
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../../src/charts/build';
import { buildPrecisionRecall, buildRoc } from '../../../src/charts/classifierCurves';
import { buildConfusionMatrix } from '../../../src/charts/confusionMatrix';
import { buildPredictedActual, buildResiduals } from '../../../src/charts/regressionCharts';
import { buildScoreCurve } from '../../../src/charts/scoreCurve';
import { buildTrainingCurves } from '../../../src/charts/trainingCurves';
import type { ChartSettings } from '../../../src/charts/settings';
import { categoryColumn, datetimeColumn, makeTable, numberColumn } from '../../../src/table/build';

const n = 24;
const table = makeTable([
  datetimeColumn(
    'time',
    Array.from({ length: n }, (_, i) => Date.UTC(2024, 2, 1, i)),
  ),
  numberColumn(
    '온도',
    Array.from({ length: n }, (_, i) => 20 + ((i * 7) % 11) / 2),
  ),
  numberColumn(
    'pressure',
    Array.from({ length: n }, (_, i) => 100 + ((i * 5) % 13) - i / 4),
  ),
  numberColumn(
    'weight',
    Array.from({ length: n }, (_, i) => 1 + (i % 5)),
  ),
  categoryColumn(
    'line',
    Array.from({ length: n }, (_, i) => ['A', 'B', 'C', '라인'][i % 4]!),
  ),
]);

const cases: ChartSettings[] = [
  { kind: 'scatter', x: '온도', y: 'pressure', color: 'line', trendLine: true },
  { kind: 'bar', x: 'line', y: 'pressure', agg: 'mean', locale: 'ko' },
  { kind: 'pie', x: 'line', y: 'weight', agg: 'sum', donut: true },
  { kind: 'bubble', x: '온도', y: 'pressure', size: 'weight', color: 'line', theme: 'dark' },
  { kind: 'histogram', x: 'pressure', bins: 6, theme: 'print' },
  { kind: 'line', x: 'time', y: ['온도', 'pressure'], maxPoints: 10 },
  { kind: 'box', x: 'line', y: 'pressure' },
  { kind: 'heatmap', title: '상관관계' },
];

describe('option snapshots', () => {
  for (const settings of cases) {
    it(settings.kind, () => {
      expect(buildChart(table, settings)).toMatchSnapshot();
    });
  }
  it('model charts', () => {
    expect({
      training: buildTrainingCurves([{ name: 'sgd', train: [1, 0.5, 0.3], validation: [1.1, 0.6, 0.45] }]),
      learning: buildScoreCurve({
        x: [10, 20, 40],
        trainMean: [1, 0.95, 0.93],
        trainStd: [0, 0.01, 0.01],
        validationMean: [0.7, 0.8, 0.85],
        validationStd: [0.1, 0.05, 0.03],
        xLabel: 'n',
        scoreLabel: 'R²',
      }),
      residuals: buildResiduals([1, 2, 3], [0.1, -0.2, 0.1]),
      predicted: buildPredictedActual([1, 2, 3], [1.1, 1.8, 3.1]),
      roc: buildRoc([{ name: 'model', fpr: [0, 0.5, 1], tpr: [0, 0.9, 1], auc: 0.7 }]),
      pr: buildPrecisionRecall([{ name: 'model', recall: [0, 0.5, 1], precision: [1, 0.8, 0.5], averagePrecision: 0.8 }]),
      confusion: buildConfusionMatrix(
        {
          labels: ['no', 'yes'],
          matrix: [
            [8, 2],
            [1, 9],
          ],
        },
        { locale: 'ko' },
      ),
    }).toMatchSnapshot();
  });
});
