/**
 * The live fit chart: weights fitted on scaled inputs drawn as a line in the table's units across
 * the plot's x range, a polynomial curve, a decision boundary clipped to the plot box (at the
 * threshold's log-odds), and the legend on its own row under the title.
 */
import { describe, expect, it } from 'vitest';
import { buildLiveFit, clipBoundary, FIT_LINE_ID, paddedRange } from '../../../src/charts/liveFitChart';
import { buildTrainingCurves } from '../../../src/charts/trainingCurves';
import { inTableUnits } from '../../../src/models/fit/liveWeights';
import type { TransformJSON } from '../../../src/models/prepare/transform';
import { series } from './optionHelpers';

const lineOf = (option: ReturnType<typeof buildLiveFit>) => series(option).find((s) => s.id === FIT_LINE_ID)!.data as number[][];
const axisRange = (a: unknown) => [(a as { min: number }).min, (a as { max: number }).max];

describe('live fit chart', () => {
  const xs = [10, 15, 20, 25, 30];
  const points = { target: 'y', inputs: ['x'], x: [xs], y: [3, 9, 12, 11, 20], total: 5 };

  it('draws the scaled fit as its line in the table units, end to end across the x axis', () => {
    // Fitted on z = (x − 10) / 4: y = 2z + 5, i.e. y = 0.5x + 0 in the table's units.
    const transform: TransformJSON = { missing: 'drop', degree: 1, scaler: { kind: 'standard', offset: [10], scale: [4] } };
    const params = inTableUnits({ weights: Float64Array.of(2), intercepts: Float64Array.of(5), outputs: 1, features: 1 }, transform);
    expect(Array.from(params.weights)).toEqual([0.5]);
    expect(params.intercepts[0]).toBe(0);
    const option = buildLiveFit({ points, line: { weights: Array.from(params.weights), intercept: params.intercepts[0]! } });
    // x from 10 to 30 padded by 5 % (1) and rounded to whole units: 9 … 31.
    expect(axisRange(option.xAxis)).toEqual([9, 31]);
    expect(lineOf(option)).toEqual([
      [9, 4.5],
      [31, 15.5],
    ]);
    // The y axis is the rows' range (3 … 20 padded), so a wild early line does not rescale the view.
    expect(axisRange(option.yAxis)).toEqual([2, 21]);
  });

  it('a polynomial fit of one input is a curve through b + w1·x + w2·x²', () => {
    const option = buildLiveFit({ points, line: { weights: [1, 2], intercept: 1 } });
    expect(series(option).at(-1)!.name).toBe('fitted curve');
    const line = lineOf(option);
    expect(line).toHaveLength(120);
    expect(line[0]).toEqual([9, 1 + 9 + 2 * 81]);
    expect(line.at(-1)![0]).toBeCloseTo(31, 12);
    expect(line.at(-1)![1]).toBeCloseTo(1 + 31 + 2 * 961, 9);
  });

  it('before the first weights there are rows and an empty line, under the same legend', () => {
    const option = buildLiveFit({ points });
    expect(lineOf(option)).toEqual([]);
    expect(series(option).map((s) => s.name)).toEqual(['training rows', 'fitted line']);
  });

  it('clips a decision boundary to the box, or finds none', () => {
    const box = { x: [0, 2], y: [0, 2] } as const;
    // Sorted by x, with −0 as 0 (a division can give either).
    const sorted = (e: number[][] | null) => e && e.map((p) => p.map((v) => v + 0)).sort((a, b) => a[0]! - b[0]!);
    expect(sorted(clipBoundary(1, 1, -1, 0, box))).toEqual([
      [0, 1],
      [1, 0],
    ]);
    // Through two corners: the diagonal, each corner once.
    expect(sorted(clipBoundary(1, -1, 0, 0, box))).toEqual([
      [0, 0],
      [2, 2],
    ]);
    // Vertical (no weight on the second input) and horizontal lines.
    expect(sorted(clipBoundary(2, 0, -1, 0, box))).toEqual([
      [0.5, 0],
      [0.5, 2],
    ]);
    expect(sorted(clipBoundary(0, 4, -2, 0, box))).toEqual([
      [0, 0.5],
      [2, 0.5],
    ]);
    expect(clipBoundary(1, 1, -10, 0, box)).toBeNull();
    expect(clipBoundary(0, 0, 1, 0, box)).toBeNull();
  });

  it('a binary classifier: rows coloured by class, the boundary at the threshold inside the plot box', () => {
    const two = {
      target: 'cls',
      inputs: ['a', 'b'],
      x: [
        [0, 10, 0, 10],
        [0, 0, 10, 10],
      ],
      y: [0, 0, 1, 1],
      classes: ['no', 'yes'],
      total: 40,
    };
    // p = σ(0·a + 1·b − 5) = 0.8 where b = 5 + ln 4.
    const option = buildLiveFit({ points: two, line: { weights: [0, 1], intercept: -5 }, threshold: 0.8 }, { locale: 'ko' });
    const s = series(option);
    expect(s.map((x) => x.name)).toEqual(['no', 'yes', '결정 경계']);
    expect(s[1]!.data).toEqual([
      [0, 10],
      [10, 10],
    ]);
    const [x0, x1] = axisRange(option.xAxis);
    expect([x0, x1]).toEqual([-1, 11]);
    const ends = lineOf(option).sort((p, q) => p[0]! - q[0]!);
    expect(ends[0]![0]).toBe(x0);
    expect(ends[1]![0]).toBe(x1);
    for (const [, y] of ends) expect(y).toBeCloseTo(5 + Math.log(4), 12);
    expect((option.title as { subtext: string }).subtext).toBe('훈련 행 40개 중 4개 표본 · 색: cls');
  });

  it('pads a range to tidy ends, and widens a single value', () => {
    expect(paddedRange([0.12, 0.5])).toEqual([0.1, 0.52]);
    expect(paddedRange([7, 7])).toEqual([6, 8]);
  });
});

describe('legend row', () => {
  it('puts the training legend under the title, the plot under the legend', () => {
    const option = buildTrainingCurves([{ name: 'Run 2 · Stochastic gradient descent', train: [3, 2], epochs: [1, 512] }]);
    const legend = option.legend as { top: number; left: number };
    const title = option.title as { top: number };
    expect(legend.top).toBeGreaterThan(title.top + 17);
    expect(legend.left).toBe(16);
    expect((option.grid as { top: number }).top).toBeGreaterThan(legend.top + 19);
    // Thinned curves keep their epoch numbers.
    expect(series(option)[0]!.data).toEqual([
      [1, 3],
      [512, 2],
    ]);
  });
});
