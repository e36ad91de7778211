// Model charts from plain arrays: series per run, bands, reference lines, density above the threshold.
import { describe, expect, it } from 'vitest';
import { buildRoc } from '../../../src/charts/classifierCurves';
import { buildConfusionMatrix } from '../../../src/charts/confusionMatrix';
import { buildPredictedActual, buildResiduals } from '../../../src/charts/regressionCharts';
import { buildScoreCurve } from '../../../src/charts/scoreCurve';
import { buildTrainingCurves } from '../../../src/charts/trainingCurves';
import { DENSITY_THRESHOLD } from '../../../src/charts/spec';
import { countValues, datasets, series } from './optionHelpers';

describe('model charts', () => {
  it('training curves: train solid and validation dashed per run, epochs from 1', () => {
    const option = buildTrainingCurves([
      { name: 'a', train: [3, 2, 1], validation: [3.5, 2.5, 2] },
      { name: 'b', train: [4, 3] },
    ]);
    const s = series(option);
    expect(s.map((x) => x.name)).toEqual(['a · train', 'a · validation', 'b · train']);
    expect(s[0]!.data).toEqual([
      [1, 3],
      [2, 2],
      [3, 1],
    ]);
    expect((s[1]!.lineStyle as { type: string }).type).toBe('dashed');
  });
  it('learning curve bands span mean ± sd as a stacked area', () => {
    const option = buildScoreCurve({
      x: [10, 20],
      trainMean: [0.9, 0.8],
      trainStd: [0.1, 0.05],
      validationMean: [0.5, 0.6],
      xLabel: 'n',
      scoreLabel: 'score',
    });
    const s = series(option);
    expect(s[0]!.data).toEqual([
      [10, 0.8],
      [20, 0.75],
    ]);
    expect(s[1]!.data).toEqual([
      [10, 0.2],
      [20, 0.1],
    ]);
    expect(s).toHaveLength(4);
  });
  it('residuals vs fitted has a zero line across the fitted range', () => {
    const option = buildResiduals([3, 1, 2], [0.5, -1, 0]);
    expect(series(option)[1]!.data).toEqual([
      [1, 0],
      [3, 0],
    ]);
  });
  it('predicted vs actual switches to density above the threshold and stays small', () => {
    const n = DENSITY_THRESHOLD + 1;
    const actual = Float64Array.from({ length: n }, (_, i) => i % 1000);
    const predicted = Float64Array.from({ length: n }, (_, i) => (i % 1000) + (i % 7));
    const option = buildPredictedActual(actual, predicted);
    expect(series(option)[0]!.type).toBe('heatmap');
    expect(countValues(option)).toBeLessThan(200_000);
    expect(series(option)[1]!.data).toEqual([
      [0, 0],
      [1005, 1005],
    ]);
  });
  it('ROC names carry the AUC; the chance diagonal is drawn', () => {
    const option = buildRoc([{ name: 'm', fpr: [0, 1], tpr: [0, 1], auc: 0.5 }]);
    expect(series(option).map((s) => s.name)).toEqual(['m (AUC = 0.500)', undefined]);
  });
  it('confusion matrix colours by row share and labels counts', () => {
    const option = buildConfusionMatrix({
      labels: ['no', 'yes'],
      matrix: [
        [3, 1],
        [0, 4],
      ],
    });
    expect(datasets(option)[0]!.source).toEqual([
      [0, 0, 0.75, '3'],
      [1, 0, 0.25, '1'],
      [0, 1, 0, '0'],
      [1, 1, 1, '4'],
    ]);
  });
});
